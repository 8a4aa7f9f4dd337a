package org.infoshare.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.directory.rules.TwoStepRequirement;
import org.infoshare.ledger.Ledger;
import org.infoshare.shared.Actor;
import org.infoshare.shared.UkCalendar;
import org.infoshare.shared.access.ActorSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The directory's answers to the web platform: who is this, right now? */
@Component
class DirectoryActors implements ActorSource {

    private final DirectoryStore store;
    private final SignInStore signIn;
    private final ApiTokens tokens;
    private final AccountLocks locks;
    private final Ledger ledger;
    private final Clock clock;

    DirectoryActors(DirectoryStore store, SignInStore signIn, ApiTokens tokens, AccountLocks locks, Ledger ledger, Clock clock) {
        this.store = store;
        this.signIn = signIn;
        this.tokens = tokens;
        this.locks = locks;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Actor> activeActor(UUID userId) {
        return store.activeActor(userId, UkCalendar.today(clock), null);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<SessionHolder> sessionHolder(UUID userId, Instant signedInAt) {
        return store.activeUser(userId, UkCalendar.today(clock), signedInAt).map(user -> new SessionHolder(user.actor(),
                user.secondStepSetUp(),
                TwoStepRequirement.of(user.actor().kind(), user.actor().roles(), user.twoStepRoles()).required()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LocalAccount> localAccount(String username) {
        if (username == null || username.isBlank() || username.length() > 254) {
            return Optional.empty();
        }
        return store.userIdByUsername(username).flatMap(id -> signIn.passwordAccount(id)
                .map(account -> new LocalAccount(id, DirectoryStore.normaliseUsername(username), account.passwordHash(), account.locked())));
    }

    @Override
    @Transactional
    public Optional<UUID> federatedUser(String issuer, String subject, String usernameClaim) {
        Optional<UUID> linked = store.userIdByFederatedIdentity(issuer, subject);
        if (linked.isPresent()) {
            return linked.filter(id -> store.activeActor(id, UkCalendar.today(clock), null).isPresent());
        }
        if (usernameClaim == null || usernameClaim.isBlank()) {
            return Optional.empty();
        }
        // Only people sign in; partner systems authenticate with API tokens. An account already linked to
        // another identity is not taken over by a second identity that happens to carry the same email.
        Optional<StaffMember> match = store.userIdByUsername(usernameClaim).flatMap(store::staff)
                .filter(StaffMember::active)
                .filter(member -> member.kind() == Actor.Kind.PERSON)
                .filter(member -> !member.federated());
        match.ifPresent(member -> {
            store.linkFederatedIdentity(member.id(), issuer, subject);
            ledger.record(DirectoryEvents.identityLinked(member, issuer));
        });
        return match.map(StaffMember::id);
    }

    @Override
    @Transactional
    public Optional<TokenHolder> tokenHolder(String token) {
        return tokens.authenticate(token).map(user -> new TokenHolder(user.actor(), user.tokenId()));
    }

    @Override
    @Transactional
    public void signedIn(UUID userId, String method) {
        locks.succeeded(userId);
        store.staff(userId).ifPresent(member -> ledger.record(DirectoryEvents.signedIn(member, method)));
    }

    @Override
    public boolean signInFailed(UUID userId) {
        return locks.failed(userId);
    }
}
