package org.infoshare.shared.access;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.shared.Actor;

/**
 * What the web platform needs to know about users, supplied by the directory. It lives in the shared kernel
 * so that the directory implements it without depending on the web layer. Every method answers from
 * the directory as it is now, so revocations and role changes apply on the very next request.
 */
public interface ActorSource {

    /** The active user with this id; empty if unknown or revoked. */
    Optional<Actor> activeActor(UUID userId);

    /**
     * The active user with this id, for a session that began at {@code signedInAt}; empty if unknown, revoked,
     * or revoked (or their password changed) at any time since the session began: a reinstatement does not
     * revive an older session.
     */
    default Optional<Actor> activeActor(UUID userId, Instant signedInAt) {
        return sessionHolder(userId, signedInAt).map(SessionHolder::actor);
    }

    /** As {@link #activeActor(UUID, Instant)}, with what the second step of signing in needs to know. */
    Optional<SessionHolder> sessionHolder(UUID userId, Instant signedInAt);

    /** A local account that may sign in with a password; empty if none, revoked or without a password. */
    Optional<LocalAccount> localAccount(String username);

    /**
     * The active user a federated identity belongs to: first by the identity previously linked to a user,
     * else by matching the provider's username claim to a directory username (and linking it). Unknown
     * identities get nothing.
     */
    Optional<UUID> federatedUser(String issuer, String subject, String usernameClaim);

    /**
     * The user an API token acts for, as {@link #activeActor(UUID)} would give them, if the token is valid, unexpired,
     * unrevoked and its user active: the token and its user are read together.
     */
    Optional<TokenHolder> tokenHolder(String token);

    /** Records a successful sign-in in the ledger, and clears the account's count of failed attempts. */
    void signedIn(UUID userId, String method);

    /** Counts a wrong password for this account; true if that failure locked it (and the lock is ledgered). */
    boolean signInFailed(UUID userId);

    /** @param locked too many failed attempts: no password is accepted until an administrator unlocks it */
    record LocalAccount(UUID userId, String username, String passwordHash, boolean locked) {
    }

    /**
     * @param secondStepSetUp    they have an authenticator app or a passkey
     * @param secondStepRequired their organisation requires a second step for one of their roles
     */
    record SessionHolder(Actor actor, boolean secondStepSetUp, boolean secondStepRequired) {
    }

    record TokenHolder(Actor actor, UUID tokenId) {

        public UUID userId() {
            return actor.userId();
        }
    }
}
