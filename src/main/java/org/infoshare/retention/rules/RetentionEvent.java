package org.infoshare.retention.rules;

/** What a retention period runs from. */
public enum RetentionEvent {
    RECORDED("the record was made"),
    CASE_CLOSED("the case was closed"),
    LAST_CONTACT("the last contact with the person"),
    DECISION_MADE("the decision"),
    CONSENT_ENDED("consent ended (withdrawn or expired)"),
    SENT("it was sent"),
    REQUEST_CLOSED("the request was closed"),
    READ("it was read"),
    AGREEMENT_ENDED("the agreement ended"),
    BIRTHDAY("the person's birthday"),
    SCHOOL_YEAR_AFTER_BIRTHDAY("the end of the school year after the person's birthday");

    private final String phrase;

    RetentionEvent(String phrase) {
        this.phrase = phrase;
    }

    public String phrase() {
        return phrase;
    }

    /** Events that need the person's age as well as a period. */
    public boolean needsAge() {
        return this == BIRTHDAY || this == SCHOOL_YEAR_AFTER_BIRTHDAY;
    }
}
