package org.infoshare.directory;

/**
 * The account is locked after too many failed attempts: the session that made them must end, and only an
 * administrator of the organisation can unlock it.
 */
public class AccountLockedException extends RuntimeException {

    public AccountLockedException() {
        super("Your account is locked after too many failed attempts to sign in. "
                + "Ask your organisation's partnership administrator to unlock it");
    }
}
