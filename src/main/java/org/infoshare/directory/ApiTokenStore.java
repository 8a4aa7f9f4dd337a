package org.infoshare.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The directory's SQL for API tokens: only a keyed hash of each token is stored, never the token. */
@Repository
class ApiTokenStore {

    private final JdbcClient jdbc;

    ApiTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- API tokens ------------------------------------------------------------------------------------

    record TokenRow(UUID id, UUID userId, String name, Instant createdAt, Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {
    }

    void insertToken(UUID id, UUID userId, String name, byte[] tokenHash, Instant now, Instant expiresAt) {
        jdbc.sql("""
                        insert into api_token (id, user_id, name, token_hash, created_at, expires_at)
                        values (:id, :user, :name, :hash, :now, :expires)""")
                .param("id", id).param("user", userId).param("name", name.strip()).param("hash", tokenHash)
                .param("now", DirectoryStore.timestamp(now)).param("expires", DirectoryStore.timestamp(expiresAt))
                .update();
    }

    List<TokenRow> tokensOf(UUID userId) {
        return jdbc.sql("select * from api_token where user_id = :user order by created_at desc")
                .param("user", userId).query(ApiTokenStore::tokenRow).list();
    }

    Optional<TokenRow> token(UUID id) {
        return jdbc.sql("select * from api_token where id = :id").param("id", id).query(ApiTokenStore::tokenRow).optional();
    }

    boolean revokeToken(UUID id, Instant now) {
        return jdbc.sql("update api_token set revoked_at = :now where id = :id and revoked_at is null")
                .param("id", id).param("now", DirectoryStore.timestamp(now)).update() > 0;
    }

    /** The user behind a live token; touches last_used_at at most once a minute to spare writes. */
    void used(UUID id, Instant now) {
        jdbc.sql("update api_token set last_used_at = :now where id = :id").param("id", id).param("now", DirectoryStore.timestamp(now)).update();
    }

    private static TokenRow tokenRow(ResultSet rs, int row) throws SQLException {
        return new TokenRow(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class), rs.getString("name"),
                DirectoryStore.instant(rs, "created_at"), DirectoryStore.instant(rs, "expires_at"),
                DirectoryStore.instant(rs, "revoked_at"), DirectoryStore.instant(rs, "last_used_at"));
    }
}
