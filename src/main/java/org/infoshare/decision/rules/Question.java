package org.infoshare.decision.rules;

/**
 * A question the engine could not settle from the facts as stated, so an adviser must (004 rule 4: seek
 * advice promptly whenever you are uncertain). The adviser's answer goes back into the facts.
 */
public enum Question {
    PURPOSE_LEGITIMATE("Is there a clear and legitimate purpose for sharing?"),
    CHILD_AT_RISK("Is a child suffering, or at risk of suffering, significant harm?"),
    ADULT_CARE_NEEDS("Does the adult have needs for care and support?"),
    ADULT_ABUSE_OR_NEGLECT("Is the adult experiencing, or at risk of, neglect or physical, mental or emotional harm?"),
    ADULT_UNABLE_TO_PROTECT("As a result of those needs, is the adult unable to protect themselves?"),
    VITAL_INTERESTS("Is sharing needed to protect someone's life (their vital interests)?"),
    PROPORTIONATE("Is sharing proportionate to the need and the level of risk?"),
    LESS_INTRUSIVE_MEANS("Is there another, equally effective and less intrusive way to achieve the aim?"),
    PARTNERSHIP_FUNCTIONS("Is the safeguarding partnership's request for the purpose of its functions?"),
    OUTSIDE_UK_SAFEGUARDS("Are appropriate safeguards in place for processing outside the UK?"),
    OUTSIDE_UK_EXCEPTION("Does a specific safeguarding need justify sending it outside the UK without those safeguards?"),
    OVERRIDE_JUSTIFICATION("Is overriding the person's refusal or withdrawal of consent justified and proportionate?"),
    ORIGINATOR_CONSULTATION("Is overriding the confidence owed to the organisation that gave you the information justified, given their view or that they were not consulted?"),
    CONSENT_NOT_SOUGHT_REASON("Why was consent not sought? The reason must be recorded before the decision can be made"),
    PRACTITIONER_ASKED("The practitioner asked for advice before deciding");

    private final String text;

    Question(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /** Questions an adviser answers yes or no (a yes to overriding consent also needs the justification in words). */
    public boolean yesOrNo() {
        return this != PRACTITIONER_ASKED && this != CONSENT_NOT_SOUGHT_REASON;
    }
}
