package org.infoshare.directory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.ledger.Ledger;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.UkCalendar;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for partner systems and for people using the API. A token is 256 random bits; only its
 * SHA-256 is stored (a fast hash is enough for a secret that cannot be guessed). Tokens last at most a
 * year and die with their user's access.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "ist_";
    private static final int MAX_DAYS = 366;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenStore store;
    private final DirectoryStore directory;
    private final StaffAdministration staff;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;

    ApiTokens(ApiTokenStore store, DirectoryStore directory, StaffAdministration staff, CommandValidator validator, Ledger ledger,
            Clock clock) {
        this.store = store;
        this.directory = directory;
        this.staff = staff;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ApiToken> tokens(Actor actor, UUID userId) {
        StaffMember owner = manageable(actor, userId);
        return store.tokensOf(owner.id()).stream().map(ApiTokens::view).toList();
    }

    @Transactional
    public IssuedToken issue(Actor actor, UUID userId, DirectoryCommands.IssueToken command) {
        StaffMember owner = manageable(actor, userId);
        validator.check(command);
        LocalDate today = UkCalendar.today(clock);
        if (!command.expiresOn().isAfter(today) || command.expiresOn().isAfter(today.plusDays(MAX_DAYS))) {
            throw InvalidRequestException.of("expiresOn", "within-a-year", "The expiry date must be after today and within a year");
        }
        if (!owner.active()) {
            throw InvalidRequestException.of("", "active-user", "Tokens can only be issued to people and systems whose access is active");
        }
        byte[] secretBytes = new byte[32];
        RANDOM.nextBytes(secretBytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
        UUID id = UUID.randomUUID();
        Instant expiresAt = command.expiresOn().plusDays(1).atStartOfDay(UkCalendar.ZONE).toInstant();
        store.insertToken(id, owner.id(), command.name(), hash(secret), clock.instant(), expiresAt);
        ledger.record(DirectoryEvents.tokenIssued(actor, owner, id, command.expiresOn()));
        return new IssuedToken(view(store.token(id).orElseThrow()), secret);
    }

    @Transactional
    public void revoke(Actor actor, UUID userId, UUID tokenId) {
        StaffMember owner = manageable(actor, userId);
        ApiTokenStore.TokenRow token = store.token(tokenId).filter(t -> t.userId().equals(owner.id()))
                .orElseThrow(() -> new NotFoundException("API token"));
        if (store.revokeToken(token.id(), clock.instant())) {
            ledger.record(DirectoryEvents.tokenRevoked(actor, owner, tokenId));
        }
    }

    /**
     * The holder of a live token, read with the token in one statement, or nothing: unknown, expired, revoked or a
     * revoked user are all the same. Its last use is noted at most once a minute.
     */
    Optional<DirectoryStore.TokenUser> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<DirectoryStore.TokenUser> holder = directory.activeTokenUser(hash(secret), now, UkCalendar.today(clock));
        holder.filter(t -> t.lastUsedAt() == null || t.lastUsedAt().isBefore(now.minusSeconds(60)))
                .ifPresent(t -> store.used(t.tokenId(), now));
        return holder;
    }

    /** People manage their own tokens; administrators manage those of anyone in their organisation. */
    private StaffMember manageable(Actor actor, UUID userId) {
        StaffMember owner = staff.member(actor, userId);
        if (!actor.userId().equals(userId) && !actor.hasRole(Role.PARTNERSHIP_ADMINISTRATOR)) {
            throw new NotFoundException("Member of staff");
        }
        return owner;
    }

    private static ApiToken view(ApiTokenStore.TokenRow row) {
        return new ApiToken(row.id(), row.userId(), row.name(), row.createdAt(), row.expiresAt(), row.revokedAt(), row.lastUsedAt());
    }

    static byte[] hash(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
