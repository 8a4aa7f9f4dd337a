package org.infoshare.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** One choice in a select, radio group or checkbox list. */
public record Option(String value, String label) {

    public static <E extends Enum<E>> List<Option> of(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(value -> new Option(value.name(), label.apply(value))).toList();
    }
}
