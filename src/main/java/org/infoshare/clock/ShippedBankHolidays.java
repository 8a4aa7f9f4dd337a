package org.infoshare.clock;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.infoshare.clock.rules.BankHoliday;
import org.infoshare.clock.rules.BankHolidayCalendar.Coverage;
import org.infoshare.clock.rules.Nation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bank holidays that ship with infoshare (release {@value #RELEASE}): {@value #RESOURCE}, in the shape
 * GOV.UK publishes its bank-holiday data (a division per nation, each with its events; a substitute day
 * carries the note "Substitute day"). A nation's coverage runs from the first to the last year it lists.
 */
final class ShippedBankHolidays {

    static final String RELEASE = "2026.1";
    static final String RESOURCE = "clock/bank-holidays.json";

    private final List<BankHoliday> holidays;
    private final Map<Nation, Coverage> coverage;

    private ShippedBankHolidays(List<BankHoliday> holidays, Map<Nation, Coverage> coverage) {
        this.holidays = List.copyOf(holidays);
        this.coverage = Map.copyOf(coverage);
    }

    static ShippedBankHolidays load(JsonMapper json) {
        try (InputStream in = ShippedBankHolidays.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The shipped bank holidays are missing: " + RESOURCE);
            }
            return parse(json.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ShippedBankHolidays parse(JsonNode root) {
        List<BankHoliday> holidays = new ArrayList<>();
        Map<Nation, Coverage> coverage = new EnumMap<>(Nation.class);
        for (Nation nation : Nation.values()) {
            JsonNode events = root.path(nation.division()).path("events");
            if (!events.isArray() || events.isEmpty()) {
                throw new IllegalStateException("The shipped bank holidays have no events for " + nation.division());
            }
            int first = Integer.MAX_VALUE;
            int last = Integer.MIN_VALUE;
            for (JsonNode event : events) {
                LocalDate date = LocalDate.parse(event.path("date").asString());
                String notes = event.path("notes").asString("");
                String name = event.path("title").asString() + (notes.isBlank() ? "" : " (" + notes.toLowerCase(java.util.Locale.UK) + ")");
                holidays.add(new BankHoliday(nation, date, name, BankHoliday.Source.SHIPPED));
                first = Math.min(first, date.getYear());
                last = Math.max(last, date.getYear());
            }
            coverage.put(nation, new Coverage(first, last));
        }
        return new ShippedBankHolidays(holidays, coverage);
    }

    List<BankHoliday> holidays() {
        return holidays;
    }

    Map<Nation, Coverage> coverage() {
        return coverage;
    }
}
