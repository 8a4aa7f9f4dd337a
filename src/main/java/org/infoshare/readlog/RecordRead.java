package org.infoshare.readlog;

import java.time.Instant;
import java.util.UUID;

/**
 * One reading of one record.
 *
 * @param subjectId          the person the record is about, as its owner knows them (null when it is about nobody in particular)
 * @param ownerOrganisationId the organisation whose record was read
 */
public record RecordRead(long id, Instant readAt, UUID readerId, UUID readerOrganisationId, RecordKind kind, UUID recordId,
                         UUID subjectId, UUID ownerOrganisationId, ReadHow how) {
}
