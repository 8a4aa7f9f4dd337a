package org.infoshare.support;

import java.util.Collection;
import java.util.UUID;

import org.infoshare.ledger.Ledger;
import org.infoshare.ledger.LedgerEvent;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rows a test wrote straight into a protected table (a date set in the past, a step taken by SQL rather than through
 * the service), recorded in the ledger afterwards as the application records every change it makes, so that the
 * shared test database still verifies intact (ADR 0063). Only for setting up lists and clocks: a test of a journey
 * goes through the application.
 */
public final class SeededRecords {

    private SeededRecords() {
    }

    /** One entry on each record, binding it as it now stands. */
    public static void recorded(TransactionTemplate transactions, Ledger ledger, String type, Collection<UUID> ids) {
        transactions.executeWithoutResult(status -> ids.forEach(id -> ledger.record(LedgerEvent.of("test.seeded", type, id).build())));
    }
}
