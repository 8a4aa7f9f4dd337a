/**
 * The statutory clocks in plain Java: calendar hours (a breach's 72 hours from awareness), working days per
 * UK nation (FOI assistance's 2 and 7 working days), calendar months by the ICO's rule (rights requests,
 * with extension and pauses) and agreement review cycles, over a {@link org.infoshare.clock.rules.BankHolidayCalendar}.
 * Other modules may use these types; no Spring, no SQL, no HTTP.
 */
@org.springframework.modulith.NamedInterface("rules")
package org.infoshare.clock.rules;
