package org.infoshare.decision.rules;

/** The reasons in DPA 2018 Sch 1 para 18(2) and Sch 8 para 4(2) for processing without the person's consent. */
public enum WithoutConsent {
    CANNOT_BE_GIVEN("(a)", "consent cannot be given by the person"),
    NOT_REASONABLY_OBTAINED("(b)", "the organisation cannot reasonably be expected to obtain it"),
    WOULD_PREJUDICE_PROTECTION("(c)", "obtaining it would prejudice the protection");

    private final String letter;
    private final String words;

    WithoutConsent(String letter, String words) {
        this.letter = letter;
        this.words = words;
    }

    /** The reason in the words of the paragraph given, e.g. "para 18(2)(c): obtaining it would prejudice the protection". */
    public String under(String paragraph) {
        return paragraph + letter + ": " + words;
    }
}
