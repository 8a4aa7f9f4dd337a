package org.infoshare.linkage.rules.matching;

import java.util.List;

/**
 * The comparisons made between two records, each with its levels in order from strongest agreement to
 * disagreement. A pair's comparison vector (one level per field, or missing) is its pattern; match weights are
 * learnt per field and level.
 */
public enum Field {
    FIRST_NAME("First name", List.of(Level.EXACT, Level.VARIANT, Level.CLOSE, Level.SIMILAR, Level.DIFFERENT)),
    LAST_NAME("Last name", List.of(Level.EXACT, Level.CLOSE, Level.SIMILAR, Level.DIFFERENT)),
    DATE_OF_BIRTH("Date of birth", List.of(Level.EXACT, Level.TRANSPOSED, Level.PARTIAL, Level.DIFFERENT)),
    SEX("Sex", List.of(Level.EXACT, Level.DIFFERENT)),
    ADDRESS("Address", List.of(Level.SAME_PROPERTY, Level.SAME_POSTCODE, Level.SIMILAR, Level.SAME_DISTRICT, Level.DIFFERENT)),
    NHS_NUMBER("NHS number", List.of(Level.EXACT, Level.DIFFERENT));

    private final String label;
    private final List<Level> levels;

    Field(String label, List<Level> levels) {
        this.label = label;
        this.levels = levels;
    }

    public String label() {
        return label;
    }

    /** The levels a value can have, strongest first; {@link Level#MISSING} is not among them. */
    public List<Level> levels() {
        return levels;
    }

    public int levelCount() {
        return levels.size();
    }

    /** The index of a level of this field, or {@link #levelCount()} for missing. */
    public int indexOf(Level level) {
        if (level == Level.MISSING) {
            return levels.size();
        }
        int index = levels.indexOf(level);
        if (index < 0) {
            throw new IllegalArgumentException(label + " has no level " + level);
        }
        return index;
    }
}
