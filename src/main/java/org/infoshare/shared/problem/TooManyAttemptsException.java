package org.infoshare.shared.problem;

import java.time.Duration;
import java.util.List;

/**
 * Too many failed attempts to prove a credential (a password, a code) from this account or this address:
 * refused without checking, answered 429 with the time to wait. Nothing was changed.
 */
public class TooManyAttemptsException extends RuntimeException {

    /** The rule broken, as problem details name it. */
    public static final String RULE = "attempts";

    private final String field;
    private final Duration retryAfter;

    public TooManyAttemptsException(String field, Duration retryAfter, String message) {
        super(message);
        this.field = field;
        this.retryAfter = retryAfter.isNegative() ? Duration.ZERO : retryAfter;
    }

    public String field() {
        return field;
    }

    /** How long until one more attempt is allowed, rounded up to whole seconds (at least one). */
    public long retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    /** The wait in words a person would use: "1 minute", "5 minutes". */
    public String waitInWords() {
        long minutes = Math.max(1, (retryAfterSeconds() + 59) / 60);
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }

    public List<Violation> violations() {
        return List.of(new Violation(field, RULE, getMessage()));
    }
}
