package org.infoshare.audit;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.infoshare.consent.ConsentRecord;
import org.infoshare.consent.ConsentRegister;
import org.infoshare.decision.RecordedDecision;
import org.infoshare.decision.SharingDecisions;
import org.infoshare.ledger.LedgerQueries;
import org.infoshare.ledger.LedgerRecord;
import org.infoshare.shared.Actor;
import org.infoshare.subject.Subject;
import org.infoshare.subject.Subjects;
import org.springframework.stereotype.Component;

/**
 * The people an audit trail is about: the records about one person (them, their decisions, the disclosures sent
 * under those decisions and their consent), and the names the trail shows. Names are read from the organisation's
 * records as the page is drawn; the ledger holds only ids.
 */
@Component
class AuditPeople {

    private final Subjects subjects;
    private final SharingDecisions decisions;
    private final ConsentRegister consents;
    private final LedgerQueries ledger;

    AuditPeople(Subjects subjects, SharingDecisions decisions, ConsentRegister consents, LedgerQueries ledger) {
        this.subjects = subjects;
        this.decisions = decisions;
        this.consents = consents;
        this.ledger = ledger;
    }

    /** One of the organisation's people by its reference for them, if the caller may see them. */
    Optional<Subject> byReference(Actor actor, String reference) {
        return subjects.byReference(actor, reference == null ? null : reference.strip());
    }

    /** The ids of every record about the person that the organisation's trail can hold. */
    Set<String> recordsAbout(Actor actor, UUID person) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(person.toString());
        List<String> decided = decisions.forSubject(actor, person).stream().map(RecordedDecision::id).map(UUID::toString).toList();
        ids.addAll(decided);
        ids.addAll(ledger.recordsNamedIn(actor.organisationId(), "delivery.disclosure.sent", "decision", decided));
        consents.forSubject(actor, person).stream().map(ConsentRecord::id).map(UUID::toString).forEach(ids::add);
        return ids;
    }

    /** Every entry shown is about the one person filtered by. */
    Map<String, String> allAbout(Actor actor, UUID person, List<LedgerRecord> records) {
        String name = subjects.subject(actor, person).name();
        Map<String, String> names = new HashMap<>();
        records.forEach(record -> names.put(record.subjectId(), name));
        return names;
    }

    /** The names of the people the entries are directly about. */
    Map<String, String> named(Actor actor, List<LedgerRecord> records) {
        Map<String, String> names = new HashMap<>();
        for (LedgerRecord record : records) {
            if ("subject".equals(record.subjectType()) && !names.containsKey(record.subjectId())) {
                try {
                    subjects.find(UUID.fromString(record.subjectId())).filter(s -> actor.belongsTo(s.organisationId()))
                            .ifPresent(s -> names.put(record.subjectId(), s.name()));
                } catch (IllegalArgumentException notAnId) {
                    // not a person's id: nothing to name
                }
            }
        }
        return names;
    }
}
