package org.infoshare.dataset;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.infoshare.dataset.rules.ColumnMode;
import org.infoshare.dataset.rules.ValueType;

/**
 * One upload and, when published, the dataset it became.
 *
 * @param rowsRead  rows read from the file (before a refusal, or all of them)
 * @param rowCount  rows published; null unless published
 * @param columns   the published columns; empty unless published
 */
public record DatasetUpload(
        UUID id,
        UUID specificationId,
        UUID agreementId,
        int agreementVersion,
        UUID senderOrganisationId,
        UUID recipientOrganisationId,
        UUID recipientTeamId,
        UUID uploadedBy,
        DatasetFormat format,
        ColumnMode columnMode,
        UploadStatus status,
        int attempts,
        Instant receivedAt,
        Instant finishedAt,
        Long rowsRead,
        Long rowCount,
        List<PublishedColumn> columns,
        DatasetReport report) {

    public DatasetUpload {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    /** A published column: its name and data item, and whether its values are pseudonyms. */
    public record PublishedColumn(String name, String item, ValueType type, boolean pseudonymised) {
    }

    public boolean published() {
        return status == UploadStatus.PUBLISHED;
    }
}
