package org.infoshare.decision;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.infoshare.ledger.Ledger;
import org.infoshare.shared.Actor;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.shared.problem.Violation;
import org.infoshare.subject.Family;
import org.infoshare.subject.Subjects;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions about a family (003 'Who?'; 004 §1): one decision per member, each weighed on its own: one member's
 * consent does not cover another, and a child at risk is a reason to share what protects that child, not
 * everything about every adult. The members' decisions are recorded together, or none is.
 */
@Service
public class FamilyDecisions {

    /** Which answers belong to a member rather than to the family decision as a whole. */
    private static final Set<String> MEMBER_FIELDS = Set.of("subjectId", "ageYears", "deceased", "items", "consentId", "consentNotSoughtReason",
            "consentOverrideJustification", "adultCareNeeds", "adultAbuseOrNeglect", "adultUnableToProtect", "informPerson", "notInformReason");

    private final SharingDecisions decisions;
    private final DecisionStore store;
    private final Subjects subjects;
    private final CommandValidator validator;
    private final Ledger ledger;

    FamilyDecisions(SharingDecisions decisions, DecisionStore store, Subjects subjects, CommandValidator validator, Ledger ledger) {
        this.decisions = decisions;
        this.store = store;
        this.subjects = subjects;
        this.validator = validator;
        this.ledger = ledger;
    }

    /** The decisions about a family's members, recorded together. */
    public record FamilyDecision(UUID id, List<RecordedDecision> members) {
    }

    @Transactional
    public FamilyDecision decide(Actor actor, DecisionCommands.FamilyDecide command) {
        validator.check(command);
        Family family = subjects.family(actor, command.subjectId());
        List<Violation> violations = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < command.members().size(); i++) {
            UUID member = command.members().get(i).subjectId();
            if (!family.includes(member)) {
                violations.add(new Violation("members[" + i + "].subjectId", "family-member", "Choose someone linked to the family"));
            } else if (!seen.add(member)) {
                violations.add(new Violation("members[" + i + "].subjectId", "once", "Choose each family member once"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        UUID id = UUID.randomUUID();
        List<RecordedDecision> recorded = new ArrayList<>();
        Set<Violation> refused = new LinkedHashSet<>();
        for (int i = 0; i < command.members().size(); i++) {
            try {
                recorded.add(decisions.record(actor, command.decision(command.members().get(i)), null, null, null, id));
            } catch (InvalidRequestException e) {
                // Every member's problems at once; nothing is kept, as the transaction ends with the refusal.
                String prefix = "members[" + i + "].";
                e.violations().forEach(v -> refused.add(member(v) ? new Violation(prefix + v.field(), v.rule(), v.message()) : v));
            }
        }
        if (!refused.isEmpty()) {
            throw new InvalidRequestException(List.copyOf(refused));
        }
        ledger.record(DecisionEvents.familyRecorded(actor, id, SharingDecisions.ids(recorded), command.recipientOrganisationId()));
        return new FamilyDecision(id, recorded);
    }

    @Transactional(readOnly = true)
    public FamilyDecision family(Actor actor, UUID id) {
        List<RecordedDecision> members = decisions.visibleOnly(actor, store.forFamily(actor.organisationId(), id));
        if (members.isEmpty()) {
            throw new NotFoundException("Family decision");
        }
        return new FamilyDecision(id, members);
    }

    private static boolean member(Violation v) {
        String root = v.field().split("[.\\[]", 2)[0];
        return MEMBER_FIELDS.contains(root);
    }
}
