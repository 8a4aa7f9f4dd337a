package org.infoshare.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.infoshare.ledger.rules.ChainBreak;
import org.infoshare.ledger.rules.ChainWalk;
import org.infoshare.ledger.rules.ChainedEntry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the whole ledger from the database, streaming, and names the first entry or checkpoint that does
 * not prove itself: an altered, missing, reordered or inserted entry, a rewritten history, a truncation.
 */
@Component
public class LedgerVerifier {

    private final JdbcTemplate jdbc;
    private final LedgerCheckpoints checkpoints;
    private final Clock clock;

    LedgerVerifier(JdbcTemplate jdbc, LedgerCheckpoints checkpoints, Clock clock) {
        this.jdbc = jdbc;
        this.checkpoints = checkpoints;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public VerificationReport verify() {
        long started = System.nanoTime();
        List<LedgerCheckpoints.Checkpoint> signed = checkpoints.all();
        Set<Long> checkpointSeqs = new HashSet<>();
        signed.forEach(c -> checkpointSeqs.add(c.chainSeq()));
        ChainWalk walk = new ChainWalk(checkpointSeqs);

        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(10_000);
        try {
            streaming.query("""
                    select c.seq, c.prev_hash, c.chain_hash, c.entry_id, e.id is not null,
                           (extract(epoch from e.recorded_at) * 1000000)::bigint,
                           e.action, e.actor_id, e.organisation_id, e.subject_type, e.subject_id, e.details, e.entry_hash
                    from ledger_chain c left join ledger_entry e on e.id = c.entry_id
                    order by c.seq""", (RowCallbackHandler) rs -> {
                if (!walk.accept(position(rs))) {
                    throw new StopWalking();
                }
            });
        } catch (StopWalking stopped) {
            // the first break is in the walk; nothing after it proves anything
        }

        ChainBreak firstBreak = walk.firstBreak().orElse(null);
        int checkpointsVerified = 0;
        Instant latestCheckpoint = null;
        if (firstBreak == null) {
            for (LedgerCheckpoints.Checkpoint checkpoint : signed) {
                if (!checkpoints.signatureHolds(checkpoint)) {
                    firstBreak = checkpointBreak(ChainBreak.Kind.CHECKPOINT_SIGNATURE_INVALID, checkpoint,
                            "Checkpoint " + checkpoint.id() + " at position " + checkpoint.chainSeq() + " has an invalid signature");
                    break;
                }
                if (checkpoint.chainSeq() > walk.head()) {
                    firstBreak = checkpointBreak(ChainBreak.Kind.TRUNCATED, checkpoint,
                            "Checkpoint " + checkpoint.id() + " was signed at position " + checkpoint.chainSeq()
                                    + " but the chain ends at " + walk.head());
                    break;
                }
                byte[] actual = walk.hashAt(checkpoint.chainSeq()).orElse(null);
                if (!Arrays.equals(actual, checkpoint.chainHash())) {
                    firstBreak = checkpointBreak(ChainBreak.Kind.CHECKPOINT_MISMATCH, checkpoint,
                            "The chain at position " + checkpoint.chainSeq() + " no longer matches checkpoint " + checkpoint.id());
                    break;
                }
                checkpointsVerified++;
                latestCheckpoint = checkpoint.signedAt();
            }
        }

        long awaiting = count("select count(*) from ledger_pending");
        if (firstBreak == null) {
            firstBreak = unchainedEntry(walk.verified() + awaiting);
        }
        return new VerificationReport(firstBreak == null, walk.verified(), walk.head(), walk.headHash(),
                checkpointsVerified, latestCheckpoint, awaiting, firstBreak, clock.instant(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** Every entry must be either in the chain or waiting to join it; anything else was slipped in. */
    private ChainBreak unchainedEntry(long accountedFor) {
        long entries = count("select count(*) from ledger_entry");
        if (entries == accountedFor) {
            return null;
        }
        Long stray = jdbc.query("""
                select min(e.id) from ledger_entry e
                where not exists (select 1 from ledger_chain c where c.entry_id = e.id)
                  and not exists (select 1 from ledger_pending p where p.entry_id = e.id)""",
                rs -> rs.next() ? (Long) rs.getObject(1) : null);
        if (stray == null) {
            return new ChainBreak(ChainBreak.Kind.UNCHAINED_ENTRY, 0, null,
                    "The ledger holds " + entries + " entries but only " + accountedFor + " are accounted for");
        }
        return new ChainBreak(ChainBreak.Kind.UNCHAINED_ENTRY, 0, stray, "Entry " + stray + " is in the ledger but not in the chain");
    }

    private long count(String sql) {
        Long value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }

    private static ChainBreak checkpointBreak(ChainBreak.Kind kind, LedgerCheckpoints.Checkpoint checkpoint, String explanation) {
        return new ChainBreak(kind, checkpoint.chainSeq(), null, explanation);
    }

    private static ChainedEntry position(ResultSet rs) throws SQLException {
        boolean present = rs.getBoolean(5);
        return new ChainedEntry(
                rs.getLong(1), rs.getBytes(2), rs.getBytes(3), rs.getLong(4), present,
                present ? rs.getLong(6) : 0,
                rs.getString(7),
                (UUID) rs.getObject(8),
                (UUID) rs.getObject(9),
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getBytes(13));
    }

    private static final class StopWalking extends RuntimeException {
        StopWalking() {
            super(null, null, false, false);
        }
    }
}
