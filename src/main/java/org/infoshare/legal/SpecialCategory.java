package org.infoshare.legal;

/**
 * The kinds of special category data (UK GDPR Art 9(1)). For competent authorities processing for law
 * enforcement, the same kinds are "sensitive processing" under DPA 2018 s35(8).
 */
public enum SpecialCategory {
    RACIAL_OR_ETHNIC_ORIGIN("Racial or ethnic origin"),
    POLITICAL_OPINIONS("Political opinions"),
    RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS("Religious or philosophical beliefs"),
    TRADE_UNION_MEMBERSHIP("Trade union membership"),
    GENETIC("Genetic data"),
    BIOMETRIC("Biometric data (for identification)"),
    HEALTH("Health"),
    SEX_LIFE("Sex life"),
    SEXUAL_ORIENTATION("Sexual orientation");

    private final String label;

    SpecialCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
