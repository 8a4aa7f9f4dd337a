package org.infoshare.rights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.infoshare.rights.rules.InformMethod;
import org.infoshare.rights.rules.NotToldReason;

/**
 * Whether a person was told that their information was shared (002 §3.1): when, how and under which version of
 * the privacy notice, or the recorded reason they were not.
 *
 * @param disclosureId the share it is about, or null for telling them in general
 * @param noticeVersion the version of the privacy notice they were given or told about
 */
public record PersonInformed(UUID id, UUID organisationId, UUID subjectId, UUID disclosureId, boolean told, LocalDate toldOn,
                             InformMethod method, UUID noticeId, Integer noticeVersion, NotToldReason reason, String note,
                             Instant recordedAt, UUID recordedBy) {
}
