package org.infoshare.linkage.rules.matching;

/**
 * Whether an analyst's m and u for one field's level may be used. The level must be one of the field's own
 * (missing values carry no parameters). With both given, the strongest agreement must count for a match (m above u)
 * and different values against it (m below u): the other way round, agreeing on an NHS number would push two
 * records apart. The levels between may go either way, as the data may show; with only one given, the other is
 * learnt by each run, so there is nothing yet to compare it with. That each is a probability strictly between 0
 * and 1 is the command's own constraint.
 */
public final class OverridePolicy {

    /** Why the values are refused, with the field of the request it names and its stable rule code. */
    public enum Reason {
        LEVEL_OF_FIELD("level", "level-of-field"),
        M_ABOVE_U("m", "m-above-u"),
        M_BELOW_U("m", "m-below-u");

        private final String field;
        private final String code;

        Reason(String field, String code) {
            this.field = field;
            this.code = code;
        }

        public String field() {
            return field;
        }

        public String code() {
            return code;
        }
    }

    /** Null reason when the values may be used. */
    public record Verdict(Reason reason) {
        public boolean allowed() {
            return reason == null;
        }

        /** What the analyst is told, naming the field where it helps. */
        public String message(Field field) {
            if (reason == null) {
                throw new IllegalStateException("The values may be used: there is nothing to refuse");
            }
            return switch (reason) {
                case LEVEL_OF_FIELD -> field.label() + " has no such level";
                case M_ABOVE_U -> "m must be above u for the strongest agreement: otherwise agreeing would count against a match";
                case M_BELOW_U -> "m must be below u for different values: otherwise disagreeing would count for a match";
            };
        }
    }

    private static final Verdict ALLOWED = new Verdict(null);

    private OverridePolicy() {
    }

    /**
     * @param m null to keep what the data gives
     * @param u null to keep what the data gives
     */
    public static Verdict check(Field field, Level level, Double m, Double u) {
        if (!field.levels().contains(level)) {
            return new Verdict(Reason.LEVEL_OF_FIELD);
        }
        if (m == null || u == null) {
            return ALLOWED;
        }
        if (field.indexOf(level) == 0 && m <= u) {
            return new Verdict(Reason.M_ABOVE_U);
        }
        if (level == Level.DIFFERENT && m >= u) {
            return new Verdict(Reason.M_BELOW_U);
        }
        return ALLOWED;
    }
}
