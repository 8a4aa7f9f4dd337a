package org.infoshare.agreement;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** How the agreement forms turn text boxes into a document's values and back: lists are entered one per line. */
final class FormText {

    private FormText() {
    }

    static String lines(List<String> values) {
        return String.join("\n", values.stream().map(v -> v == null ? "" : v).toList());
    }

    static List<String> splitLines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The chosen values in the enum's own order, so that a document reads the same whatever order they were ticked in. */
    static <E extends Enum<E>> List<E> ordered(Set<E> chosen, E[] order) {
        return chosen == null ? List.of() : Arrays.stream(order).filter(chosen::contains).toList();
    }
}
