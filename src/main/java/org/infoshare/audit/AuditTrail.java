package org.infoshare.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.infoshare.audit.rules.AuditVocabulary;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.ledger.LedgerQueries;
import org.infoshare.ledger.LedgerRecord;
import org.infoshare.shared.Actor;
import org.infoshare.shared.UkCalendar;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.Violation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation's audit trail: its ledger entries, newest first, with who did each thing by name and
 * what it was in plain English. Only the caller's own organisation's entries are ever read.
 */
@Component
class AuditTrail {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    static final String PLATFORM = "the platform";

    private final LedgerQueries ledger;
    private final DirectoryLookup directory;
    private final AuditPeople people;
    private final Clock clock;

    AuditTrail(LedgerQueries ledger, DirectoryLookup directory, AuditPeople people, Clock clock) {
        this.ledger = ledger;
        this.directory = directory;
        this.people = people;
        this.clock = clock;
    }

    /** Sign-ins, folded away unless asked for: they would bury everything else. */
    static final List<String> SIGN_INS = List.of("access.signed-in", "access.second-step");

    /**
     * What to read from the trail.
     *
     * @param action  only actions whose code starts with this; null or empty for all
     * @param from    the first UK day to include, or null
     * @param to      the last UK day to include, or null
     * @param staff   only what this member of staff did, or null
     * @param person  only entries about this person or their decisions, disclosures and consent, or null
     * @param signIns whether to include sign-ins (always, when the action asked for is a sign-in)
     * @param offset  how many of the newest matching entries to skip
     * @param limit   at most this many; above {@link #MAX_LIMIT} is capped
     */
    record TrailQuery(String action, LocalDate from, LocalDate to, UUID staff, UUID person, boolean signIns, int offset, int limit) {
        TrailQuery(String action, LocalDate from, LocalDate to, int offset, int limit) {
            this(action, from, to, null, null, true, offset, limit);
        }
    }

    /** One entry as an auditor reads it; {@code sentence} says it in words and names ("Sam Okafor opened a disclosure about Jamie Green"). */
    record AuditEntry(
            long id,
            Instant recordedAt,
            String action,
            String description,
            String sentence,
            UUID actorId,
            String actorName,
            String subjectType,
            String subjectId,
            String recordType,
            String recordName,
            Map<String, String> details) {
    }

    /** A page of the trail; {@code hasMore} when older entries match beyond it. */
    record TrailPage(List<AuditEntry> entries, int offset, int limit, boolean hasMore) {
    }

    @Transactional(readOnly = true)
    public TrailPage trail(Actor actor, TrailQuery query) {
        List<Violation> problems = new ArrayList<>();
        String action = query.action() == null ? "" : query.action().strip();
        if (!AuditVocabulary.ACTION_PREFIX.matcher(action).matches()) {
            problems.add(new Violation("action", "action-prefix",
                    "The kind of action must be the start of an action code, such as directory.user."));
        }
        if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
            problems.add(new Violation("to", "date-order", "The date to must be the same as or after the date from"));
        }
        if (query.offset() < 0) {
            problems.add(new Violation("offset", "min", "Offset must be 0 or more"));
        }
        if (query.limit() < 1) {
            problems.add(new Violation("limit", "min", "Limit must be 1 or more"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        int limit = Math.min(query.limit(), MAX_LIMIT);
        Instant from = query.from() == null ? null : query.from().atStartOfDay(UkCalendar.ZONE).toInstant();
        Instant to = query.to() == null ? null : query.to().plusDays(1).atStartOfDay(UkCalendar.ZONE).toInstant();
        Set<String> about = query.person() == null ? null : people.recordsAbout(actor, query.person());
        List<String> excluded = query.signIns() || action.startsWith("access.") ? List.of() : SIGN_INS;
        List<LedgerRecord> records = ledger.forOrganisation(actor.organisationId(),
                new LedgerQueries.Narrowing(action, from, to, query.staff(), about, excluded), query.offset(), limit + 1);
        boolean hasMore = records.size() > limit;
        List<LedgerRecord> shown = hasMore ? records.subList(0, limit) : records;
        Map<String, String> personNames = query.person() == null ? people.named(actor, shown)
                : people.allAbout(actor, query.person(), shown);
        return new TrailPage(describe(shown, personNames), query.offset(), limit, hasMore);
    }

    /** The newest entry of the organisation's with this exact action, if any. */
    @Transactional(readOnly = true)
    public Optional<AuditEntry> latest(Actor actor, String action) {
        return ledger.forOrganisation(actor.organisationId(), action, null, null, 0, 20).stream()
                .filter(record -> record.action().equals(action))
                .findFirst()
                .map(record -> describe(List.of(record), Map.of()).get(0));
    }

    LocalDate today() {
        return UkCalendar.today(clock);
    }

    private List<AuditEntry> describe(List<LedgerRecord> records, Map<String, String> personNames) {
        Set<UUID> named = new HashSet<>();
        for (LedgerRecord record : records) {
            named.add(record.actorId());
            uuid(record.details().getOrDefault("team", "")).ifPresent(named::add);
            uuid(record.details().getOrDefault("recipient", "")).ifPresent(named::add);
            Optional<UUID> subject = uuid(record.subjectId());
            if (subject.isPresent() && Set.of("user", "team").contains(record.subjectType())) {
                named.add(subject.get());
            }
        }
        Map<UUID, String> names = directory.names(named);
        return records.stream().map(record -> new AuditEntry(
                record.id(),
                record.recordedAt(),
                record.action(),
                AuditVocabulary.describe(record.action()),
                sentence(record, names, personNames.get(record.subjectId())),
                record.actorId(),
                record.actorId() == null ? PLATFORM : names.getOrDefault(record.actorId(), "Unknown account " + record.actorId()),
                record.subjectType(),
                record.subjectId(),
                AuditVocabulary.recordType(record.subjectType()),
                uuid(record.subjectId()).map(names::get).orElse(null),
                record.details())).toList();
    }

    /**
     * The entry in words: who, what, about whom and to whom, from names only. An action nobody has described yet
     * keeps its code, so that nothing is hidden.
     */
    static String sentence(LedgerRecord record, Map<UUID, String> names, String person) {
        String who = record.actorId() == null ? "The platform" : names.getOrDefault(record.actorId(), "An account no longer in the directory");
        String what = AuditVocabulary.describe(record.action());
        StringBuilder text = new StringBuilder(who).append(' ');
        text.append(AuditVocabulary.isDescribed(record.action()) ? Character.toLowerCase(what.charAt(0)) + what.substring(1) : what);
        if (person != null) {
            text.append("subject".equals(record.subjectType()) ? ": " : " about ").append(person);
        }
        Optional<String> to = uuid(record.details().getOrDefault("team", "")).map(names::get)
                .or(() -> uuid(record.details().getOrDefault("recipient", "")).map(names::get));
        if ("delivery.disclosure.sent".equals(record.action()) && to.isPresent()) {
            text.append(" to ").append(to.get());
        }
        uuid(record.subjectId()).filter(id -> Set.of("user", "team").contains(record.subjectType())).map(names::get)
                .ifPresent(name -> text.append(": ").append(name));
        return text.toString();
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
