package org.infoshare.subject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.infoshare.ledger.Ledger;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListCodes;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.ForbiddenException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.rules.NeedToKnow;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Break glass" (ADR 0048): a member of staff who works with cases records why they need to look at the records of a
 * person of their organisation whom neither they nor their team work with. It lets them see that person's records for
 * {@link #ACCESS} and no longer; the reason is kept, in the ledger and for the Data Protection Officer, who sees every
 * one.
 */
@Service
public class BreakGlass {

    /** How long a recorded reason lets someone look: a working day and its handover. */
    public static final Duration ACCESS = Duration.ofHours(24);
    /** The reasons the log narrows by, with the words the page uses for them. */
    public static final Map<String, String> REASONS = ListCodes.of(BreakGlassReason::label, BreakGlassReason.values());
    private static final UUID NOBODY = new UUID(0, 0);
    /** Long enough to say what happened; a word or two does not tell the DPO why. */
    static final int MIN_EXPLANATION = 10;

    private final SubjectStore subjects;
    private final CaseStore cases;
    private final SubjectAccess access;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;

    BreakGlass(SubjectStore subjects, CaseStore cases, SubjectAccess access, CommandValidator validator, Ledger ledger, Clock clock) {
        this.subjects = subjects;
        this.cases = cases;
        this.access = access;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** What breaking glass gave: the person, and until when. */
    public record Opened(BrokenGlass record, Subject subject) {
    }

    @Transactional
    public Opened open(Actor actor, BreakGlassCommand command) {
        if (!NeedToKnow.mayBreakGlass(NeedToKnow.Reader.of(actor))) {
            throw new ForbiddenException("Only practitioners and managers record a reason to look at someone's records; "
                    + "the Data Protection Officer, Caldicott Guardian and auditors already see them");
        }
        validator.check(command);
        if (command.explanation().strip().length() < MIN_EXPLANATION) {
            throw InvalidRequestException.of("explanation", "min-length",
                    "Explain in at least " + MIN_EXPLANATION + " characters why you need to look at their records now");
        }
        Subject subject = subjects.byReference(actor.organisationId(), command.reference().strip())
                .orElseThrow(() -> InvalidRequestException.of("reference", "known-reference",
                        "Nobody in your organisation's records has this reference"));
        if (access.mayView(actor, subject.id())) {
            throw new ConflictException("reference", "already-visible", "You can already see this person's records: there is no need to break glass");
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Instant until = now.plus(ACCESS);
        cases.insertBreakGlass(id, actor.organisationId(), subject.id(), actor.userId(), command.reason(), command.explanation().strip(), now, until);
        ledger.record(SubjectEvents.brokeGlass(actor, subject.id(), id, command.reason(), until));
        return new Opened(new BrokenGlass(id, actor.organisationId(), subject.id(), subject.reference(), subject.name(), actor.userId(),
                command.reason(), command.explanation().strip(), now, until), subject);
    }

    /**
     * One page of the reasons recorded in the organisation, newest first: for those who oversee need to know, who see
     * every one. Narrowed to one person (the organisation's reference for them), a reason (as status) and the days
     * opened (ADR 0017).
     */
    @Transactional(readOnly = true)
    public Page<BrokenGlass> log(Actor actor, ListFilter filter, PageRequest request) {
        if (actor.roles().stream().noneMatch(NeedToKnow.OVERSEERS::contains)) {
            throw new ForbiddenException("Only the Data Protection Officer, the Caldicott Guardian and auditors see the reasons recorded");
        }
        String reason = ListCodes.checked(filter.status(), REASONS, "status", "Reason");
        UUID subject = filter.person() == null ? null
                : subjects.byReference(actor.organisationId(), filter.person()).map(Subject::id).orElse(NOBODY);
        return cases.breakGlass(actor.organisationId(), subject, reason, filter, request);
    }
}
