package org.infoshare.shared.problem;

import java.util.List;

/** The request breaks one or more rules; nothing was changed. Answered as 400 (or 422, see {@link #status()}). */
public class InvalidRequestException extends RuntimeException {

    private final List<Violation> violations;
    private final int status;

    public InvalidRequestException(List<Violation> violations) {
        this(422, violations);
    }

    protected InvalidRequestException(int status, List<Violation> violations) {
        super(violations.isEmpty() ? "Invalid request" : violations.get(0).message());
        this.violations = List.copyOf(violations);
        this.status = status;
    }

    public static InvalidRequestException of(String field, String rule, String message) {
        return new InvalidRequestException(List.of(new Violation(field, rule, message)));
    }

    public List<Violation> violations() {
        return violations;
    }

    public int status() {
        return status;
    }
}
