package org.infoshare.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.infoshare.crypto.CheckpointSigner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signed checkpoints: a signature over the chain's head (position and hash). Someone able to rewrite the
 * whole chain in the database still cannot produce a matching signature without the deployment's key.
 */
@Component
public class LedgerCheckpoints {

    private static final long CHECKPOINT_LOCK = 0x1ed6e5L + 1;
    private static final byte[] DOMAIN = "infoshare-ledger-checkpoint-v1".getBytes(StandardCharsets.US_ASCII);

    private final JdbcClient jdbc;
    private final CheckpointSigner signer;
    private final Clock clock;

    LedgerCheckpoints(JdbcClient jdbc, CheckpointSigner signer, Clock clock) {
        this.jdbc = jdbc;
        this.signer = signer;
        this.clock = clock;
    }

    public record Checkpoint(long id, long chainSeq, byte[] chainHash, Instant signedAt, byte[] signature) {
    }

    /** Signs the current head if it moved since the last checkpoint. */
    @Transactional
    public Optional<Checkpoint> checkpoint() {
        Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", CHECKPOINT_LOCK)
                .query(Boolean.class).single();
        if (!Boolean.TRUE.equals(locked)) {
            return Optional.empty();
        }
        record Head(long seq, byte[] hash) {
        }
        Optional<Head> head = jdbc.sql("select seq, chain_hash from ledger_chain order by seq desc limit 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getBytes(2))).optional();
        long lastSigned = jdbc.sql("select coalesce(max(chain_seq), 0) from ledger_checkpoint").query(Long.class).single();
        if (head.isEmpty() || head.get().seq() <= lastSigned) {
            return Optional.empty();
        }
        Instant signedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        byte[] signature = signer.sign(signedBytes(head.get().seq(), head.get().hash(), signedAt));
        long id = jdbc.sql("""
                        insert into ledger_checkpoint (chain_seq, chain_hash, signed_at, signature)
                        values (:seq, :hash, :signedAt, :signature) returning id""")
                .param("seq", head.get().seq())
                .param("hash", head.get().hash())
                .param("signedAt", OffsetDateTime.ofInstant(signedAt, ZoneOffset.UTC))
                .param("signature", signature)
                .query(Long.class).single();
        return Optional.of(new Checkpoint(id, head.get().seq(), head.get().hash(), signedAt, signature));
    }

    List<Checkpoint> all() {
        return jdbc.sql("select id, chain_seq, chain_hash, signed_at, signature from ledger_checkpoint order by chain_seq, id")
                .query((rs, n) -> new Checkpoint(rs.getLong(1), rs.getLong(2), rs.getBytes(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getBytes(5)))
                .list();
    }

    boolean signatureHolds(Checkpoint checkpoint) {
        return signer.verify(signedBytes(checkpoint.chainSeq(), checkpoint.chainHash(), checkpoint.signedAt()),
                checkpoint.signature());
    }

    private static byte[] signedBytes(long seq, byte[] chainHash, Instant signedAt) {
        return ByteBuffer.allocate(DOMAIN.length + 8 + chainHash.length + 8)
                .put(DOMAIN)
                .putLong(seq)
                .put(chainHash)
                .putLong(ChronoUnit.MICROS.between(Instant.EPOCH, signedAt))
                .array();
    }
}
