package org.infoshare.directory;

import java.time.Instant;
import java.util.UUID;

/** An API token as its owner and administrators see it: never the secret itself, which is shown once. */
public record ApiToken(UUID id, UUID userId, String name, Instant createdAt, Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {

    public boolean liveAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
