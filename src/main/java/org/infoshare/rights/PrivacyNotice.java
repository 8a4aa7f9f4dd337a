package org.infoshare.rights;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One version of an organisation's privacy notice (000 §7; 002 §3.1): a public document, never edited. */
public record PrivacyNotice(UUID id, UUID organisationId, int version, String title, String body, LocalDate publishedOn,
                            Instant recordedAt, UUID recordedBy) {
}
