package org.infoshare.shared.problem;

import java.util.List;

/** The request clashes with what is already recorded (a duplicate name, a stale version); nothing was changed. */
public class ConflictException extends InvalidRequestException {

    public ConflictException(String field, String rule, String message) {
        super(409, List.of(new Violation(field, rule, message)));
    }
}
