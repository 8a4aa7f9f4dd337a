package org.infoshare.agreement;

/** Whose information an agreement covers (002 §3.3). */
public enum DataSubjectType {
    CHILD("Children"),
    PARENT_OR_CARER("Parents and carers"),
    FAMILY_MEMBER("Other family members and people whose presence is relevant to a child's risk"),
    ADULT_AT_RISK("Adults at risk"),
    VICTIM("Victims"),
    PERPETRATOR("Actual or suspected perpetrators"),
    OFFENDER("People on probation or subject to offender management"),
    PROFESSIONAL("Professionals and advisers (for example doctors, lawyers)");

    private final String label;

    DataSubjectType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Vulnerable data subjects, for DPIA screening (ICO: children and vulnerable adults). */
    public boolean vulnerable() {
        return this == CHILD || this == ADULT_AT_RISK || this == VICTIM;
    }
}
