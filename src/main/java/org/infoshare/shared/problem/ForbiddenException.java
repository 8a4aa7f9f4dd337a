package org.infoshare.shared.problem;

/** The caller is known and may see the record, but may not do this to it. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String reason) {
        super(reason);
    }
}
