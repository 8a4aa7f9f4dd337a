package org.infoshare.scheme.rules;

import org.infoshare.legal.BuiltInProvisions;
import org.infoshare.legal.LegalProvision;

/**
 * The public disclosure schemes the police run (004 §8.3, §8.6), each with the gateway in the legal catalogue that a
 * disclosure under it relies on.
 */
public enum Scheme {
    DVDS_RIGHT_TO_ASK("Domestic Violence Disclosure Scheme: right to ask", "004 §8.3", BuiltInProvisions.DVDS),
    DVDS_RIGHT_TO_KNOW("Domestic Violence Disclosure Scheme: right to know", "004 §8.3", BuiltInProvisions.DVDS),
    CSODS("Child Sex Offender Disclosure Scheme", "004 §8.6", BuiltInProvisions.CSODS);

    private final String label;
    private final String source;
    private final LegalProvision gateway;

    Scheme(String label, String source, LegalProvision gateway) {
        this.label = label;
        this.source = source;
        this.gateway = gateway;
    }

    public String label() {
        return label;
    }

    public String source() {
        return source;
    }

    public LegalProvision gateway() {
        return gateway;
    }

    public boolean domesticViolence() {
        return this != CSODS;
    }
}
