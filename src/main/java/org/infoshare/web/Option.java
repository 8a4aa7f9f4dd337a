package org.infoshare.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One choice in a select, radio group or checkbox list. */
public record Option(String value, String label) {

    public static <E extends Enum<E>> List<Option> of(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(value -> new Option(value.name(), label.apply(value))).toList();
    }

    /** One option per entry, in the map's order: the key's text is the value, the entry's value the label. */
    public static List<Option> of(Map<?, String> choices) {
        return choices.entrySet().stream().map(e -> new Option(String.valueOf(e.getKey()), e.getValue())).toList();
    }
}
