package org.infoshare.directory.rules;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LockoutPolicyTest {

    @Test
    void theTenthConsecutiveFailureLocksAndNoEarlierOneDoes() {
        for (int before = 0; before < LockoutPolicy.FAILURES_TO_LOCK - 1; before++) {
            LockoutPolicy.Verdict verdict = LockoutPolicy.afterFailure(before, false);
            assertThat(verdict.lock()).as("after %d failures", before + 1).isFalse();
            assertThat(verdict.failures()).isEqualTo(before + 1);
            assertThat(verdict.reason()).isEqualTo(LockoutPolicy.Reason.BELOW_THRESHOLD);
        }
        assertThat(LockoutPolicy.afterFailure(9, false))
                .isEqualTo(new LockoutPolicy.Verdict(true, 10, LockoutPolicy.Reason.THRESHOLD_REACHED));
        assertThat(LockoutPolicy.FAILURES_TO_LOCK).isEqualTo(10);
    }

    @Test
    void aLockedAccountIsNotLockedAgainButStillCounts() {
        assertThat(LockoutPolicy.afterFailure(10, true))
                .isEqualTo(new LockoutPolicy.Verdict(false, 11, LockoutPolicy.Reason.ALREADY_LOCKED));
        assertThat(LockoutPolicy.afterFailure(0, true).lock()).isFalse();
    }

    @Test
    void aCorruptNegativeCountStartsFromNothing() {
        assertThat(LockoutPolicy.afterFailure(-5, false).failures()).isEqualTo(1);
    }
}
