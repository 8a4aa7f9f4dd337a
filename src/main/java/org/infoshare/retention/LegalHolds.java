package org.infoshare.retention;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.infoshare.ledger.Ledger;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListCodes;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.subject.Subjects;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal holds: a person (and everything about them), or one record, that must not be disposed of whatever its
 * retention says, for instance while a legal claim, a complaint or an inquiry needs it. The Data Protection Officer
 * places and lifts holds, each with a reason (sealed under the organisation's key); disposal runs skip what is held,
 * and so does an erasure.
 */
@Service
public class LegalHolds {

    /** A hold as the DPO sees it. */
    public record Hold(UUID id, UUID subjectId, org.infoshare.retention.rules.RecordType recordType, UUID recordId, String reason,
                       java.time.Instant placedAt, UUID placedBy, java.time.Instant liftedAt, UUID liftedBy, String liftReason) {
        public boolean active() {
            return liftedAt == null;
        }
    }

    private final RetentionStore store;
    private final Subjects subjects;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;

    LegalHolds(RetentionStore store, Subjects subjects, CommandValidator validator, Ledger ledger, Clock clock) {
        this.store = store;
        this.subjects = subjects;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional
    public Hold place(Actor actor, RetentionCommands.PlaceHold command) {
        RetentionRules.requireDpo(actor);
        validator.check(command);
        if (command.subjectId() == null && command.recordId() == null) {
            throw InvalidRequestException.of("subjectId", "required", "Select the person, or the record, to hold");
        }
        if ((command.recordType() == null) != (command.recordId() == null)) {
            throw InvalidRequestException.of("recordType", "required", "Select the kind of record and the record together");
        }
        if (command.subjectId() != null) {
            subjects.subject(actor, command.subjectId());
        }
        UUID id = UUID.randomUUID();
        store.placeHold(id, actor.organisationId(), command.subjectId(), command.recordType(), command.recordId(), command.reason().strip(),
                actor.userId(), clock.instant());
        ledger.record(RetentionEvents.event("hold.placed", "legal-hold", id, actor, actor.organisationId())
                .detail("subject", command.subjectId()).detail("recordType", command.recordType()).detail("record", command.recordId()).build());
        return hold(actor, id);
    }

    @Transactional
    public Hold lift(Actor actor, UUID id, RetentionCommands.LiftHold command) {
        RetentionRules.requireDpo(actor);
        hold(actor, id);
        validator.check(command);
        if (!store.liftHold(id, actor.organisationId(), command.reason().strip(), actor.userId(), clock.instant())) {
            throw new ConflictException("", "already-lifted", "This hold has already been lifted");
        }
        ledger.record(RetentionEvents.event("hold.lifted", "legal-hold", id, actor, actor.organisationId()).build());
        return hold(actor, id);
    }

    /** A hold's status as the list narrows by it, with the words the page uses. */
    public static final Map<String, String> STATUSES = ListCodes.labels("ACTIVE", "In place", "LIFTED", "Lifted");

    /** One page of the organisation's holds, the latest placed first, narrowed by status, person and the days placed (ADR 0017). */
    @Transactional(readOnly = true)
    public Page<Hold> holds(Actor actor, ListFilter filter, PageRequest request) {
        RetentionRules.requireDpo(actor);
        String status = ListCodes.checked(filter.status(), STATUSES, "status", "Status");
        return store.holds(actor.organisationId(), status, subjects.personFilter(actor, filter), filter, request).map(LegalHolds::view);
    }

    @Transactional(readOnly = true)
    public Hold hold(Actor actor, UUID id) {
        RetentionRules.requireDpo(actor);
        return store.hold(id).filter(h -> actor.belongsTo(h.organisationId())).map(LegalHolds::view).orElseThrow(() -> new NotFoundException("Hold"));
    }

    private static Hold view(RetentionStore.Hold h) {
        return new Hold(h.id(), h.subjectId(), h.recordType(), h.recordId(), h.reason(), h.placedAt(), h.placedBy(), h.liftedAt(), h.liftedBy(),
                h.liftReason());
    }
}
