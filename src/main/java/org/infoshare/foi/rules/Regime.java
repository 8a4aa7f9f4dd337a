package org.infoshare.foi.rules;

/** The law a request for information was made under (002 §2.8 treats both as "FOI"). */
public enum Regime {
    FOI("Freedom of Information Act 2000"),
    EIR("Environmental Information Regulations 2004");

    private final String label;

    Regime(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
