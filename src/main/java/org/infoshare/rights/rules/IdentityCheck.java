package org.infoshare.rights.rules;

/** How the person's identity (and a representative's authority) was checked before their information is released. */
public enum IdentityCheck {
    PHOTO_IDENTITY("Photographic identity document seen"),
    PROOF_OF_ADDRESS("Proof of address matching our records"),
    KNOWN_TO_SERVICE("Known to the service and confirmed through an existing contact"),
    CONFIRMED_BY_PROFESSIONAL("Confirmed by a professional working with them"),
    SIGNED_AUTHORITY("Representative's signed authority and identity seen");

    private final String label;

    IdentityCheck(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
