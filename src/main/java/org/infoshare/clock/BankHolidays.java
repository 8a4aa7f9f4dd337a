package org.infoshare.clock;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import org.infoshare.clock.rules.BankHoliday;
import org.infoshare.clock.rules.BankHolidayCalendar;
import org.infoshare.clock.rules.BankHolidayCalendar.Coverage;
import org.infoshare.clock.rules.Nation;
import org.infoshare.clock.rules.StandingBankHolidays;
import org.infoshare.ledger.Ledger;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.ForbiddenException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bank holidays in force: the shipped release with administrators' changes applied in order. Partnership
 * administrators add a coming year's usual dates (which completes that year), add one-off dates and remove
 * dates moved by proclamation; each change is stored, ledgered, and takes effect for the next deadline
 * counted. The calendar is rebuilt only when the latest change differs from the one it was built from.
 */
@Service
class BankHolidays {

    private record Built(long change, BankHolidayCalendar calendar) {
    }

    private final CalendarStore store;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;
    private final ShippedBankHolidays shipped;
    private final AtomicReference<Built> built = new AtomicReference<>(new Built(-1, null));

    BankHolidays(CalendarStore store, CommandValidator validator, Ledger ledger, Clock clock, JsonMapper json) {
        this.store = store;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
        this.shipped = ShippedBankHolidays.load(json);
    }

    /** The calendar as it stands now. */
    @Transactional(readOnly = true)
    public BankHolidayCalendar calendar() {
        long latest = store.latestChange();
        Built current = built.get();
        if (current.change() == latest) {
            return current.calendar();
        }
        Built rebuilt = new Built(latest, build(store.changes()));
        built.set(rebuilt);
        return rebuilt.calendar();
    }

    /** The version of the calendar: the shipped release and the number of the latest change made here. */
    @Transactional(readOnly = true)
    public CalendarVersion version() {
        return new CalendarVersion(ShippedBankHolidays.RELEASE, store.latestChange());
    }

    /** Every change administrators have made, newest first. */
    @Transactional(readOnly = true)
    public List<CalendarStore.Change> changes() {
        List<CalendarStore.Change> changes = new ArrayList<>(store.changes());
        java.util.Collections.reverse(changes);
        return changes;
    }

    /** The year an administrator may add next for the nation: the one after its calendar ends. */
    public int nextYear(BankHolidayCalendar calendar, Nation nation) {
        return calendar.coverage(nation).map(c -> c.lastYear() + 1).orElse(LocalDate.now(clock).getYear());
    }

    @Transactional
    public BankHoliday add(Actor actor, CalendarCommands.AddBankHoliday command) {
        administrator(actor);
        validator.check(command);
        checkDate(command.date());
        store.lock();
        BankHolidayCalendar calendar = calendar();
        calendar.holiday(command.nation(), command.date()).ifPresent(existing -> {
            throw new ConflictException("date", "unique", command.date() + " is already a bank holiday in "
                    + command.nation().label() + " (" + existing.name() + ")");
        });
        long change = store.insert(command.nation(), CalendarStore.Action.ADD, command.date(), null, command.name().strip(),
                null, actor.userId(), clock.instant());
        ledger.record(ClockEvents.bankHolidayAdded(actor, change, command.nation(), command.date()));
        return calendar().holiday(command.nation(), command.date()).orElseThrow();
    }

    @Transactional
    public void remove(Actor actor, CalendarCommands.RemoveBankHoliday command) {
        administrator(actor);
        validator.check(command);
        store.lock();
        if (!calendar().isBankHoliday(command.nation(), command.date())) {
            throw InvalidRequestException.of("date", "bank-holiday", "That date is not a bank holiday in " + command.nation().label());
        }
        long change = store.insert(command.nation(), CalendarStore.Action.REMOVE, command.date(), null, null,
                command.reason().strip(), actor.userId(), clock.instant());
        ledger.record(ClockEvents.bankHolidayRemoved(actor, change, command.nation(), command.date()));
    }

    /** Adds the year's usual dates that are not yet bank holidays, and marks the year complete. */
    @Transactional
    public List<BankHoliday> addYear(Actor actor, CalendarCommands.AddYear command) {
        administrator(actor);
        validator.check(command);
        store.lock();
        BankHolidayCalendar calendar = calendar();
        int next = nextYear(calendar, command.nation());
        if (command.year() != next) {
            throw InvalidRequestException.of("year", "next-year", "Add " + next + " first: the calendar for "
                    + command.nation().label() + " runs to " + (next - 1));
        }
        List<BankHoliday> added = new ArrayList<>();
        for (BankHoliday usual : StandingBankHolidays.of(command.nation(), command.year())) {
            if (!calendar.isBankHoliday(command.nation(), usual.date())) {
                store.insert(command.nation(), CalendarStore.Action.ADD, usual.date(), null, usual.name(), null, actor.userId(), clock.instant());
                added.add(usual);
            }
        }
        long change = store.insert(command.nation(), CalendarStore.Action.CONFIRM_YEAR, null, command.year(), null, null,
                actor.userId(), clock.instant());
        ledger.record(ClockEvents.yearAdded(actor, change, command.nation(), command.year(), added.size()));
        return calendar().holidays(command.nation(), command.year());
    }

    /** The usual dates for a year, as offered before adding it. */
    public List<BankHoliday> usual(Nation nation, int year) {
        return StandingBankHolidays.of(nation, year);
    }

    private BankHolidayCalendar build(List<CalendarStore.Change> changes) {
        Map<Nation, TreeMap<LocalDate, BankHoliday>> days = new EnumMap<>(Nation.class);
        for (Nation nation : Nation.values()) {
            days.put(nation, new TreeMap<>());
        }
        shipped.holidays().forEach(h -> days.get(h.nation()).put(h.date(), h));
        Map<Nation, Coverage> coverage = new EnumMap<>(shipped.coverage());
        for (CalendarStore.Change change : changes) {
            switch (change.action()) {
                case ADD -> days.get(change.nation()).put(change.date(),
                        new BankHoliday(change.nation(), change.date(), change.name(), BankHoliday.Source.ADDED));
                case REMOVE -> days.get(change.nation()).remove(change.date());
                case CONFIRM_YEAR -> coverage.merge(change.nation(), new Coverage(change.year(), change.year()),
                        (known, year) -> new Coverage(Math.min(known.firstYear(), year.firstYear()), Math.max(known.lastYear(), year.lastYear())));
            }
        }
        List<BankHoliday> all = new ArrayList<>();
        days.values().forEach(d -> all.addAll(d.values()));
        return BankHolidayCalendar.of(all, coverage);
    }

    private static void checkDate(LocalDate date) {
        if (date.getYear() < CalendarCommands.FIRST_YEAR || date.getYear() > CalendarCommands.LAST_YEAR) {
            throw InvalidRequestException.of("date", "year", "The date must be between 2000 and 2100");
        }
        if (date.getDayOfWeek().getValue() > 5) {
            throw InvalidRequestException.of("date", "weekday",
                    "A bank holiday that falls at a weekend is kept on a weekday: enter the substitute day, like the Monday after");
        }
    }

    private static void administrator(Actor actor) {
        if (!actor.hasRole(Role.PARTNERSHIP_ADMINISTRATOR)) {
            throw new ForbiddenException("Only partnership administrators change the bank holidays");
        }
    }
}
