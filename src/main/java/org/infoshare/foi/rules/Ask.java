package org.infoshare.foi.rules;

/** What the holder asks of a partner (002 §2.8: "seek advice/opinion ... any data exchange"). */
public enum Ask {
    VIEWS("Your views, including any concerns about release"),
    DATA("Information you hold for the response");

    private final String label;

    Ask(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
