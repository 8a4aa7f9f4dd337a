package org.infoshare.legal;

import java.time.Instant;
import java.util.UUID;

/**
 * A provision as the catalogue holds it: whether it shipped with infoshare, and in which catalogue version
 * it arrived.
 */
public record CatalogueEntry(LegalProvision provision, boolean builtIn, int addedInVersion, UUID addedBy, Instant addedAt) {
}
