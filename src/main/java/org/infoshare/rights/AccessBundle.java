package org.infoshare.rights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.infoshare.rights.rules.Exemption;
import org.infoshare.rights.rules.ReleaseMethod;

/**
 * Where a subject access bundle stands: drafted from what is held, approved by the Data Protection Officer (its
 * content fixed and its digest ledgered), then released to the person.
 *
 * @param sha256 the SHA-256 of the released bundle's JSON, in hex, once approved
 */
public record AccessBundle(UUID id, UUID requestId, UUID organisationId, UUID subjectId, Status status, Integer itemCount,
                           Integer withheldCount, List<Exemption> exemptions, String sha256, Instant preparedAt, UUID preparedBy,
                           Instant approvedAt, UUID approvedBy, LocalDate releasedOn, ReleaseMethod releaseMethod, Instant releasedAt,
                           UUID releasedBy) {

    public AccessBundle {
        exemptions = List.copyOf(exemptions);
    }

    public enum Status { DRAFT, APPROVED, RELEASED }
}
