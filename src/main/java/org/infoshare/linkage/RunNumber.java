package org.infoshare.linkage;

import java.util.List;

import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.shared.problem.Violation;

/**
 * A pair's, person's or family's number within a run, as written in an address. It is read only after the caller
 * has been shown to see the run: until then a malformed or unknown number must answer exactly as a missing run does,
 * or the difference would tell an outsider that the run exists.
 */
final class RunNumber {

    private static final int MOST_DIGITS = 9;

    private RunNumber() {
    }

    /**
     * The number, for a caller who sees the run: text that is not a whole number is refused (400, naming the field);
     * a whole number too large to be any record's names nothing (404, as an unknown one does).
     */
    static int read(String field, String text, String what) {
        if (text == null || text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidRequestException(400, List.of(new Violation(field, "format",
                    "'" + field + "' must be a whole number, like 3"))) { };
        }
        if (text.length() > MOST_DIGITS) {
            throw new NotFoundException(what);
        }
        return Integer.parseInt(text);
    }
}
