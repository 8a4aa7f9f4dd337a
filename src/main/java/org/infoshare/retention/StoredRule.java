package org.infoshare.retention;

import java.time.Instant;
import java.util.UUID;

import org.infoshare.retention.rules.RetentionRule;

/**
 * A retention rule as the organisation set it: one version, for one kind of record, for all its records or only
 * for one agreement's data.
 *
 * @param replacedAt when a newer version replaced it; null for the rule in force
 */
public record StoredRule(UUID id, UUID organisationId, UUID agreementId, int version, RetentionRule rule, Instant madeAt, UUID madeBy,
                         Instant replacedAt) {

    public String describe() {
        return rule.describe();
    }
}
