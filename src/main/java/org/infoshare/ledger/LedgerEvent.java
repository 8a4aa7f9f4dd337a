package org.infoshare.ledger;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import org.infoshare.ledger.rules.GoneRecords;

/**
 * One state change to record.
 *
 * @param action         what happened, dotted and stable: {@code directory.user.revoked}
 * @param actorId        the user or partner system that did it; null for the platform itself
 * @param organisationId the organisation whose record changed (the data controller); null for partnership-wide records
 * @param subjectType    the kind of record: {@code user}, {@code organisation}, {@code decision}
 * @param subjectId      the record's id
 * @param details        references, codes, counts and digests that explain the change; never personal data in clear
 */
public record LedgerEvent(
        String action,
        UUID actorId,
        UUID organisationId,
        String subjectType,
        String subjectId,
        Map<String, String> details) {

    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");
    /**
     * Long enough for ids, codes and digests; too short for free text, which must not enter the ledger. The one longer
     * detail is a list of record ids ({@link GoneRecords}), which can hold nothing else.
     */
    public static final int MAX_DETAIL_LENGTH = 200;

    public LedgerEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        if (!ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("Ledger action must be dotted lower-case words: " + action);
        }
        details = details == null ? Map.of() : new TreeMap<>(details);
        details.forEach((key, value) -> {
            if (GoneRecords.KEY.equals(key)) {
                if (value == null || !GoneRecords.wellFormed(value)) {
                    throw new IllegalArgumentException("Ledger detail '" + key + "' must be a canonical list of record ids");
                }
            } else if (value == null || value.length() > MAX_DETAIL_LENGTH) {
                throw new IllegalArgumentException("Ledger detail '" + key + "' must be a short reference, code or digest");
            }
        });
        details = java.util.Collections.unmodifiableMap(details);
    }

    public static Builder of(String action, String subjectType, Object subjectId) {
        return new Builder(action, subjectType, String.valueOf(subjectId));
    }

    /** Reads better at call sites than the six-argument constructor. */
    public static final class Builder {
        private final String action;
        private final String subjectType;
        private final String subjectId;
        private UUID actorId;
        private UUID organisationId;
        private final Map<String, String> details = new TreeMap<>();

        private Builder(String action, String subjectType, String subjectId) {
            this.action = action;
            this.subjectType = subjectType;
            this.subjectId = subjectId;
        }

        public Builder actor(UUID actor) {
            this.actorId = actor;
            return this;
        }

        public Builder organisation(UUID organisation) {
            this.organisationId = organisation;
            return this;
        }

        /**
         * Lists the records of the subject's kind that the event leaves gone (ADR 0097), in the canonical form the
         * verifier replays: each is then taken as recorded gone at this entry, as by an entry of its own.
         */
        public Builder goneRecords(java.util.Collection<UUID> ids) {
            details.put(GoneRecords.KEY, GoneRecords.of(ids));
            return this;
        }

        public Builder detail(String key, Object value) {
            if (value != null) {
                details.put(key, String.valueOf(value));
            }
            return this;
        }

        public LedgerEvent build() {
            return new LedgerEvent(action, actorId, organisationId, subjectType, subjectId, details);
        }
    }
}
