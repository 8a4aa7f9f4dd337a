package org.infoshare.shared.problem;

/**
 * No such record, or none the caller may see: the two are deliberately indistinguishable, so that another
 * organisation's records cannot even be proven to exist.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
