package org.infoshare.ledger;

import java.sql.PreparedStatement;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.infoshare.ledger.rules.EntryHashes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links committed entries into the hash chain, in commit order, moments after they commit. Linking after
 * commit (rather than holding a chain lock until commit) lets concurrent transactions share PostgreSQL's
 * group commit; an entry is still written, hashed and made immutable inside its own transaction.
 * Several instances may share a database: one of them leads ({@link SequencerLeadership}) and links everyone's
 * entries, the others tell it when they commit some; each linking transaction also takes a transaction-scoped
 * advisory lock, so that links are only ever made one batch at a time, whoever makes them.
 */
@Component
public class LedgerSequencer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LedgerSequencer.class);
    private static final long CHAIN_LOCK = 0x1ed6e5L;
    private static final int BATCH = 5_000;
    private static final long LINGER_MILLIS = 100;
    /**
     * Every link deletes a queue row, and until the dead rows are vacuumed each batch's scan of the queue
     * visits them all again (autovacuum looks at most once a minute): at thousands of entries a second that
     * made finding a batch cost milliseconds. So the worker vacuums the queue after this many links.
     */
    private static final int VACUUM_AFTER = 2_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate transaction;
    private final boolean backgroundJobs;
    private final SequencerLeadership leadership;
    private final Object signal = new Object();
    private boolean nudged;
    /** Touched only by the worker thread: another instance leads and this one has entries for it. */
    private boolean tellLeader;
    private volatile boolean running;
    private Thread worker;
    /** Touched only by the worker thread. */
    private int linkedSinceVacuum;

    LedgerSequencer(JdbcClient jdbc, JdbcTemplate jdbcTemplate, PlatformTransactionManager transactions,
                    @Value("${infoshare.background-jobs:true}") boolean backgroundJobs) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.transaction = new TransactionTemplate(transactions);
        this.backgroundJobs = backgroundJobs;
        this.leadership = new SequencerLeadership(jdbcTemplate.getDataSource(), this::nudge);
    }

    /** Whether this instance is the one linking the chain now. */
    public boolean leading() {
        return leadership.leading();
    }

    void nudge() {
        synchronized (signal) {
            nudged = true;
            signal.notifyAll();
        }
    }

    /**
     * Links every entry committed before the call and waiting to be chained, waiting for any other sequencer
     * (this instance's background worker, or another instance's) that is linking at the same moment; returns
     * how many this call linked.
     */
    public int chainPending() {
        return chain(true, false);
    }

    /** @param worker the background worker's call, outside any transaction: it may vacuum the queue between batches */
    private int chain(boolean waitForLock, boolean worker) {
        int total = 0;
        while (true) {
            Integer linked = transaction.execute(status -> chainBatch(waitForLock));
            if (linked == null || linked <= 0) {
                return total;
            }
            total += linked;
            if (worker) {
                linkedSinceVacuum += linked;
                if (linkedSinceVacuum >= VACUUM_AFTER) {
                    linkedSinceVacuum = 0;
                    vacuumQueue();
                }
            }
        }
    }

    private int chainBatch(boolean waitForLock) {
        if (waitForLock) {
            jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", CHAIN_LOCK).query().singleRow();
        } else {
            Boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(:key)").param("key", CHAIN_LOCK)
                    .query(Boolean.class).single();
            if (!Boolean.TRUE.equals(locked)) {
                return -1;
            }
        }
        record Head(long seq, byte[] hash) {
        }
        Head head = jdbc.sql("select seq, chain_hash from ledger_chain order by seq desc limit 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getBytes(2)))
                .optional().orElse(new Head(0, EntryHashes.GENESIS));
        record Pending(long entryId, byte[] entryHash) {
        }
        List<Pending> pending = jdbc.sql("""
                        select e.id, e.entry_hash from ledger_pending p join ledger_entry e on e.id = p.entry_id
                        order by p.entry_id limit :limit""")
                .param("limit", BATCH)
                .query((rs, n) -> new Pending(rs.getLong(1), rs.getBytes(2)))
                .list();
        if (pending.isEmpty()) {
            return 0;
        }
        EntryHashes hashes = EntryHashes.forThisThread();
        int count = pending.size();
        Long[] seqs = new Long[count];
        Long[] ids = new Long[count];
        byte[][] previousHashes = new byte[count][];
        byte[][] chainHashes = new byte[count][];
        long seq = head.seq();
        byte[] previous = head.hash();
        for (int i = 0; i < count; i++) {
            Pending entry = pending.get(i);
            seq++;
            byte[] chainHash = hashes.chainHash(seq, previous, entry.entryId(), entry.entryHash());
            seqs[i] = seq;
            ids[i] = entry.entryId();
            previousHashes[i] = previous;
            chainHashes[i] = chainHash;
            previous = chainHash;
        }
        // One statement for the whole batch: far cheaper for PostgreSQL than one execution per link.
        jdbcTemplate.execute((ConnectionCallback<Integer>) connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into ledger_chain (seq, entry_id, prev_hash, chain_hash)
                    select * from unnest(?::bigint[], ?::bigint[], ?::bytea[], ?::bytea[])""")) {
                insert.setArray(1, connection.createArrayOf("bigint", seqs));
                insert.setArray(2, connection.createArrayOf("bigint", ids));
                insert.setArray(3, connection.createArrayOf("bytea", previousHashes));
                insert.setArray(4, connection.createArrayOf("bytea", chainHashes));
                return insert.executeUpdate();
            }
        });
        jdbc.sql("delete from ledger_pending where entry_id = any(:ids)")
                .param("ids", ids)
                .update();
        return count;
    }

    @Override
    public void start() {
        running = true;
        if (!backgroundJobs) {
            return;
        }
        worker = new Thread(this::run, "ledger-sequencer");
        worker.setDaemon(true);
        worker.start();
        leadership.start();
    }

    private void run() {
        while (running) {
            try {
                if (leadership.leading()) {
                    if (chain(false, true) > 0) {
                        // Busy: let a tenth of a second of commits gather, so that each linking transaction takes many.
                        Thread.sleep(LINGER_MILLIS);
                    }
                } else if (tellLeader) {
                    tellLeader = false;
                    jdbcTemplate.execute("notify " + SequencerLeadership.CHANNEL);
                    // Commits during the pause share the next notification.
                    Thread.sleep(LINGER_MILLIS);
                }
                synchronized (signal) {
                    if (!nudged && running) {
                        signal.wait(1_000);
                    }
                    tellLeader |= nudged;
                    nudged = false;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Linking ledger entries failed; retrying shortly", e);
                sleepQuietly();
            }
        }
    }

    /** Outside any transaction (VACUUM cannot run in one); a database that refuses only warns. */
    private void vacuumQueue() {
        try {
            jdbcTemplate.execute("vacuum ledger_pending");
        } catch (DataAccessException e) {
            log.warn("Could not vacuum the ledger's queue: {}", e.getMessage());
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        if (worker != null) {
            nudge();
            try {
                worker.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            leadership.stop();
            // Whether or not it led, the instance links what it can before it goes; the lock keeps this safe.
            chainPending();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stop after the web server has drained requests, before the database goes away. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 1_000;
    }
}
