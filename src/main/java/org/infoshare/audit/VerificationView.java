package org.infoshare.audit;

import java.time.Instant;
import java.util.List;

import org.infoshare.ledger.VerificationReport;
import org.infoshare.ledger.rules.ChainBreak;
import org.infoshare.ledger.rules.RecordFinding;

/**
 * A verification report as the API returns it: the verifier's own figures, with the meaning of any break
 * spelled out.
 *
 * @param headSeq          the last sound chain position
 * @param headHash         its chain hash (hex), to compare with copies held outside the database
 * @param awaitingChain    entries committed moments ago and not yet linked (not a fault)
 * @param firstBreak       null when the chain is intact
 * @param records          protected records not as the ledger recorded them (the first thousand), empty when all are
 * @param recordFindings   how many there are in all
 */
record VerificationView(
        boolean intact,
        long entriesVerified,
        long headSeq,
        String headHash,
        int checkpointsVerified,
        Instant latestCheckpointAt,
        long awaitingChain,
        Break firstBreak,
        Instant verifiedAt,
        long tookMillis,
        long entriesPerSecond,
        List<Finding> records,
        long recordFindings) {

    /**
     * @param kind        CHANGED (changed after it was recorded), ADDED (stored without a ledger entry) or DELETED (gone outside disposal)
     * @param recordType  the ledger's name for the kind of record: {@code decision}
     * @param explanation in words, with the short id
     */
    record Finding(RecordFinding.Kind kind, String recordType, String recordId, String explanation) {
    }

    /**
     * @param position the chain position where the ledger stops proving itself
     * @param entryId  the entry concerned, when there is one
     */
    record Break(ChainBreak.Kind kind, String meaning, long position, Long entryId, String explanation) {
    }

    static VerificationView of(VerificationReport report) {
        ChainBreak broken = report.firstBreak();
        return new VerificationView(report.intact(), report.entriesVerified(), report.headSeq(), report.headHash(),
                report.checkpointsVerified(), report.latestCheckpointAt(), report.awaitingChain(),
                broken == null ? null : new Break(broken.kind(), broken.kind().meaning(), broken.seq(), broken.entryId(), broken.explanation()),
                report.verifiedAt(), report.took().toMillis(), Math.round(report.entriesPerSecond()),
                report.records().stream().map(f -> new Finding(f.kind(), f.recordType(), f.recordId(), f.explanation())).toList(),
                report.recordFindings());
    }
}
