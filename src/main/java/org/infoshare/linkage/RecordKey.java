package org.infoshare.linkage;

import java.util.UUID;

/**
 * A record as the hub knows it: the organisation holding it and that organisation's reference for it (its own
 * case reference, or the agreement key's pseudonym of it). Identifying the person means that organisation
 * looking the reference up.
 */
public record RecordKey(UUID organisationId, String ref) {
}
