package org.infoshare.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

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
    private final ApiTokens tokens;
    private final Ledger ledger;
    private final Clock clock;

    DirectoryActors(DirectoryStore store, ApiTokens tokens, Ledger ledger, Clock clock) {
        this.store = store;
        this.tokens = tokens;
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
    public Optional<Actor> activeActor(UUID userId, Instant signedInAt) {
        return store.activeActor(userId, UkCalendar.today(clock), signedInAt);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LocalAccount> localAccount(String username) {
        if (username == null || username.isBlank() || username.length() > 254) {
            return Optional.empty();
        }
        return store.userIdByUsername(username)
                .flatMap(id -> store.passwordHash(id).map(hash -> new LocalAccount(id, DirectoryStore.normaliseUsername(username), hash)));
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
        return tokens.authenticate(token).map(row -> new TokenHolder(row.userId(), row.id()));
    }

    @Override
    @Transactional
    public void signedIn(UUID userId, String method) {
        store.staff(userId).ifPresent(member -> ledger.record(DirectoryEvents.signedIn(member, method)));
    }
}
