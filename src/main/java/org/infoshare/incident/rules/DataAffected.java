package org.infoshare.incident.rules;

/**
 * The kinds of information an incident touched. Some make harm to the people concerned more serious (UK GDPR
 * recitals 75 and 85; the ICO's guidance on assessing a breach's risk): special category and criminal offence
 * data, information about children or from safeguarding work, and anything that could lead someone to a person
 * at risk.
 */
public enum DataAffected {
    IDENTIFIERS("Names, dates of birth or reference numbers", false),
    CONTACT_DETAILS("Addresses, phone numbers or email addresses", false),
    WHEREABOUTS_OF_PERSON_AT_RISK("Where someone at risk lives or is staying", true),
    CHILDREN("Information about children", true),
    SAFEGUARDING_RECORDS("Safeguarding case records, referrals or assessments", true),
    SPECIAL_CATEGORY("Health, ethnicity, sexuality or other special category data", true),
    CRIMINAL_OFFENCE("Allegations, offences or convictions", true),
    FINANCIAL("Bank, benefit or other financial details", false),
    IDENTITY_DOCUMENTS("Passport, driving licence or other identity documents", false),
    SIGN_IN_DETAILS("Usernames, passwords or other sign-in details", false);

    private final String label;
    private final boolean aggravating;

    DataAffected(String label, boolean aggravating) {
        this.label = label;
        this.aggravating = aggravating;
    }

    public String label() {
        return label;
    }

    /** Its loss or disclosure makes serious harm to the people concerned more likely or worse. */
    public boolean aggravating() {
        return aggravating;
    }
}
