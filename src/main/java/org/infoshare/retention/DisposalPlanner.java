package org.infoshare.retention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.infoshare.retention.rules.DisposalDate;
import org.infoshare.retention.rules.DisposalDates;
import org.infoshare.retention.rules.RecordFacts;
import org.infoshare.retention.rules.RecordType;
import org.infoshare.retention.rules.RetentionEvent;
import org.infoshare.retention.rules.RetentionRule;
import org.infoshare.subject.Subject;
import org.infoshare.subject.Subjects;
import org.springframework.stereotype.Component;

/**
 * Works out a disposal date for every record an organisation holds, from its retention rules (an agreement's own rule
 * before the organisation's) and the facts of each record, then holds each record back until the records that
 * depend on it are due (a disclosure before its decision, a decision before the consent it relied on, everything
 * about a person before the person), and marks held whatever a legal hold covers. Plain reads; nothing changes.
 */
@Component
class DisposalPlanner {

    /** One record and when it is due to go. */
    record Planned(RecordType type, UUID recordId, UUID subjectId, StoredRule rule, DisposalDate date) {
        boolean dueOn(LocalDate today) {
            return date.dueOn(today);
        }
    }

    private final DisposalFacts facts;
    private final RetentionStore store;
    private final Subjects subjects;

    DisposalPlanner(DisposalFacts facts, RetentionStore store, Subjects subjects) {
        this.facts = facts;
        this.store = store;
        this.subjects = subjects;
    }

    List<Planned> plan(UUID organisation, LocalDate today) {
        return plan(organisation, today, store.currentRules(organisation));
    }

    /** The plan under these rules (the rules in force, or others to compare with {@link DueRecords}). */
    List<Planned> plan(UUID organisation, LocalDate today, List<StoredRule> current) {
        Rules rules = new Rules(current);
        Map<UUID, Map.Entry<LocalDate, Boolean>> reviews = store.latestReviews(organisation);
        Set<UUID> heldSubjects = new HashSet<>();
        Set<UUID> heldRecords = new HashSet<>();
        for (RetentionStore.Hold hold : store.holds(organisation, true)) {
            if (hold.subjectId() != null && hold.recordId() == null) {
                heldSubjects.add(hold.subjectId());
            }
            if (hold.recordId() != null) {
                heldRecords.add(hold.recordId());
            }
        }
        Map<UUID, DisposalFacts.PersonRow> people = new HashMap<>();
        facts.people(organisation).forEach(p -> people.put(p.id(), p));
        List<Planned> plan = new ArrayList<>();
        Map<UUID, List<DisposalDate>> bySubject = new HashMap<>();
        Map<UUID, List<DisposalDate>> byDecision = new HashMap<>();
        Map<UUID, List<DisposalDate>> byConsent = new HashMap<>();

        for (DisposalFacts.DisclosureRow d : facts.disclosures(organisation)) {
            RecordFacts f = personEvents(people.get(d.subject()), Map.of(RetentionEvent.SENT, d.sent()))
                    .withConsentBasisWithdrawn(d.consentBasisWithdrawn());
            Planned p = planned(RecordType.DISCLOSURE, d.id(), d.subject(), rules.of(RecordType.DISCLOSURE, d.agreement()), f, reviews,
                    held(heldSubjects, heldRecords, d.subject(), d.id()));
            plan.add(p);
            bySubject.computeIfAbsent(d.subject(), k -> new ArrayList<>()).add(p.date());
            if (d.decision() != null) {
                byDecision.computeIfAbsent(d.decision(), k -> new ArrayList<>()).add(p.date());
            }
        }
        for (DisposalFacts.DecisionRow d : facts.decisions(organisation)) {
            RecordFacts f = personEvents(people.get(d.subject()), Map.of(RetentionEvent.DECISION_MADE, d.decided()));
            Planned own = planned(RecordType.SHARING_DECISION, d.id(), d.subject(), rules.of(RecordType.SHARING_DECISION, d.agreement()), f, reviews,
                    held(heldSubjects, heldRecords, d.subject(), d.id()));
            Planned p = withDate(own, DisposalDate.latest(own.date(), byDecision.getOrDefault(d.id(), List.of())));
            plan.add(p);
            bySubject.computeIfAbsent(d.subject(), k -> new ArrayList<>()).add(p.date());
            if (d.consent() != null) {
                byConsent.computeIfAbsent(d.consent(), k -> new ArrayList<>()).add(p.date());
            }
        }
        for (DisposalFacts.ConsentRow c : facts.consents(organisation)) {
            Map<RetentionEvent, LocalDate> events = new EnumMap<>(RetentionEvent.class);
            events.put(RetentionEvent.RECORDED, c.recorded());
            if (c.ended() != null) {
                events.put(RetentionEvent.CONSENT_ENDED, c.ended());
            }
            Planned own = planned(RecordType.CONSENT_RECORD, c.id(), c.subject(), rules.of(RecordType.CONSENT_RECORD, null),
                    personEvents(people.get(c.subject()), events), reviews, held(heldSubjects, heldRecords, c.subject(), c.id()));
            Planned p = withDate(own, DisposalDate.latest(own.date(), byConsent.getOrDefault(c.id(), List.of())));
            plan.add(p);
            bySubject.computeIfAbsent(c.subject(), k -> new ArrayList<>()).add(p.date());
        }
        Optional<StoredRule> personRule = rules.of(RecordType.PERSON, null);
        boolean needsBirth = personRule.map(r -> r.rule().event().needsAge()).orElse(false);
        for (DisposalFacts.PersonRow person : people.values()) {
            RecordFacts f = personEvents(person, Map.of(RetentionEvent.RECORDED, person.recorded()));
            if (needsBirth) {
                f = f.withDateOfBirth(subjects.find(person.id()).map(Subject::dateOfBirth).orElse(null));
            }
            Planned own = planned(RecordType.PERSON, person.id(), person.id(), personRule, f, reviews,
                    held(heldSubjects, heldRecords, person.id(), person.id()));
            plan.add(withDate(own, DisposalDate.latest(own.date(), bySubject.getOrDefault(person.id(), List.of()))));
        }
        for (DisposalFacts.DatasetRow d : facts.datasets(organisation)) {
            Map<RetentionEvent, LocalDate> events = new EnumMap<>(RetentionEvent.class);
            events.put(RetentionEvent.SENT, d.published());
            if (d.agreementEnded() != null) {
                events.put(RetentionEvent.AGREEMENT_ENDED, d.agreementEnded());
            }
            plan.add(planned(RecordType.DATASET, d.id(), null, rules.of(RecordType.DATASET, d.agreement()), RecordFacts.of(events), reviews,
                    heldRecords.contains(d.id())));
        }
        for (DisposalFacts.RequestRow r : facts.requests(organisation)) {
            Map<RetentionEvent, LocalDate> events = new EnumMap<>(RetentionEvent.class);
            if (r.closed() != null) {
                events.put(RetentionEvent.REQUEST_CLOSED, r.closed());
            }
            plan.add(planned(RecordType.RIGHTS_REQUEST, r.id(), r.subject(), rules.of(RecordType.RIGHTS_REQUEST, null), RecordFacts.of(events),
                    reviews, heldRecords.contains(r.id())));
        }
        for (DisposalFacts.WindowRow w : facts.readWindows(organisation)) {
            plan.add(planned(RecordType.READ_LOG, windowId(w.sealId()), null, rules.of(RecordType.READ_LOG, null),
                    RecordFacts.of(Map.of(RetentionEvent.READ, w.ended())), reviews, false));
        }
        return plan;
    }

    /** A read-log window's id as a record id. */
    static UUID windowId(long sealId) {
        return new UUID(0, sealId);
    }

    private static Planned planned(RecordType type, UUID id, UUID subject, Optional<StoredRule> rule, RecordFacts f,
                                   Map<UUID, Map.Entry<LocalDate, Boolean>> reviews, boolean held) {
        if (held) {
            return new Planned(type, id, subject, rule.orElse(null), DisposalDate.held("Held under a legal hold"));
        }
        Map.Entry<LocalDate, Boolean> review = reviews.get(id);
        if (review != null && !review.getValue()) {
            return new Planned(type, id, subject, rule.orElse(null), DisposalDate.disposeOn(review.getKey(), "Reviewed: not to be kept"));
        }
        if (rule.isEmpty()) {
            DisposalDate date = f.consentBasisWithdrawn() != null
                    ? DisposalDate.disposeOn(f.consentBasisWithdrawn(), "Consent, its only lawful basis, was withdrawn")
                    : DisposalDate.noRule("No retention rule for " + type.label().toLowerCase());
            return new Planned(type, id, subject, null, date);
        }
        RecordFacts reviewed = review == null ? f : f.withLastReviewed(review.getKey());
        return new Planned(type, id, subject, rule.get(), DisposalDates.of(rule.get().rule(), reviewed));
    }

    private static Planned withDate(Planned p, DisposalDate date) {
        return new Planned(p.type(), p.recordId(), p.subjectId(), p.rule(), date);
    }

    private static boolean held(Set<UUID> heldSubjects, Set<UUID> heldRecords, UUID subject, UUID record) {
        return heldSubjects.contains(subject) || heldRecords.contains(record);
    }

    /** A record's own events, with the person's case closure and last contact. */
    private static RecordFacts personEvents(DisposalFacts.PersonRow person, Map<RetentionEvent, LocalDate> own) {
        Map<RetentionEvent, LocalDate> events = new EnumMap<>(RetentionEvent.class);
        own.forEach((event, date) -> {
            if (date != null) {
                events.put(event, date);
            }
        });
        if (person != null && person.closed() != null) {
            events.put(RetentionEvent.CASE_CLOSED, person.closed());
        }
        if (person != null && person.lastContact() != null) {
            events.put(RetentionEvent.LAST_CONTACT, person.lastContact());
        }
        return RecordFacts.of(events);
    }

    /** The rules in force: an agreement's own rule for its data first, then the organisation's. */
    private record Rules(List<StoredRule> current) {
        Optional<StoredRule> of(RecordType type, UUID agreement) {
            if (agreement != null) {
                Optional<StoredRule> own = current.stream().filter(r -> r.rule().type() == type && agreement.equals(r.agreementId())).findFirst();
                if (own.isPresent()) {
                    return own;
                }
            }
            return current.stream().filter(r -> r.rule().type() == type && r.agreementId() == null).findFirst();
        }
    }
}
