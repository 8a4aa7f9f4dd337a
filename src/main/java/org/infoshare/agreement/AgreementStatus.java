package org.infoshare.agreement;

/** Where an agreement version stands. Only an ACTIVE version authorises systematic sharing. */
public enum AgreementStatus {
    DRAFT("Draft"),
    AWAITING_SIGNATURES("Awaiting signatures"),
    ACTIVE("Active"),
    SUPERSEDED("Superseded by a later version"),
    TERMINATED("Terminated");

    private final String label;

    AgreementStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
