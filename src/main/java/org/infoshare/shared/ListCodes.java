package org.infoshare.shared;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.infoshare.shared.problem.InvalidRequestException;

/** The codes a list narrows by, with the words the pages use for them, and the code asked for checked against them (ADR 0017). */
public final class ListCodes {

    private ListCodes() {
    }

    /** Each value's name and label, in the order given. */
    @SafeVarargs
    public static <E extends Enum<E>> Map<String, String> of(Function<E, String> label, E... values) {
        Map<String, String> labels = new LinkedHashMap<>();
        Arrays.stream(values).forEach(v -> labels.put(v.name(), label.apply(v)));
        return Collections.unmodifiableMap(labels);
    }

    /** Codes and their labels, in the order given. */
    public static Map<String, String> labels(String... codesAndLabels) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            labels.put(codesAndLabels[i], codesAndLabels[i + 1]);
        }
        return Collections.unmodifiableMap(labels);
    }

    /** The code asked for, in capitals; null when none is; a problem naming the field when it is not one of {@code known}. */
    public static String checked(String code, Map<String, String> known, String field, String name) {
        String asked = code == null || code.isBlank() ? null : code.strip().toUpperCase(Locale.ROOT);
        if (asked != null && !known.containsKey(asked)) {
            throw InvalidRequestException.of(field, "one-of", name + " must be one of " + String.join(", ", known.keySet()));
        }
        return asked;
    }
}
