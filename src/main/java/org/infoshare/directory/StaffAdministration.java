package org.infoshare.directory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.infoshare.directory.rules.EndingAccess;
import org.infoshare.directory.rules.HandingOver;
import org.infoshare.ledger.Ledger;
import org.infoshare.ledger.LedgerEvent;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.UkCalendar;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.ForbiddenException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.shared.problem.Violation;
import org.infoshare.validation.CommandValidator;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organisation's staff and partner systems: who they are, what they may do, their training and vetting,
 * and ending their access. Everything is scoped to the caller's own organisation; another organisation's
 * staff are "not found".
 */
@Service
public class StaffAdministration {

    private final DirectoryStore store;
    private final OrganisationStore organisationStore;
    private final SignInStore signIn;
    private final CommandValidator validator;
    private final PasswordEncoder passwords;
    private final Ledger ledger;
    private final Clock clock;
    private final Leavers leavers;
    private final ScheduledRevocationStore scheduled;

    StaffAdministration(DirectoryStore store, OrganisationStore organisationStore, SignInStore signIn,
                        CommandValidator validator, PasswordEncoder passwords, Ledger ledger, Clock clock, Leavers leavers,
                        ScheduledRevocationStore scheduled) {
        this.leavers = leavers;
        this.scheduled = scheduled;
        this.store = store;
        this.organisationStore = organisationStore;
        this.signIn = signIn;
        this.validator = validator;
        this.passwords = passwords;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<StaffMember> staff(Actor actor) {
        List<StaffMember> staff = new ArrayList<>(store.staffOf(actor.organisationId()));
        staff.sort(Comparator.comparing((StaffMember s) -> s.displayName().toLowerCase(java.util.Locale.ROOT)));
        return staff;
    }

    /** What someone would leave behind if their access ended now, and who could take it over. */
    @Transactional(readOnly = true)
    public LeftBehindView leftBehind(Actor actor, UUID id) {
        requireAdministrator(actor);
        StaffMember leaver = member(actor, id);
        Leavers.LeftBehind left = leavers.of(leaver);
        return new LeftBehindView(left.addressedToThem(), left.teamsLeftEmpty().stream().map(t -> new LeftBehindView.EmptyTeam(t.id(), t.name())).toList(),
                leavers.colleagues(leaver).stream().map(p -> new LeftBehindView.Colleague(p.id(), p.displayName())).toList());
    }

    /** What is still addressed to someone, in words ("1 disclosure … and 2 requests …"), or null when nothing is. */
    @Transactional(readOnly = true)
    public String stillAddressedTo(Actor actor, UUID id) {
        List<LeaverHandover.LeftBehind> left = leftBehind(actor, id).addressedToThem();
        return left.isEmpty() ? null : String.join(" and ", left.stream().map(LeaverHandover.LeftBehind::description).toList());
    }

    public StaffMember member(Actor actor, UUID id) {
        return store.staff(id).filter(s -> actor.belongsTo(s.organisationId()))
                .orElseThrow(() -> new NotFoundException("Member of staff"));
    }

    @Transactional
    public StaffMember create(Actor actor, DirectoryCommands.NewStaffMember command) {
        requireAdministrator(actor);
        return insert(actor, actor.organisationId(), command);
    }

    /** Called while onboarding a new organisation: the only time one organisation creates another's staff. */
    @Transactional
    void createFirstAdministrator(Actor actor, UUID organisationId, DirectoryCommands.NewStaffMember command) {
        insert(actor, organisationId, command);
    }

    private StaffMember insert(Actor actor, UUID organisationId, DirectoryCommands.NewStaffMember command) {
        validator.check(command);
        String prefix = actor.belongsTo(organisationId) ? "" : "firstAdministrator.";
        List<Violation> violations = new ArrayList<>();
        checkTeams(organisationId, command.teamIds(), prefix, violations);
        checkPeriod(command.trainingCompletedOn(), command.trainingExpiresOn(), prefix + "trainingExpiresOn",
                "Training expiry must be on or after the date it was completed", violations);
        checkPeriod(command.vettingCheckedOn(), command.vettingExpiresOn(), prefix + "vettingExpiresOn",
                "Vetting expiry must be on or after the date of the check", violations);
        if (command.kind() == Actor.Kind.SYSTEM && command.password() != null) {
            violations.add(new Violation(prefix + "password", "system-without-password",
                    "Partner systems authenticate with API tokens, not passwords"));
        }
        if (command.password() != null && command.password().toLowerCase(java.util.Locale.ROOT)
                .contains(DirectoryStore.normaliseUsername(command.username()))) {
            violations.add(new Violation(prefix + "password", "not-username", "Password must not contain the username"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        if (store.usernameTaken(command.username())) {
            throw new ConflictException(prefix + "username", "unique", "Someone in the partnership already has this username");
        }
        UUID id = UUID.randomUUID();
        store.insertStaff(id, organisationId, command,
                command.password() == null ? null : passwords.encode(command.password()), clock.instant());
        ledger.record(DirectoryEvents.userCreated(actor, organisationId, id, command.kind() == null ? Actor.Kind.PERSON : command.kind(),
                command.roles(), command.teamIds() == null ? 0 : command.teamIds().size()));
        return store.staff(id).orElseThrow();
    }

    @Transactional
    public StaffMember update(Actor actor, UUID id, DirectoryCommands.UpdateStaffMember command) {
        requireAdministrator(actor);
        StaffMember current = member(actor, id);
        validator.check(command);
        if (command.version() != current.version()) {
            throw DirectoryStore.staleVersion();
        }
        List<Violation> violations = new ArrayList<>();
        checkTeams(current.organisationId(), command.teamIds(), "", violations);
        if (actor.userId().equals(id) && !command.roles().contains(Role.PARTNERSHIP_ADMINISTRATOR)) {
            violations.add(new Violation("roles", "keep-own-administration",
                    "You cannot remove your own partnership administrator role; ask another administrator"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        store.updateStaff(current, command, clock.instant());
        ledger.record(DirectoryEvents.userUpdated(actor, current, command.roles(),
                command.teamIds() == null ? 0 : command.teamIds().size()));
        return store.staff(id).orElseThrow();
    }

    @Transactional
    public StaffMember recordTraining(Actor actor, UUID id, DirectoryCommands.RecordTraining command) {
        return recordCheck(actor, id, command, command.completedOn(), command.expiresOn(),
                "Training expiry must be on or after the date it was completed",
                () -> store.recordTraining(id, command.completedOn(), command.expiresOn(), clock.instant()),
                member -> DirectoryEvents.trainingRecorded(actor, member, command));
    }

    @Transactional
    public StaffMember recordVetting(Actor actor, UUID id, DirectoryCommands.RecordVetting command) {
        return recordCheck(actor, id, command, command.checkedOn(), command.expiresOn(),
                "Vetting expiry must be on or after the date of the check",
                () -> store.recordVetting(id, command.level(), command.checkedOn(), command.expiresOn(), clock.instant()),
                member -> DirectoryEvents.vettingRecorded(actor, member, command));
    }

    /**
     * Training and vetting alike: a check done on one date that lapses on another, recorded by an administrator
     * of the person's organisation. Refused, naming the field, if it would lapse before it was done.
     */
    private StaffMember recordCheck(Actor actor, UUID id, Object command, LocalDate doneOn, LocalDate expiresOn, String expiryMessage,
                                    Runnable save, Function<StaffMember, LedgerEvent> event) {
        requireAdministrator(actor);
        StaffMember member = member(actor, id);
        validator.check(command);
        List<Violation> violations = new ArrayList<>();
        checkPeriod(doneOn, expiresOn, "expiresOn", expiryMessage, violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        save.run();
        ledger.record(event.apply(member));
        return store.staff(id).orElseThrow();
    }

    /**
     * Ends someone's access: their sessions and tokens stop working on their very next request. What is addressed to
     * them goes to the colleague named, in the same transaction; or, for a later day, the revocation waits for it.
     */
    @Transactional
    public StaffMember revoke(Actor actor, UUID id, DirectoryCommands.RevokeAccess command) {
        requireAdministrator(actor);
        StaffMember current = member(actor, id);
        validator.check(command);
        EndingAccess.Verdict verdict = EndingAccess.of(new EndingAccess.Request(actor.userId().equals(id), current.active(), command.on(),
                current.active() && leavers.of(current).needsAColleague(), command.handOverTo() != null,
                leavers.colleague(current, command.handOverTo()).isPresent()), UkCalendar.today(clock));
        if (!verdict.allowed()) {
            throw refusal(verdict.reason(), command.on() != null);
        }
        if (verdict.later()) {
            scheduled.schedule(new ScheduledRevocationStore.Scheduled(id, current.organisationId(), command.on(), command.reason(),
                    command.handOverTo(), actor.userId()), clock.instant());
            ledger.record(DirectoryEvents.revocationScheduled(actor, current, command.on(), command.reason(), command.handOverTo()));
            return current;
        }
        if (command.handOverTo() != null) {
            leavers.handOver(actor.organisationId(), actor.userId(), id, command.handOverTo());
        }
        scheduled.clear(id);
        store.revoke(id, command.reason(), clock.instant());
        ledger.record(DirectoryEvents.revoked(actor, current, command.reason()));
        return store.staff(id).orElseThrow();
    }

    /**
     * Hands what someone whose access has ended left behind to a colleague: when nobody was chosen as it ended, or the
     * colleague chosen for a later day had lost their own access by then (ADR 0016).
     */
    @Transactional
    public StaffMember handOver(Actor actor, UUID id, DirectoryCommands.HandOver command) {
        requireAdministrator(actor);
        StaffMember leaver = member(actor, id);
        validator.check(command);
        HandingOver.Verdict verdict = HandingOver.of(new HandingOver.Request(leaver.active(), leavers.of(leaver).needsAColleague(),
                leavers.colleague(leaver, command.handOverTo()).isPresent()));
        switch (verdict.reason()) {
            case STILL_ACTIVE -> throw new ConflictException("", "still-active", "Their access has not ended: what they leave is handed over when you revoke it");
            case NOTHING_LEFT -> throw new ConflictException("", "nothing-left", "Nothing is addressed to them: there is nothing to hand over");
            case NOT_A_COLLEAGUE -> throw InvalidRequestException.of("handOverTo", "colleague", "Choose someone else in your organisation whose access is active");
            case HANDED_OVER -> {
                leavers.handOver(actor.organisationId(), actor.userId(), id, command.handOverTo());
                ledger.record(DirectoryEvents.handedOver(actor, leaver, command.handOverTo()));
            }
        }
        return leaver;
    }

    private static RuntimeException refusal(EndingAccess.Reason reason, boolean onALaterDay) {
        return switch (reason) {
            case OWN_ACCESS -> InvalidRequestException.of("", "not-self", "You cannot revoke your own access; ask another administrator");
            case ALREADY_ENDED -> new ConflictException("", "already-revoked", "This person's access has already been revoked");
            case DAY_PASSED -> InvalidRequestException.of("on", "not-past", "The day their access ends must be today or later");
            case COLLEAGUE_NEEDED -> InvalidRequestException.of("handOverTo", "required", onALaterDay
                    ? "Choose who takes over what is addressed to them by then" : "Choose who takes over what they leave behind");
            case NOT_A_COLLEAGUE -> InvalidRequestException.of("handOverTo", "colleague",
                    "Choose someone else in your organisation whose access is active");
            case NOW, ON_A_LATER_DAY -> new IllegalStateException("Not a refusal: " + reason);
        };
    }

    /** The day someone's access is set to end, if it is. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> revocationScheduled(Actor actor, UUID id) {
        requireAdministrator(actor);
        return scheduled.scheduledFor(member(actor, id).id());
    }

    /**
     * Ends the access of those whose day has come, handing what is addressed to them to the colleague chosen (if that
     * colleague's own access is still active; otherwise it stays, listed for the administrator). One instance at a time.
     */
    @Transactional
    public int revokeDue() {
        if (!scheduled.trySweepLock()) {
            return 0;
        }
        int revoked = 0;
        for (ScheduledRevocationStore.Scheduled due : scheduled.due(UkCalendar.today(clock))) {
            Optional<StaffMember> leaver = store.staff(due.userId()).filter(StaffMember::active);
            if (leaver.isPresent()) {
                if (leavers.colleague(leaver.get(), due.handOverTo()).isPresent()) {
                    leavers.handOver(due.organisationId(), null, due.userId(), due.handOverTo());
                }
                store.revoke(due.userId(), due.reason(), clock.instant());
                ledger.record(DirectoryEvents.revoked(due.organisationId(), due.userId(), due.reason()));
                revoked++;
            }
            scheduled.clear(due.userId());
        }
        return revoked;
    }

    @Transactional
    public StaffMember reinstate(Actor actor, UUID id) {
        requireAdministrator(actor);
        StaffMember current = member(actor, id);
        if (current.active()) {
            throw new ConflictException("", "already-active", "This person's access is already active");
        }
        scheduled.clear(id);
        store.reinstate(id, clock.instant());
        ledger.record(DirectoryEvents.reinstated(actor, current));
        return store.staff(id).orElseThrow();
    }

    /**
     * An administrator sets a new password for one of their people (a reset): whoever knew the old one may
     * hold a session or a token, so every session of theirs ends and every API token of theirs is revoked.
     */
    @Transactional
    public void setPassword(Actor actor, UUID id, DirectoryCommands.SetPassword command) {
        requireAdministrator(actor);
        StaffMember current = member(actor, id);
        checkPassword(current, command);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        store.setPassword(current.id(), passwords.encode(command.password()), now);
        signIn.endSessions(current.id(), now);
        int tokens = signIn.revokeTokensOf(current.id(), now);
        ledger.record(DirectoryEvents.passwordSet(actor, current, tokens));
    }

    /**
     * Anyone changes their own password, proving they know the current one. Their other sessions end; the
     * caller keeps the session it made the change from (see the returned moment), and their API tokens,
     * which they issued themselves, stay.
     *
     * @return when the other sessions ended
     */
    @Transactional
    public Instant changeOwnPassword(Actor actor, String currentPassword, DirectoryCommands.SetPassword command) {
        StaffMember self = member(actor, actor.userId());
        String hash = store.passwordHash(self.id()).orElse(null);
        if (hash == null || currentPassword == null || !passwords.matches(currentPassword, hash)) {
            throw InvalidRequestException.of("currentPassword", "matches", "Your current password is not correct");
        }
        checkPassword(self, command);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        store.setPassword(self.id(), passwords.encode(command.password()), now);
        signIn.endSessions(self.id(), now);
        ledger.record(DirectoryEvents.passwordSet(actor, self, 0));
        return now;
    }

    private void checkPassword(StaffMember member, DirectoryCommands.SetPassword command) {
        validator.check(command);
        if (member.kind() == Actor.Kind.SYSTEM) {
            throw InvalidRequestException.of("password", "system-without-password", "Partner systems authenticate with API tokens, not passwords");
        }
        if (command.password().toLowerCase(java.util.Locale.ROOT).contains(member.username())) {
            throw InvalidRequestException.of("password", "not-username", "Password must not contain the username");
        }
    }

    public LocalDate today() {
        return UkCalendar.today(clock);
    }

    private void checkTeams(UUID organisationId, Set<UUID> teamIds, String prefix, List<Violation> violations) {
        if (teamIds == null) {
            return;
        }
        for (UUID team : teamIds) {
            if (organisationStore.team(team).filter(t -> t.organisationId().equals(organisationId)).isEmpty()) {
                violations.add(new Violation(prefix + "teamIds", "team-in-organisation",
                        "Choose teams from this person's own organisation"));
                return;
            }
        }
    }

    private static void checkPeriod(LocalDate from, LocalDate until, String field, String message, List<Violation> violations) {
        if (from != null && until != null && until.isBefore(from)) {
            violations.add(new Violation(field, "after-start", message));
        }
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.hasRole(Role.PARTNERSHIP_ADMINISTRATOR)) {
            throw new ForbiddenException("Only partnership administrators can change the directory");
        }
    }
}
