package org.infoshare.ledger;

import java.io.PrintStream;

import org.infoshare.ledger.rules.ChainBreak;
import org.infoshare.ledger.rules.RecordFinding;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar infoshare.jar verify-ledger}: verifies the ledger of the configured database, prints the
 * result and exits 0 when intact, 1 when not (2 when it could not be read at all, see
 * {@link org.infoshare.InfoshareApplication#verifyLedger}).
 */
@Component
@Profile("command")
class VerifyLedgerCommand implements CommandLineRunner, ExitCodeGenerator {

    private final LedgerVerifier verifier;
    private int exitCode = 2;

    VerifyLedgerCommand(LedgerVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public void run(String... args) {
        VerificationReport report = verifier.verify();
        print(report, System.out);
        exitCode = report.intact() ? 0 : 1;
    }

    static void print(VerificationReport report, PrintStream out) {
        out.println(report.intact() ? "LEDGER INTACT" : "LEDGER BROKEN");
        out.printf("entries verified: %d (head position %d, hash %s)%n", report.entriesVerified(), report.headSeq(), report.headHash());
        out.printf("signed checkpoints verified: %d%s%n", report.checkpointsVerified(),
                report.latestCheckpointAt() == null ? "" : " (latest signed " + report.latestCheckpointAt() + ")");
        out.printf("entries awaiting the chain: %d%n", report.awaitingChain());
        out.printf("took %d ms (%.0f entries/s)%n", report.took().toMillis(), report.entriesPerSecond());
        if (report.intact() && report.entriesVerified() == 0 && report.awaitingChain() == 0) {
            out.println("note: the ledger is empty. Check that INFOSHARE_DATA_DIR or INFOSHARE_DB_URL names the right database.");
        }
        if (report.firstBreak() != null) {
            ChainBreak broken = report.firstBreak();
            out.printf("first broken: %s%s%n", broken.explanation(),
                    broken.entryId() == null ? "" : " [entry " + broken.entryId() + "]");
            out.printf("meaning: %s%n", broken.kind().meaning());
        }
        if (report.recordsChecked()) {
            out.printf("protected records not as recorded: %d%n", report.recordFindings());
        }
        for (RecordFinding finding : report.records()) {
            out.printf("record: %s [%s %s]%n", finding.explanation(), finding.recordType(), finding.recordId());
        }
        if (report.recordFindings() > report.records().size()) {
            out.printf("(%d more not listed)%n", report.recordFindings() - report.records().size());
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
