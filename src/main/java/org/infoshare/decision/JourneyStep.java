package org.infoshare.decision;

import java.util.function.Predicate;

/**
 * One page of the guided decision journey: one question, in plain English, with the seed passage it comes
 * from. Steps that do not apply to the answers so far are skipped.
 */
enum JourneyStep {
    NEW_INFORMATION("newInformation", Kind.TEXT, "What new information has led you to look at this again?",
            "Decisions not to share should be reconsidered when new information puts what you hold in a new light.", "004 golden rule 7",
            d -> d.getReconsiders() != null && d.getRequestId() == null),
    PERSON("subjectId", Kind.PERSON, "Who is the information about?",
            "Enter your organisation's reference for them, such as a case number or NHS number.", "003 'Who?'", d -> true),
    ALIVE("alive", Kind.YES_NO, "Is the person alive?",
            "Information about people who have died is outside data protection law but still owed a duty of confidence.", "002 §4.2", d -> true),
    RECIPIENT("recipient", Kind.RECIPIENT, "Who would receive the information?",
            "Share only with the team or person who needs it.", "003 'How?': the right information to the right person", d -> d.getRequestId() == null),
    PURPOSE("purpose", Kind.PURPOSE, "Why would you share it?", null, "003 'When?'", d -> true),
    PURPOSE_LEGITIMATE("purposeLegitimate", Kind.ANSWER, "Is there a clear and legitimate purpose for sharing?",
            "If you are unsure whether there is a legal power or purpose to share, say so: you will be put in touch with an adviser.", "003 'When?'; 000 §4.1", d -> true),
    ITEMS("items", Kind.ITEMS, "What information are you considering sharing?",
            "Choose only what is necessary for the purpose: sharing rarely requires a whole record.", "004 golden rule 6", d -> true),
    OTHERS("identifiesOthers", Kind.OTHERS, "Would any of it identify other people who could be harmed if their details became known?",
            "For example a neighbour who reported a concern, a carer or a colleague. Leave all unticked if none would.", "004 golden rule 5",
            d -> !d.getItems().isEmpty()),
    IDENTIFIABLE("identifiable", Kind.YES_NO, "Does the information enable someone to be identified?",
            "Names, addresses, dates of birth, or details that together point to one person.", "003 'When?'", d -> true),
    CONFIDENTIAL("confidential", Kind.YES_NO, "Is the information confidential?",
            "Confidential information is sensitive, not already public, and was given in the understanding that it would not be shared with others.",
            "004 §6; 002 §4.3", d -> !"NO".equals(d.getIdentifiable())),
    CONFIDENCE_OWED("receivedInConfidenceFrom", Kind.ORIGINATOR, "Did another organisation give you this information in confidence?",
            "For example a GP's letter or a school counsellor's notes passed to you. If so, its views must be sought before the confidence is overridden.",
            "003 'Duty of Confidence'; 002 §2.7", d -> "YES".equals(d.getConfidential()) && !"NO".equals(d.getIdentifiable())),
    CONSULTATION("originatorConsultation", Kind.CONSULTATION, "Have you consulted them about sharing it?",
            "Seek the views of the organisation that holds the duty of confidence and take them into account; it is the final arbiter of its confidence.",
            "003 'Duty of Confidence'; 002 §2.7", d -> CONFIDENCE_OWED.applies.test(d) && d.getReceivedInConfidenceFrom() != null
            && !DecisionDraft.NONE.equals(d.getReceivedInConfidenceFrom()) && !d.getReceivedInConfidenceFrom().isBlank()),
    CONSENT("consent", Kind.CONSENT, "Do you have their consent?",
            "Choose the consent record that applies, or say that consent has not been sought.", "003 'Consent to share information'",
            d -> !"NO".equals(d.getIdentifiable()) && !"NO".equals(d.getAlive())),
    NOT_SOUGHT("consentNotSoughtReason", Kind.NOT_SOUGHT, "Why has consent not been sought?",
            "Where consent has not been obtained, the reason must be documented. If none of these applies, seek their consent before deciding.",
            "003 'Consent to share information'; 004 golden rule 2",
            d -> DecisionDraft.NOT_SOUGHT.equals(d.getConsent()) && !"NO".equals(d.getIdentifiable()) && !"NO".equals(d.getAlive())
                    && !"NO".equals(d.getConfidential())),
    OVERRIDE("consentOverrideJustification", Kind.TEXT, "Why would sharing against their wishes be justified?",
            "Refusal does not always mean information cannot be shared, but overriding it must be proportionate to the harm that could follow. Leave this blank if you do not think it is justified.",
            "003 'Sharing information when consent has been refused'",
            d -> "REFUSED".equals(d.getConsentState()) || "WITHDRAWN".equals(d.getConsentState())),
    CHILD_AT_RISK("childAtRisk", Kind.ANSWER, "Is a child suffering, or likely to suffer, significant harm?",
            "This may be the person the information is about, or a child affected by them. If you are unsure, say so.", "004 §6; 004 golden rule 1", d -> true),
    PROTECTS("protectsChild", Kind.PROTECTS, "Which of this information is needed to protect the child?",
            "A child at risk is a reason to share what protects that child, not everything about everyone in the family. Leave unticked what is not needed for that.",
            "004 §1; 003 'Who?'", d -> d.adult() && "YES".equals(d.getChildAtRisk()) && !d.getItems().isEmpty()),
    ADULT_CARE_NEEDS("adultCareNeeds", Kind.ANSWER, "Does the adult have needs for care and support?",
            "The first of three tests for an adult 'at risk'.", "DPA 2018 Sch 1 para 18(3)(a)", DecisionDraft::adult),
    ADULT_ABUSE("adultAbuseOrNeglect", Kind.ANSWER, "Is the adult experiencing, or at risk of, neglect or physical, mental or emotional harm?",
            "The second of three tests.", "DPA 2018 Sch 1 para 18(3)(b)", DecisionDraft::adult),
    ADULT_UNABLE("adultUnableToProtect", Kind.ANSWER, "As a result of those needs, is the adult unable to protect themselves?",
            "The third test. An adult is 'at risk' only if all three hold.", "DPA 2018 Sch 1 para 18(3)(c)", DecisionDraft::adult),
    VITAL("vitalInterests", Kind.ANSWER, "Is sharing needed to protect someone's life?", null, "003 'When?': vital interests", d -> true),
    GATEWAYS("gatewayCodes", Kind.GATEWAYS, "Is there a legal power to share, or a public function you are carrying out?",
            "Choose any that apply, or none.", "003 'What is the Legal Framework'", d -> true),
    PUBLIC_INTEREST("publicInterest", Kind.PUBLIC_INTEREST, "Would sharing serve any of these public interests?",
            "Choose any that apply, or none.", "003 'Public Interest'", d -> true),
    LESS_INTRUSIVE("lessIntrusiveMeans", Kind.ANSWER, "Is there another, equally effective way to achieve the aim that is less intrusive?",
            "For example, without sharing, or by sharing anonymised information.", "003 'Public Interest'; 000 §4.1", d -> true),
    PROPORTIONATE("proportionate", Kind.ANSWER, "Is sharing proportionate to the need and the level of risk?",
            "Weigh up what might happen if you share against what might happen if you do not.", "002 §2.5; 003 'Public Interest'", d -> true),
    URGENCY("urgency", Kind.URGENCY, "How urgently is it needed?", null, "003 'Timely'", d -> true),
    OUTSIDE_UK("outsideUk", Kind.OUTSIDE_UK, "Will the information be processed or stored outside the UK?", null, "002 §4.6", d -> true),
    OUTSIDE_UK_EXCEPTION("outsideUkException", Kind.ANSWER, "Does a specific safeguarding need justify sending it outside the UK without those safeguards?",
            "This is for exceptional cases, decided with legal advice.", "003 Appendix 1, eighth principle", d -> "YES_WITHOUT_SAFEGUARDS".equals(d.getOutsideUk())),
    INFORM("informPerson", Kind.YES_NO, "Will you tell the person that the information is being shared?",
            "Be open about what you share unless that would put someone at risk.", "003 'How?'; 002 §3.1",
            d -> !"NO".equals(d.getIdentifiable()) && !"NO".equals(d.getAlive())),
    NOT_INFORM("notInformReason", Kind.NOT_INFORM, "Why will you not tell them?", "The reason must be recorded.", "002 §3.1",
            d -> "NO".equals(d.getInformPerson()) && !"NO".equals(d.getIdentifiable()) && !"NO".equals(d.getAlive())),
    ADVICE("adviceWanted", Kind.YES_NO, "Do you want advice before the decision is made?",
            "Your manager, the Data Protection Officer or the Caldicott Guardian will see the case.", "003 golden rule 3", d -> true),
    ADVISER("adviserRole", Kind.ADVISER, "Who should advise you?", null, "004 golden rule 4", d -> "YES".equals(d.getAdviceWanted()));

    enum Kind { TEXT, PERSON, YES_NO, ANSWER, RECIPIENT, PURPOSE, ITEMS, OTHERS, PROTECTS, ORIGINATOR, CONSULTATION, CONSENT, NOT_SOUGHT, GATEWAYS,
        PUBLIC_INTEREST, URGENCY, OUTSIDE_UK, NOT_INFORM, ADVISER }

    final String field;
    final Kind kind;
    final String question;
    final String hint;
    final String citation;
    final Predicate<DecisionDraft> applies;

    JourneyStep(String field, Kind kind, String question, String hint, String citation, Predicate<DecisionDraft> applies) {
        this.field = field;
        this.kind = kind;
        this.question = question;
        this.hint = hint;
        this.citation = citation;
        this.applies = applies;
    }

    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public String field() {
        return field;
    }

    public String kind() {
        return kind.name();
    }

    public String question() {
        return question;
    }

    public String hint() {
        return hint;
    }

    public String citation() {
        return citation;
    }

    /** Whether the page offers several answers to tick, rather than one to choose. */
    public boolean multiple() {
        return kind == Kind.ITEMS || kind == Kind.OTHERS || kind == Kind.PROTECTS || kind == Kind.GATEWAYS || kind == Kind.PUBLIC_INTEREST;
    }

    /** Answers that may be left empty. */
    boolean optional() {
        return kind == Kind.OTHERS || kind == Kind.PROTECTS || kind == Kind.GATEWAYS || kind == Kind.PUBLIC_INTEREST || this == OVERRIDE;
    }

    static JourneyStep bySlug(String slug) {
        for (JourneyStep step : values()) {
            if (step.slug().equals(slug)) {
                return step;
            }
        }
        return null;
    }

    JourneyStep next(DecisionDraft draft) {
        for (int i = ordinal() + 1; i < values().length; i++) {
            if (values()[i].applies.test(draft)) {
                return values()[i];
            }
        }
        return null;
    }

    JourneyStep previous(DecisionDraft draft) {
        for (int i = ordinal() - 1; i >= 0; i--) {
            if (values()[i].applies.test(draft)) {
                return values()[i];
            }
        }
        return null;
    }

    static JourneyStep first(DecisionDraft draft) {
        for (JourneyStep step : values()) {
            if (step.applies.test(draft)) {
                return step;
            }
        }
        return PERSON;
    }
}
