package org.infoshare.directory;

import java.util.UUID;

/** A team inside one organisation: the unit that shares are addressed to and that managers oversee. */
public record Team(UUID id, UUID organisationId, String name, String description) {
}
