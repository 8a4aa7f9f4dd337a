package org.infoshare.retention;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.infoshare.retention.rules.RecordType;

/**
 * What a disposal run disposed of (002 §4.9): by kind of record, rule and method, how many; how many due records
 * were held back; how many keys were destroyed. No content, and no ids of the people concerned.
 *
 * @param sha256 the digest of the certificate's lines, also in the ledger
 */
public record DisposalCertificate(UUID runId, UUID organisationId, Trigger trigger, Instant startedAt, Instant finishedAt, UUID startedBy,
                                  List<Line> lines, int held, int keysDestroyed, String sha256) {

    public DisposalCertificate {
        lines = List.copyOf(lines);
    }

    /** Why the run happened. */
    public enum Trigger {
        SCHEDULED("Scheduled"), MANUAL("Started by the Data Protection Officer"), ERASURE("An erasure request");

        private final String label;

        Trigger(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** How a record was disposed of. */
    public enum Method {
        SHREDDED("Its key destroyed and its rows deleted"), DELETED("Deleted"), ANONYMISED("Kept anonymised (ids, dates and codes only)");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * @param ruleId   the rule version it went under; null for an erasure, or for consent withdrawn with no rule
     * @param rule     the rule in words, as it was
     */
    public record Line(RecordType recordType, UUID ruleId, Integer ruleVersion, String rule, Method method, long count) {
    }

    public long total() {
        return lines.stream().mapToLong(Line::count).sum();
    }
}
