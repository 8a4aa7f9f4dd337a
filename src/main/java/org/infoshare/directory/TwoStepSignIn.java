package org.infoshare.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import org.infoshare.directory.rules.TwoStepRequirement;
import org.infoshare.ledger.Ledger;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.ForbiddenException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.validation.CommandValidator;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second step of signing in (ADR 0044): an authenticator app (TOTP), passkeys, and single-use recovery
 * codes for when neither is at hand; each organisation's choice of the roles that must have one; and an
 * administrator's reset for someone who has lost theirs. Every change is ledgered; so is every second step
 * taken. A wrong code counts towards the account's lock like a wrong password.
 */
@Service
public class TwoStepSignIn {

    static final int RECOVERY_CODES = 10;

    private final SignInStore store;
    private final PasskeyStore passkeys;
    private final DirectoryStore directory;
    private final StaffAdministration staff;
    private final OrganisationAdministration organisations;
    private final AccountLocks locks;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;
    private final AuthenticatorCodes codes = new AuthenticatorCodes();
    private final RecoveryCodeGenerator recoveryCodes = new RecoveryCodeGenerator();

    TwoStepSignIn(SignInStore store, PasskeyStore passkeys, DirectoryStore directory, StaffAdministration staff,
                  OrganisationAdministration organisations, AccountLocks locks, CommandValidator validator, Ledger ledger, Clock clock) {
        this.store = store;
        this.passkeys = passkeys;
        this.directory = directory;
        this.staff = staff;
        this.organisations = organisations;
        this.locks = locks;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Someone's second step as they (or the API) see it. */
    public record Status(boolean authenticatorApp, List<Passkey> passkeys, int recoveryCodesLeft, boolean required) {
        public boolean setUp() {
            return authenticatorApp || !passkeys.isEmpty();
        }
    }

    /** A passkey, named as its holder named it. */
    public record Passkey(String id, String label, Instant createdAt, Instant lastUsedAt) {
    }

    /** A new authenticator app's secret, offered for scanning or typing; kept by the caller until confirmed. */
    public record NewAuthenticator(String secret, String groupedSecret, String qrCode) {
    }

    @Transactional(readOnly = true)
    public Status status(Actor actor) {
        List<Passkey> keys = passkeys.ofUser(actor.userId()).stream().map(found -> new Passkey(
                found.record().getCredentialId().toBase64UrlString(), found.record().getLabel(),
                found.record().getCreated(), found.record().getLastUsed())).toList();
        boolean app = store.hasAuthenticatorApp(actor.userId());
        return new Status(app, keys, store.unusedRecoveryCodes(actor.userId()), required(actor));
    }

    boolean required(Actor actor) {
        return TwoStepRequirement.of(actor.kind(), actor.roles(), store.twoStepRoles(actor.organisationId())).required();
    }

    public NewAuthenticator newAuthenticator(Actor actor) {
        StaffMember self = staff.member(actor, actor.userId());
        String secret = codes.newSecret();
        return new NewAuthenticator(secret, AuthenticatorCodes.grouped(secret), codes.qrCode(self.username(), secret));
    }

    /**
     * Saves the authenticator app once its first code proves it holds {@code secret}. Returns new recovery
     * codes if the person had none (to be shown once), else an empty list.
     */
    @Transactional
    public List<String> setUpAuthenticatorApp(Actor actor, String secret, SignInCommands.AuthenticatorCode command) {
        validator.check(command);
        requirePerson(actor);
        OptionalLong step = secret == null ? OptionalLong.empty() : codes.matchingStep(secret, command.code(), clock.instant(), null);
        if (step.isEmpty()) {
            throw InvalidRequestException.of("code", "matches", "The code is not correct. Enter the code your authenticator app shows now");
        }
        store.saveAuthenticatorApp(actor.userId(), actor.organisationId(), secret, step.getAsLong(), clock.instant());
        ledger.record(DirectoryEvents.secondStepAdded(actor.userId(), actor.organisationId(), "authenticator-app"));
        return store.unusedRecoveryCodes(actor.userId()) == 0 ? issueRecoveryCodes(actor) : List.of();
    }

    /** New recovery codes for someone who has just set up a passkey and has none. */
    @Transactional
    public List<String> recoveryCodesIfNone(Actor actor) {
        return setUp(actor.userId(), actor.organisationId()) && store.unusedRecoveryCodes(actor.userId()) == 0
                ? issueRecoveryCodes(actor) : List.of();
    }

    /** Checks a code from the authenticator app, as the second step of signing in. */
    @Transactional
    public void takeSecondStep(Actor actor, SignInCommands.AuthenticatorCode command) {
        validator.check(command);
        refuseIfLocked(actor);
        Optional<SignInStore.AuthenticatorApp> app = store.authenticatorAppForUpdate(actor.userId(), actor.organisationId());
        OptionalLong step = app.isEmpty() ? OptionalLong.empty()
                : codes.matchingStep(app.get().secret(), command.code(), clock.instant(), app.get().lastTimeStep());
        if (step.isEmpty()) {
            failed(actor, "code", "The code is not correct. Enter the code your authenticator app shows now");
        }
        store.acceptTimeStep(actor.userId(), step.getAsLong());
        secondStepTaken(actor, "authenticator-app");
    }

    /** Uses up one recovery code as the second step of signing in. */
    @Transactional
    public void takeSecondStep(Actor actor, SignInCommands.RecoveryCode command) {
        validator.check(command);
        refuseIfLocked(actor);
        if (!store.useRecoveryCode(actor.userId(), digest(command.code()), clock.instant())) {
            failed(actor, "code", "The recovery code is not correct, or has been used already");
        }
        secondStepTaken(actor, "recovery-code");
    }

    /** Replaces someone's recovery codes with ten new ones, shown once. */
    @Transactional
    public List<String> newRecoveryCodes(Actor actor) {
        if (!setUp(actor.userId(), actor.organisationId())) {
            throw InvalidRequestException.of("", "second-step-set-up", "Set up an authenticator app or a passkey first");
        }
        return issueRecoveryCodes(actor);
    }

    /**
     * Removes the authenticator app; ends the person's other sessions. Returns when, so that the caller's own
     * session can be kept.
     */
    @Transactional
    public Instant removeAuthenticatorApp(Actor actor) {
        boolean otherWay = passkeys.ofUser(actor.userId()).size() > 0;
        keepsRequiredStep(actor, otherWay);
        if (!store.removeAuthenticatorApp(actor.userId())) {
            throw new NotFoundException("Authenticator app");
        }
        return removed(actor, "authenticator-app");
    }

    /** Removes one of the person's own passkeys; ends their other sessions. */
    @Transactional
    public Instant removePasskey(Actor actor, String passkeyId) {
        byte[] credentialId = decode(passkeyId);
        PasskeyStore.StoredPasskey found = passkeys.byCredentialId(credentialId)
                .filter(p -> p.userId().equals(actor.userId()))
                .orElseThrow(() -> new NotFoundException("Passkey"));
        boolean otherWay = store.hasAuthenticatorApp(actor.userId())
                || passkeys.ofUser(actor.userId()).size() > 1;
        keepsRequiredStep(actor, otherWay);
        passkeys.delete(found.record().getCredentialId().getBytes());
        return removed(actor, "passkey");
    }

    /** Spring Security's own removal endpoint, for the passkey's holder: the same rules. */
    @Transactional
    void removePasskey(UUID userId, byte[] credentialId) {
        directory.activeActor(userId, staff.today(), null)
                .ifPresent(actor -> removePasskey(actor, new Bytes(credentialId).toBase64UrlString()));
    }

    /**
     * An administrator removes everything someone had for the second step (an app, passkeys, recovery
     * codes), for a person who has lost them; their sessions end. At their next sign-in they set one up again
     * if their role requires it.
     */
    @Transactional
    public StaffMember reset(Actor actor, UUID id) {
        requireAdministrator(actor);
        StaffMember member = staff.member(actor, id);
        boolean app = store.removeAuthenticatorApp(member.id());
        int keys = passkeys.deleteAllOf(member.id());
        int recovery = store.removeRecoveryCodes(member.id());
        if (!app && keys == 0 && recovery == 0) {
            throw new ConflictException("", "second-step-set-up", "This person has no second step to reset");
        }
        store.endSessions(member.id(), now());
        ledger.record(DirectoryEvents.secondStepReset(actor, member, app, keys, recovery));
        return directory.staff(member.id()).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Set<Role> twoStepRoles(Actor actor, UUID organisationId) {
        organisations.organisation(organisationId);
        if (!actor.belongsTo(organisationId)) {
            throw new NotFoundException("Organisation");
        }
        return store.twoStepRoles(organisationId);
    }

    /** An administrator chooses the roles for which their organisation requires a second step. */
    @Transactional
    public Set<Role> requireFor(Actor actor, UUID organisationId, SignInCommands.TwoStepRoles command) {
        organisations.administrable(actor, organisationId);
        validator.check(command);
        store.replaceTwoStepRoles(organisationId, command.roles());
        ledger.record(DirectoryEvents.twoStepRolesSet(actor, organisationId, command.roles()));
        return store.twoStepRoles(organisationId);
    }

    // ---------------------------------------------------------------------------------------------------

    private List<String> issueRecoveryCodes(Actor actor) {
        List<String> issued = Arrays.asList(recoveryCodes.generateCodes(RECOVERY_CODES));
        store.replaceRecoveryCodes(actor.userId(), issued.stream().map(TwoStepSignIn::digest).toList(), clock.instant());
        ledger.record(DirectoryEvents.recoveryCodesIssued(actor, issued.size()));
        return issued;
    }

    private boolean setUp(UUID userId, UUID organisationId) {
        return store.hasAuthenticatorApp(userId) || store.passkeyCount(userId) > 0;
    }

    private void secondStepTaken(Actor actor, String method) {
        locks.succeeded(actor.userId());
        ledger.record(DirectoryEvents.secondStepTaken(actor, method));
    }

    private void refuseIfLocked(Actor actor) {
        if (directory.staff(actor.userId()).map(StaffMember::locked).orElse(true)) {
            throw new AccountLockedException();
        }
    }

    private void failed(Actor actor, String field, String message) {
        if (locks.failed(actor.userId())) {
            throw new AccountLockedException();
        }
        throw InvalidRequestException.of(field, "matches", message);
    }

    private void keepsRequiredStep(Actor actor, boolean otherWayRemains) {
        if (!otherWayRemains && required(actor)) {
            throw InvalidRequestException.of("", "second-step-required", "Your organisation requires a second step "
                    + "to sign in for your role. Set up another way first, then remove this one");
        }
    }

    private Instant removed(Actor actor, String kind) {
        Instant now = now();
        store.endSessions(actor.userId(), now);
        ledger.record(DirectoryEvents.secondStepRemoved(actor.userId(), actor.organisationId(), kind));
        return now;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static void requirePerson(Actor actor) {
        if (actor.kind() == Actor.Kind.SYSTEM) {
            throw new ForbiddenException("Partner systems sign in with API tokens only");
        }
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.hasRole(Role.PARTNERSHIP_ADMINISTRATOR)) {
            throw new ForbiddenException("Only partnership administrators can reset someone's second step");
        }
    }

    static byte[] digest(String recoveryCode) {
        String normalised = recoveryCode == null ? "" : recoveryCode.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return ApiTokens.hash(normalised);
    }

    private static byte[] decode(String passkeyId) {
        try {
            return Bytes.fromBase64(passkeyId).getBytes();
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Passkey");
        }
    }
}
