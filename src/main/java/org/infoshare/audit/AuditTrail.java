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
    private final Clock clock;

    AuditTrail(LedgerQueries ledger, DirectoryLookup directory, Clock clock) {
        this.ledger = ledger;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * What to read from the trail.
     *
     * @param action only actions whose code starts with this; null or empty for all
     * @param from   the first UK day to include, or null
     * @param to     the last UK day to include, or null
     * @param offset how many of the newest matching entries to skip
     * @param limit  at most this many; above {@link #MAX_LIMIT} is capped
     */
    record TrailQuery(String action, LocalDate from, LocalDate to, int offset, int limit) {
    }

    /** One entry as an auditor reads it. */
    record AuditEntry(
            long id,
            Instant recordedAt,
            String action,
            String description,
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
        List<LedgerRecord> records = ledger.forOrganisation(actor.organisationId(), action, from, to, query.offset(), limit + 1);
        boolean hasMore = records.size() > limit;
        List<LedgerRecord> shown = hasMore ? records.subList(0, limit) : records;
        return new TrailPage(describe(shown), query.offset(), limit, hasMore);
    }

    /** The newest entry of the organisation's with this exact action, if any. */
    @Transactional(readOnly = true)
    public Optional<AuditEntry> latest(Actor actor, String action) {
        return ledger.forOrganisation(actor.organisationId(), action, null, null, 0, 20).stream()
                .filter(record -> record.action().equals(action))
                .findFirst()
                .map(record -> describe(List.of(record)).get(0));
    }

    LocalDate today() {
        return UkCalendar.today(clock);
    }

    private List<AuditEntry> describe(List<LedgerRecord> records) {
        Set<UUID> named = new HashSet<>();
        for (LedgerRecord record : records) {
            named.add(record.actorId());
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
                record.actorId(),
                record.actorId() == null ? PLATFORM : names.getOrDefault(record.actorId(), "Unknown account " + record.actorId()),
                record.subjectType(),
                record.subjectId(),
                AuditVocabulary.recordType(record.subjectType()),
                uuid(record.subjectId()).map(names::get).orElse(null),
                record.details())).toList();
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
