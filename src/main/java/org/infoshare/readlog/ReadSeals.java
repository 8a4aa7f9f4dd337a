package org.infoshare.readlog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.infoshare.ledger.Ledger;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Binds the read log to the ledger: each window of reads (from the end of the last window to a minute ago, so
 * that reads still being written fall in the next one) is sealed by its count and the SHA-256 of its rows, in a
 * ledger entry. Verification recomputes every window that has not been disposed of: a read added, changed or
 * removed afterwards shows as a window whose digest no longer matches.
 */
@Service
public class ReadSeals {

    /** Reads younger than this are left for the next window: their transactions may not have committed yet. */
    static final Duration SETTLE = Duration.ofMinutes(1);

    /** A window whose reads no longer match their seal. */
    public record BrokenWindow(Instant from, Instant to, long sealedCount, long foundCount) {
    }

    private final ReadLogStore store;
    private final Ledger ledger;
    private final Clock clock;

    ReadSeals(ReadLogStore store, Ledger ledger, Clock clock) {
        this.store = store;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Seals the reads since the last window; returns how many were sealed (none: nothing is written). */
    @Transactional
    public long seal() {
        Instant to = clock.instant().minus(SETTLE).truncatedTo(ChronoUnit.MICROS);
        Optional<ReadLogStore.Seal> last = store.lastSeal();
        Optional<Instant> from = last.map(ReadLogStore.Seal::to).or(() -> store.firstReadBefore(to));
        if (from.isEmpty() || !to.isAfter(from.get())) {
            return 0;
        }
        ReadLogStore.Digest digest = store.digest(from.get(), to);
        if (digest.count() == 0) {
            return 0;
        }
        long id = store.insertSeal(from.get(), to, digest, clock.instant());
        ledger.record(ReadLogEvents.sealed(id, from.get(), to, digest));
        return digest.count();
    }

    /** Every sealed window whose reads no longer match their seal; empty when the read log is intact. */
    @Transactional(readOnly = true)
    public List<BrokenWindow> verify() {
        List<BrokenWindow> broken = new ArrayList<>();
        for (ReadLogStore.Seal seal : store.seals()) {
            if (seal.disposedAt() != null) {
                continue;
            }
            ReadLogStore.Digest found = store.digest(seal.from(), seal.to());
            if (found.count() != seal.count() || !Arrays.equals(found.sha256(), seal.digest())) {
                broken.add(new BrokenWindow(seal.from(), seal.to(), seal.count(), found.count()));
            }
        }
        return broken;
    }
}
