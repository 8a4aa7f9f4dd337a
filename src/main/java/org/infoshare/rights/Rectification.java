package org.infoshare.rights;

import java.time.Instant;
import java.util.UUID;

/**
 * One correction of a held record (UK GDPR Art 16): what it said, what it says now, and why, kept so the history
 * shows what changed.
 *
 * @param requestId       the rights request it answers, if any
 * @param qualityReportId the reported inaccuracy it answers, if any
 */
public record Rectification(UUID id, UUID organisationId, UUID subjectId, UUID requestId, UUID qualityReportId, Target target,
                            UUID disclosureId, String itemCode, String before, String after, String why, Instant madeAt, UUID madeBy) {

    /** What was corrected. */
    public enum Target {
        PERSON_NAME("Name"),
        PERSON_DATE_OF_BIRTH("Date of birth"),
        DISCLOSED_ITEM("Item shared");

        private final String label;

        Target(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
