package org.infoshare.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.infoshare.agreement.rules.ReviewSchedule;
import org.infoshare.ledger.Ledger;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.UkCalendar;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agreement in force: its reviews, six months after it takes effect and then yearly (002 §1.4), recorded
 * by a party's authorised signatory, and its termination by a party's Data Protection Officer (002 §1.5).
 */
@Service
public class AgreementReviews {

    /** An agreement in force and where its review stands. */
    public record ReviewDue(Agreement agreement, ReviewSchedule.Status status) {
        /** The day the review falls due. */
        public java.time.LocalDate dueOn() {
            return status.dueOn();
        }

        /** The day has passed without the review. */
        public boolean overdue() {
            return status.standing() == ReviewSchedule.Standing.OVERDUE;
        }
    }

    private final AgreementStore store;
    private final AgreementAccess access;
    private final Agreements agreements;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;

    AgreementReviews(AgreementStore store, AgreementAccess access, Agreements agreements, CommandValidator validator, Ledger ledger,
                     Clock clock) {
        this.store = store;
        this.access = access;
        this.agreements = agreements;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The review standing of an agreement in force, or empty. */
    @Transactional(readOnly = true)
    public Optional<ReviewSchedule.Status> reviewStatus(Agreement agreement) {
        if (agreement.inForce().isEmpty() || agreement.firstEffectiveOn() == null) {
            return Optional.empty();
        }
        AgreementDocument terms = agreement.inForce().get().document();
        return Optional.of(ReviewSchedule.status(ReviewSchedule.agreed(terms.firstReviewMonths(), terms.reviewEveryMonths()), agreement.firstEffectiveOn(),
                agreement.reviews().stream().map(Agreement.Review::reviewedOn).toList(), UkCalendar.today(clock)));
    }

    /**
     * Reviews for the agreements in force that the actor's organisation is party to, soonest first: those
     * due or overdue, and those due within {@code withinDays}.
     */
    @Transactional(readOnly = true)
    public List<ReviewDue> reviewsFor(Actor actor, int withinDays) {
        return reviewsFor(actor.organisationId(), withinDays);
    }

    /** As {@link #reviewsFor(Actor, int)}, for an organisation: the compliance dashboard counts every party's. */
    @Transactional(readOnly = true)
    public List<ReviewDue> reviewsFor(UUID organisationId, int withinDays) {
        return store.agreements(store.idsWithParty(organisationId)).stream()
                .filter(a -> a.inForce().map(v -> v.document().partyIds().contains(organisationId)).orElse(false))
                .map(a -> reviewStatus(a).map(status -> new ReviewDue(a, status)))
                .flatMap(Optional::stream)
                .filter(due -> due.status().dueOrOverdue() || due.status().daysUntil() <= withinDays)
                .sorted(Comparator.comparing(due -> due.status().dueOn()))
                .toList();
    }

    @Transactional
    public Agreement review(Actor actor, UUID id, AgreementCommands.RecordReview command) {
        Agreement agreement = access.locked(actor, id);
        AgreementAccess.requireParty(actor, agreement);
        AgreementAccess.requireRole(actor, AgreementAccess.SIGNATORIES,
                "Only a party's Data Protection Officer or Caldicott Guardian records a review");
        validator.check(command);
        Agreement.Version active = agreement.inForce()
                .orElseThrow(() -> new ConflictException("status", "not-active", "Only an agreement in force is reviewed"));
        LocalDate reviewedOn = command.reviewedOn() == null ? UkCalendar.today(clock) : command.reviewedOn();
        if (reviewedOn.isBefore(active.effectiveFrom())) {
            throw InvalidRequestException.of("reviewedOn", "after-effective",
                    "The review date must be on or after the date this version took effect");
        }
        if (command.outcome() == ReviewOutcome.TERMINATE && (command.notes() == null || command.notes().isBlank())) {
            throw InvalidRequestException.of("notes", "required", "Enter why the review decided to terminate the agreement");
        }
        ReviewSchedule.Status status = reviewStatus(agreement).orElseThrow();
        Agreement.Review review = new Agreement.Review(UUID.randomUUID(), active.version(), status.cycle(), status.dueOn(),
                reviewedOn, command.outcome(), FormText.blankToNull(command.notes()), actor.userId(), actor.organisationId(), clock.instant());
        store.insertReview(id, review);
        ledger.record(AgreementEvents.reviewed(actor, id, review));
        switch (command.outcome()) {
            case AMEND -> agreements.startAmendment(actor, store.agreement(id).orElseThrow(), "review");
            case TERMINATE -> terminate(actor, store.agreement(id).orElseThrow(), "Terminated at review: " + command.notes().strip());
            case CONTINUE -> { }
        }
        return access.get(actor, id);
    }

    /** Ends the agreement: no new sharing under it; each party keeps what it holds as controller (002 §1.5). */
    @Transactional
    public Agreement terminate(Actor actor, UUID id, AgreementCommands.Terminate command) {
        Agreement agreement = access.locked(actor, id);
        AgreementAccess.requireParty(actor, agreement);
        AgreementAccess.requireRole(actor, Set.of(Role.DATA_PROTECTION_OFFICER), "Only a party's Data Protection Officer terminates an agreement");
        validator.check(command);
        terminate(actor, agreement, command.reason().strip());
        return access.get(actor, id);
    }

    private void terminate(Actor actor, Agreement agreement, String reason) {
        if (agreement.terminated()) {
            throw new ConflictException("status", "already-terminated", "The agreement is already terminated");
        }
        LocalDate today = UkCalendar.today(clock);
        String cut = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        List<Integer> ended = new ArrayList<>();
        for (Agreement.Version version : agreement.versions()) {
            if (version.status() == AgreementStatus.ACTIVE || version.pending()) {
                store.terminate(agreement.id(), version.version(), today, cut, actor.userId(), clock.instant());
                ended.add(version.version());
            }
        }
        if (ended.isEmpty()) {
            throw new ConflictException("status", "nothing-to-terminate", "No version of the agreement is in force or in progress");
        }
        ledger.record(AgreementEvents.terminated(actor, agreement.id(), ended, today));
    }
}
