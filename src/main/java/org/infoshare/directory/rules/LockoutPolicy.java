package org.infoshare.directory.rules;

/**
 * When failed attempts lock an account (ADR 0043). Every wrong password or second-step code since the last
 * successful sign-in counts; the tenth locks the account until an administrator of its organisation unlocks
 * it. With the throttle allowing five failures per account every five minutes, ten take at least five
 * minutes of guessing, far too few to find any password the directory accepts (twelve characters at least).
 */
public final class LockoutPolicy {

    /** Consecutive failures that lock an account. */
    public static final int FAILURES_TO_LOCK = 10;

    public enum Reason {
        /** This failure reached the threshold. */
        THRESHOLD_REACHED,
        /** Below the threshold: counted, nothing more. */
        BELOW_THRESHOLD,
        /** Already locked: a lock is not locked again, and is ledgered once. */
        ALREADY_LOCKED
    }

    /** @param lock lock the account now (and ledger it) */
    public record Verdict(boolean lock, int failures, Reason reason) {
    }

    private LockoutPolicy() {
    }

    /**
     * @param failuresBefore failures counted since the last successful sign-in, before this one
     * @param alreadyLocked  the account is locked already
     */
    public static Verdict afterFailure(int failuresBefore, boolean alreadyLocked) {
        int failures = Math.max(0, failuresBefore) + 1;
        if (alreadyLocked) {
            return new Verdict(false, failures, Reason.ALREADY_LOCKED);
        }
        return failures >= FAILURES_TO_LOCK ? new Verdict(true, failures, Reason.THRESHOLD_REACHED)
                : new Verdict(false, failures, Reason.BELOW_THRESHOLD);
    }
}
