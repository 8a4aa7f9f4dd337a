package org.infoshare.shared;

/** What a member of staff may do in the partnership (002 §1.2; 004 rule 4 names who gives advice). */
public enum Role {
    PRACTITIONER("Practitioner"),
    MANAGER("Manager (designated safeguarding lead)"),
    DATA_PROTECTION_OFFICER("Data Protection Officer"),
    CALDICOTT_GUARDIAN("Caldicott Guardian"),
    PARTNERSHIP_ADMINISTRATOR("Partnership administrator"),
    AUDITOR("Auditor"),
    /** Runs the service: reads its metrics, and nothing about the partnership's information. */
    OPERATOR("Service operator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
