package org.infoshare.web.rules;

/**
 * Whether a session may use the service, or must first take the second step of signing in or set one up
 * (ADR 0044). Decided afresh on every request from the directory as it is now, so that an organisation's new
 * requirement applies at once.
 */
public final class SecondStepPolicy {

    /** Where a session stands. */
    public enum Stage {
        /** Signed in: the service is open (as far as roles allow). */
        COMPLETE,
        /** Password accepted; a code or a passkey is still needed. Nothing else is open. */
        SECOND_STEP_NEEDED,
        /** Password accepted; the organisation requires a second step for this role and none is set up. Only setting one up is open. */
        SET_UP_NEEDED
    }

    /** Why the stage is what it is: a stable code for logs and tests. */
    public enum Reason {
        IDENTITY_PROVIDER_DECIDES,
        PASSKEY_IS_MULTI_FACTOR,
        SECOND_STEP_TAKEN,
        SECOND_STEP_SET_UP,
        REQUIRED_FOR_ROLE,
        NOT_REQUIRED
    }

    public record Verdict(Stage stage, Reason reason) {
    }

    private SecondStepPolicy() {
    }

    /**
     * @param method           how the session's user first proved who they are
     * @param secondStepTaken  the session has since given a code or used a passkey (or set one up)
     * @param secondStepSetUp  the user has an authenticator app or a passkey
     * @param requiredForRole  their organisation requires a second step for one of their roles
     */
    public static Verdict stage(SignInMethod method, boolean secondStepTaken, boolean secondStepSetUp, boolean requiredForRole) {
        return switch (method) {
            case IDENTITY_PROVIDER -> new Verdict(Stage.COMPLETE, Reason.IDENTITY_PROVIDER_DECIDES);
            case PASSKEY -> new Verdict(Stage.COMPLETE, Reason.PASSKEY_IS_MULTI_FACTOR);
            case PASSWORD -> {
                if (secondStepTaken) {
                    yield new Verdict(Stage.COMPLETE, Reason.SECOND_STEP_TAKEN);
                }
                if (secondStepSetUp) {
                    yield new Verdict(Stage.SECOND_STEP_NEEDED, Reason.SECOND_STEP_SET_UP);
                }
                yield requiredForRole ? new Verdict(Stage.SET_UP_NEEDED, Reason.REQUIRED_FOR_ROLE)
                        : new Verdict(Stage.COMPLETE, Reason.NOT_REQUIRED);
            }
        };
    }
}
