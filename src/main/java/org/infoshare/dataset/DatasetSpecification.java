package org.infoshare.dataset;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.infoshare.dataset.rules.ColumnSpec;

/** How a sender's datasets under one agreement reach one recipient: the columns and the team with a need to know. */
public record DatasetSpecification(
        UUID id,
        UUID agreementId,
        UUID senderOrganisationId,
        UUID recipientOrganisationId,
        UUID recipientTeamId,
        List<ColumnSpec> columns,
        int version,
        Instant updatedAt) {

    public DatasetSpecification {
        columns = List.copyOf(columns);
    }
}
