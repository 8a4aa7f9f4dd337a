package org.infoshare.rights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One version of an organisation's privacy notice (000 §7; 002 §3.1): a public document, never edited.
 *
 * @param datasetSpecificationIds the datasets (systematic sharing) this version covers
 */
public record PrivacyNotice(UUID id, UUID organisationId, int version, String title, String body, LocalDate publishedOn,
                            List<UUID> datasetSpecificationIds, Instant recordedAt, UUID recordedBy) {

    public PrivacyNotice {
        datasetSpecificationIds = datasetSpecificationIds == null ? List.of() : List.copyOf(datasetSpecificationIds);
    }
}
