package org.infoshare.readlog;

import java.time.Instant;
import java.util.HexFormat;

import org.infoshare.ledger.LedgerEvent;

/** Every ledger entry the read log writes, in one place: a window's bounds, its count and digest, never who read what. */
final class ReadLogEvents {

    private ReadLogEvents() {
    }

    /** A window of reads sealed: the ledger holds its count and the digest its rows must still match. */
    static LedgerEvent sealed(long id, Instant from, Instant to, ReadLogStore.Digest digest) {
        return LedgerEvent.of("readlog.window.sealed", "read-window", id)
                .detail("from", from).detail("to", to).detail("reads", digest.count())
                .detail("sha256", HexFormat.of().formatHex(digest.sha256()))
                .build();
    }
}
