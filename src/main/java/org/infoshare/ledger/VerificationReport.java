package org.infoshare.ledger;

import java.time.Duration;

import java.time.Instant;
import java.util.List;

import org.infoshare.ledger.rules.ChainBreak;
import org.infoshare.ledger.rules.RecordFinding;

/**
 * The verifier's answer.
 *
 * @param intact             true when every chained entry, every link and every checkpoint proves itself, and every
 *                           protected record is as the ledger last recorded it
 * @param entriesVerified    chain positions re-derived and found sound (up to the first break)
 * @param headSeq            the last sound position
 * @param headHash           its chain hash (hex), for comparing with copies held elsewhere
 * @param checkpointsVerified signed checkpoints that matched the chain
 * @param latestCheckpointAt when the newest sound checkpoint was signed, null if none
 * @param awaitingChain      entries committed moments ago and not yet linked (not a fault)
 * @param firstBreak         the first entry or checkpoint that does not prove itself, null when the chain is intact
 * @param records            protected records whose stored content does not match the ledger (at most
 *                           {@link #MAX_RECORD_FINDINGS} named), empty when every record matches or they were not checked
 * @param recordFindings     how many such records there are in all
 * @param recordsChecked     whether the protected records were checked at all
 */
public record VerificationReport(
        boolean intact,
        long entriesVerified,
        long headSeq,
        String headHash,
        int checkpointsVerified,
        Instant latestCheckpointAt,
        long awaitingChain,
        ChainBreak firstBreak,
        Instant verifiedAt,
        Duration took,
        List<RecordFinding> records,
        long recordFindings,
        boolean recordsChecked) {

    public static final int MAX_RECORD_FINDINGS = 1000;

    public VerificationReport {
        records = List.copyOf(records);
    }

    public double entriesPerSecond() {
        double seconds = Math.max(took.toNanos(), 1) / 1e9;
        return entriesVerified / seconds;
    }
}
