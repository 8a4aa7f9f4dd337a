package org.infoshare.audit;

import org.infoshare.ledger.LedgerEvent;
import org.infoshare.ledger.VerificationReport;
import org.infoshare.shared.Actor;

/** Every ledger entry the audit module writes, in one place. */
final class AuditEvents {

    private AuditEvents() {
    }

    /** Someone verified the ledger: what they were shown, and the first break if there was one. */
    static LedgerEvent verified(Actor actor, VerificationReport report) {
        LedgerEvent.Builder event = LedgerEvent.of(LedgerIntegrity.VERIFIED, "ledger", "chain")
                .actor(actor.userId())
                .organisation(actor.organisationId())
                .detail("intact", report.intact())
                .detail("entries", report.entriesVerified())
                .detail("head", report.headSeq())
                .detail("checkpoints", report.checkpointsVerified())
                .detail("recordFindings", report.recordFindings());
        if (report.firstBreak() != null) {
            event.detail("break", report.firstBreak().kind()).detail("breakPosition", report.firstBreak().seq());
            if (report.firstBreak().entryId() != null) {
                event.detail("breakEntry", report.firstBreak().entryId());
            }
        }
        return event.build();
    }
}
