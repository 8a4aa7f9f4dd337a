package org.infoshare.subject;

import java.time.Instant;
import java.util.UUID;

/**
 * One recorded reason to look at a person's records, and how long it lets the member of staff look.
 *
 * @param until the end of the access it gives; after that they need their team to be involved, or a new reason
 */
public record BrokenGlass(UUID id, UUID organisationId, UUID subjectId, String subjectReference, String subjectName, UUID userId,
                          BreakGlassReason reason, String explanation, Instant openedAt, Instant until) {
}
