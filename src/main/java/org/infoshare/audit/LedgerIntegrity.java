package org.infoshare.audit;

import org.infoshare.ledger.Ledger;
import org.infoshare.ledger.LedgerVerifier;
import org.infoshare.ledger.VerificationReport;
import org.infoshare.shared.Actor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Verification on an auditor's demand. The verifier reads one consistent snapshot in its own transaction;
 * the fact that someone verified, and what they found, is then recorded in the ledger like any other action.
 */
@Component
class LedgerIntegrity {

    static final String VERIFIED = "audit.ledger.verified";

    private final LedgerVerifier verifier;
    private final Ledger ledger;
    private final TransactionTemplate transaction;

    LedgerIntegrity(LedgerVerifier verifier, Ledger ledger, PlatformTransactionManager transactions) {
        this.verifier = verifier;
        this.ledger = ledger;
        this.transaction = new TransactionTemplate(transactions);
    }

    public VerificationReport verify(Actor actor) {
        VerificationReport report = verifier.verify();
        transaction.executeWithoutResult(status -> ledger.record(AuditEvents.verified(actor, report)));
        return report;
    }
}
