package org.infoshare.web;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.TooManyAttemptsException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Throttles guessing of credentials (ADR 0043): each kind of proof (signing in, a second-step code, the
 * current password) has a bucket per account and one per client address. An attempt takes a token from both
 * before the credential is checked, and a successful one gives it back, so only failures use the allowance,
 * and attempts made in parallel cannot overtake it. With no token left the attempt is refused unchecked.
 *
 * <p>Buckets live in this instance's memory (Bucket4j): several instances each keep their own, which
 * multiplies the allowance by their number; the lockout, which is in the database, bounds it regardless.
 */
@Component
public class AttemptThrottle {

    /** The kinds of proof, each throttled apart so that one cannot use up another's allowance. */
    public enum Proof {
        SIGN_IN("username", "You have tried to sign in too many times"),
        SECOND_STEP("code", "You have entered too many wrong codes"),
        CURRENT_PASSWORD("currentPassword", "You have entered your current password wrongly too many times");

        private final String field;
        private final String message;

        Proof(String field, String message) {
            this.field = field;
            this.message = message;
        }

        public String field() {
            return field;
        }
    }

    /** An attempt under way: report success to give its token back; failures keep it. */
    public interface Attempt {
        void succeeded();
    }

    private static final int MAX_TRACKED = 200_000;

    private final SignInProperties limits;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    @Autowired
    AttemptThrottle(SignInProperties limits) {
        this(limits, TimeMeter.SYSTEM_NANOTIME);
    }

    AttemptThrottle(SignInProperties limits, TimeMeter time) {
        this.limits = limits;
        this.time = time;
        Duration longest = limits.accountWindow().compareTo(limits.addressWindow()) > 0 ? limits.accountWindow() : limits.addressWindow();
        // A bucket untouched for a whole window is full again, so forgetting it changes nothing.
        this.buckets = Caffeine.newBuilder().maximumSize(MAX_TRACKED).expireAfterAccess(longest).build();
    }

    /**
     * Takes a token for this account and this address, or refuses with the time to wait.
     *
     * @param account what the attempt is against: a normalised username or a user id
     * @param address the client's address, as the trusted proxy reported it
     */
    public Attempt begin(Proof proof, String account, String address) {
        Bucket forAccount = bucket(proof, "account", normalise(account), limits.accountAttempts(), limits.accountWindow());
        ConsumptionProbe byAccount = forAccount.tryConsumeAndReturnRemaining(1);
        if (!byAccount.isConsumed()) {
            throw refused(proof, byAccount);
        }
        Bucket forAddress = bucket(proof, "address", address == null ? "" : address, limits.addressAttempts(), limits.addressWindow());
        ConsumptionProbe byAddress = forAddress.tryConsumeAndReturnRemaining(1);
        if (!byAddress.isConsumed()) {
            forAccount.addTokens(1);
            throw refused(proof, byAddress);
        }
        return () -> {
            forAccount.addTokens(1);
            forAddress.addTokens(1);
        };
    }

    /**
     * Runs a check of a credential under the throttle: success gives the token back, and so does a refusal
     * for some other reason than this credential (e.g. a new password that is too short); a wrong credential,
     * or any other failure, keeps it.
     */
    public <T> T attempt(Proof proof, String account, HttpServletRequest request, Supplier<T> check) {
        Attempt attempt = begin(proof, account, request.getRemoteAddr());
        try {
            T result = check.get();
            attempt.succeeded();
            return result;
        } catch (InvalidRequestException e) {
            if (e.violations().stream().noneMatch(v -> v.field().equals(proof.field()))) {
                attempt.succeeded();
            }
            throw e;
        }
    }

    public void attempt(Proof proof, String account, HttpServletRequest request, Runnable check) {
        attempt(proof, account, request, () -> {
            check.run();
            return null;
        });
    }

    /**
     * A refusal to show on the form that made the attempt: the response is answered 429 with the wait, and
     * the error summary names the field, as for any other rule.
     */
    public static InvalidRequestException onForm(TooManyAttemptsException refusal, HttpServletResponse response) {
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(refusal.retryAfterSeconds()));
        return new InvalidRequestException(refusal.violations());
    }

    private Bucket bucket(Proof proof, String scope, String key, int capacity, Duration window) {
        return buckets.get(proof + "|" + scope + "|" + key, ignored -> Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window))
                .withCustomTimePrecision(time)
                .build());
    }

    private static TooManyAttemptsException refused(Proof proof, ConsumptionProbe probe) {
        Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
        TooManyAttemptsException unworded = new TooManyAttemptsException(proof.field, wait, proof.message);
        return new TooManyAttemptsException(proof.field, wait,
                proof.message + ". Wait " + unworded.waitInWords() + ", then try again.");
    }

    private static String normalise(String account) {
        return account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
    }
}
