package org.infoshare.ledger;

import java.time.Duration;

import org.infoshare.ledger.rules.ChainBreak;
import java.time.Instant;

/**
 * The verifier's answer.
 *
 * @param intact             true when every chained entry, every link and every checkpoint proves itself
 * @param entriesVerified    chain positions re-derived and found sound (up to the first break)
 * @param headSeq            the last sound position
 * @param headHash           its chain hash (hex), for comparing with copies held elsewhere
 * @param checkpointsVerified signed checkpoints that matched the chain
 * @param latestCheckpointAt when the newest sound checkpoint was signed, null if none
 * @param awaitingChain      entries committed moments ago and not yet linked (not a fault)
 * @param firstBreak         the first entry or checkpoint that does not prove itself, null when intact
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
        Duration took) {

    public double entriesPerSecond() {
        double seconds = Math.max(took.toNanos(), 1) / 1e9;
        return entriesVerified / seconds;
    }
}
