package org.infoshare.web;

import java.time.Duration;
import java.util.List;

import io.github.bucket4j.TimeMeter;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.TooManyAttemptsException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The throttle on a clock the test moves by hand: no real time passes. */
class AttemptThrottleTest {

    /** A clock that stands still until told to move. */
    private static final class HandClock implements TimeMeter {
        long nanos;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }

    private final HandClock clock = new HandClock();
    private final AttemptThrottle throttle = new AttemptThrottle(
            new SignInProperties(5, Duration.ofMinutes(5), 8, Duration.ofMinutes(10), null, List.of()), clock);

    @Test
    void failuresUseTheAccountsAllowanceAndTheSixthIsRefusedWithTheWait() {
        for (int i = 0; i < 5; i++) {
            throttle.begin(AttemptThrottle.Proof.SIGN_IN, "Sam@Example.org ", "192.0.2.1");
        }
        assertThatThrownBy(() -> throttle.begin(AttemptThrottle.Proof.SIGN_IN, "sam@example.org", "192.0.2.2"))
                .isInstanceOfSatisfying(TooManyAttemptsException.class, e -> {
                    assertThat(e.field()).isEqualTo("username");
                    assertThat(e.retryAfterSeconds()).isEqualTo(60);
                    assertThat(e.getMessage()).isEqualTo("You have tried to sign in too many times. Wait 1 minute, then try again.");
                });
        clock.nanos += Duration.ofSeconds(60).toNanos();
        throttle.begin(AttemptThrottle.Proof.SIGN_IN, "sam@example.org", "192.0.2.2");
    }

    @Test
    void successGivesTheAttemptBack() {
        for (int i = 0; i < 20; i++) {
            throttle.begin(AttemptThrottle.Proof.SIGN_IN, "jo@example.org", "192.0.2.3").succeeded();
        }
        throttle.begin(AttemptThrottle.Proof.SIGN_IN, "jo@example.org", "192.0.2.3");
    }

    @Test
    void oneAddressTryingManyAccountsRunsOutOfItsOwnAllowance() {
        for (int i = 0; i < 8; i++) {
            throttle.begin(AttemptThrottle.Proof.SIGN_IN, "user" + i + "@example.org", "198.51.100.9");
        }
        assertThatThrownBy(() -> throttle.begin(AttemptThrottle.Proof.SIGN_IN, "another@example.org", "198.51.100.9"))
                .isInstanceOf(TooManyAttemptsException.class);
        // The account itself was not charged for the refused attempt: from elsewhere it still has its five.
        for (int i = 0; i < 5; i++) {
            throttle.begin(AttemptThrottle.Proof.SIGN_IN, "another@example.org", "203.0.113.1");
        }
    }

    @Test
    void eachKindOfProofHasItsOwnAllowance() {
        for (int i = 0; i < 5; i++) {
            throttle.begin(AttemptThrottle.Proof.CURRENT_PASSWORD, "kim", "192.0.2.4");
        }
        assertThatThrownBy(() -> throttle.begin(AttemptThrottle.Proof.CURRENT_PASSWORD, "kim", "192.0.2.4"))
                .isInstanceOfSatisfying(TooManyAttemptsException.class, e -> assertThat(e.field()).isEqualTo("currentPassword"));
        throttle.begin(AttemptThrottle.Proof.SIGN_IN, "kim", "192.0.2.4");
        throttle.begin(AttemptThrottle.Proof.SECOND_STEP, "kim", "192.0.2.4");
    }

    @Test
    void aRefusalForAnotherReasonThanTheCredentialIsNotCounted() {
        org.springframework.mock.web.MockHttpServletRequest request = new org.springframework.mock.web.MockHttpServletRequest();
        request.setRemoteAddr("192.0.2.5");
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> throttle.attempt(AttemptThrottle.Proof.CURRENT_PASSWORD, "lee", request,
                    () -> { throw InvalidRequestException.of("password", "min-length", "Too short"); }))
                    .isInstanceOf(InvalidRequestException.class);
        }
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> throttle.attempt(AttemptThrottle.Proof.CURRENT_PASSWORD, "lee", request,
                    () -> { throw InvalidRequestException.of("currentPassword", "matches", "Wrong"); }))
                    .isInstanceOf(InvalidRequestException.class);
        }
        assertThatThrownBy(() -> throttle.attempt(AttemptThrottle.Proof.CURRENT_PASSWORD, "lee", request, () -> "never checked"))
                .isInstanceOf(TooManyAttemptsException.class);
    }
}
