package org.infoshare.incident.rules;

/** Whether the information was unintelligible to whoever got it (UK GDPR Art 34(3)(a)). */
public enum Encryption {
    NOT_ENCRYPTED("Not encrypted, or readable by whoever got it"),
    ENCRYPTED_KEY_SAFE("Encrypted, and the key or password was not compromised"),
    ENCRYPTED_KEY_COMPROMISED("Encrypted, but the key or password was compromised too");

    private final String label;

    Encryption(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
