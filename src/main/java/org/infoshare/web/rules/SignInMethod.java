package org.infoshare.web.rules;

/** How a session's user proved who they are at first. */
public enum SignInMethod {
    /** A local account's password; a second step may follow. */
    PASSWORD,
    /** A passkey that verified its user (PIN or biometric): possession and a second factor in one. */
    PASSKEY,
    /** The organisation's identity provider (OIDC), whose own policy decides on multi-factor sign-in. */
    IDENTITY_PROVIDER
}
