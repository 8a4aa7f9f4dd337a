package org.infoshare.clock;

import java.time.LocalDate;
import java.util.UUID;

import org.infoshare.clock.rules.Nation;
import org.infoshare.ledger.LedgerEvent;
import org.infoshare.shared.Actor;

/** Every ledger entry the clock writes, in one place: nations, dates, years and counts, never names or reasons. */
final class ClockEvents {

    private ClockEvents() {
    }

    static LedgerEvent partnershipNationChosen(Actor actor, Nation nation) {
        return LedgerEvent.of("clock.nation.chosen", "partnership-calendar", "partnership")
                .actor(actor.userId()).organisation(actor.organisationId()).detail("nation", nation).build();
    }

    static LedgerEvent organisationNationChosen(Actor actor, UUID organisationId, Nation nation) {
        return LedgerEvent.of("clock.nation.chosen", "organisation-calendar", organisationId)
                .actor(actor.userId()).organisation(organisationId).detail("nation", nation).build();
    }

    static LedgerEvent bankHolidayAdded(Actor actor, long change, Nation nation, LocalDate date) {
        return change("clock.bank-holiday.added", actor, change, nation).detail("date", date).build();
    }

    static LedgerEvent bankHolidayRemoved(Actor actor, long change, Nation nation, LocalDate date) {
        return change("clock.bank-holiday.removed", actor, change, nation).detail("date", date).build();
    }

    /** A coming year's usual dates confirmed: {@code added} of them were not bank holidays yet. */
    static LedgerEvent yearAdded(Actor actor, long change, Nation nation, int year, int added) {
        return change("clock.bank-holiday.year-added", actor, change, nation).detail("year", year).detail("added", added).build();
    }

    private static LedgerEvent.Builder change(String action, Actor actor, long change, Nation nation) {
        return LedgerEvent.of(action, "bank-holiday-change", change).actor(actor.userId()).organisation(actor.organisationId())
                .detail("nation", nation);
    }
}
