package org.infoshare.clock;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

import com.microsoft.playwright.Page;
import org.infoshare.clock.rules.Nation;
import org.infoshare.support.BrowserTest;
import org.infoshare.support.DemoPartnership;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Keeping the bank holidays, and choosing the nation whose bank holidays count, in the browser. */
class CalendarJourneyIT extends BrowserTest {

    private static final String NHS_DPO = "dpo@westshire-nhs.example";
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    @Autowired StatutoryClock statutoryClock;

    @Test
    void anAdministratorAddsAComingYearAOneOffHolidayAndRemovesIt() {
        signIn(page, DemoPartnership.COUNCIL_ADMIN);
        clickNavigation(page, "Calendar");
        assertThat(page.locator("h1")).hasText("Bank holidays and working days");
        assertAccessible(page);
        assertFitsAPhone(page);

        clickLink(page, "Northern Ireland");
        assertThat(page.locator("#nation-heading")).hasText("Northern Ireland");
        assertAccessible(page);
        int year = statutoryClock.calendar().coverage(Nation.NORTHERN_IRELAND).orElseThrow().lastYear() + 1;

        clickButton(page, "Add the bank holidays for " + year);
        assertThat(page.locator("h1")).hasText("Add the bank holidays for " + year);
        assertThat(page.locator("tbody")).containsText("Battle of the Boyne");
        assertAccessible(page);
        clickButton(page, "Add these bank holidays");
        assertSuccess(page, "Northern Ireland has 10 bank holidays in " + year);
        assertThat(page.locator("caption").first()).hasText(String.valueOf(year));
        assertAccessible(page);
        assertThat(statutoryClock.calendar().coverage(Nation.NORTHERN_IRELAND).orElseThrow().lastYear()).isEqualTo(year);

        clickButton(page, "Add a bank holiday");
        assertAccessible(page);
        clickButton(page, "Add the bank holiday");
        assertErrorSummary(page, "Enter the date of the bank holiday", "Enter the name of the bank holiday, like Christmas Day");
        assertAccessible(page);
        LocalDate saturday = LocalDate.of(year, 6, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.SATURDAY));
        fillDate(page, "Date", saturday);
        fill(page, "Name", "Bank holiday for a royal occasion");
        clickButton(page, "Add the bank holiday");
        assertErrorSummary(page, "A bank holiday that falls at a weekend is kept on a weekday: enter the substitute day, like the Monday after");
        assertAccessible(page);
        LocalDate oneOff = saturday.plusDays(2);
        fillDate(page, "Date", oneOff);
        clickButton(page, "Add the bank holiday");
        assertSuccess(page, "Bank holiday for a royal occasion on " + WEEKDAY.format(oneOff) + " is now a bank holiday in Northern Ireland");
        assertThat(page.locator("tbody").first()).containsText("Bank holiday for a royal occasion");
        assertAccessible(page);
        assertThat(statutoryClock.workingDaysAfter(oneOff.minusDays(3), 1, Nation.NORTHERN_IRELAND).dueOn()).isEqualTo(oneOff.plusDays(1));

        clickLink(page, "Remove Bank holiday for a royal occasion, " + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(oneOff));
        assertThat(page.locator("h1")).hasText("Make " + WEEKDAY.format(oneOff) + " a working day?");
        assertAccessible(page);
        clickButton(page, "Remove the bank holiday");
        assertErrorSummary(page, "Enter why the date is no longer a bank holiday");
        assertAccessible(page);
        fill(page, "Why is it no longer a bank holiday?", "Entered in error");
        clickButton(page, "Remove the bank holiday");
        assertSuccess(page, WEEKDAY.format(oneOff) + " is now a working day in Northern Ireland");
        assertThat(page.locator("table").last()).containsText("Removed " + DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(oneOff));
        assertAccessible(page);
        assertFitsAPhone(page);
        assertThat(statutoryClock.workingDaysAfter(oneOff.minusDays(3), 1, Nation.NORTHERN_IRELAND).dueOn()).isEqualTo(oneOff);
    }

    @Test
    void aDataProtectionOfficerChoosesTheirOrganisationsNation() {
        signIn(page, NHS_DPO);
        clickNavigation(page, "Calendar");
        assertAccessible(page);
        assertThat(page.locator(".govuk-summary-list")).containsText("The partnership's choice");
        assertThat(page.getByText("Add a bank holiday")).hasCount(0);
        clickLink(page, "Change your organisation's nation");
        assertAccessible(page);
        choose(page, "Scotland");
        clickButton(page, "Save the nation");
        assertSuccess(page, "Westshire Community Health NHS Trust now counts working days in Scotland");
        assertThat(page.locator("#nation-heading")).hasText("Scotland");
        assertAccessible(page);
        clickLink(page, "Change your organisation's nation");
        assertAccessible(page);
        choose(page, "England and Wales");
        clickButton(page, "Save the nation");
        assertSuccess(page, "Westshire Community Health NHS Trust now counts working days in England and Wales");
        assertAccessible(page);
    }

    @Test
    void aPractitionerMayReadTheCalendarButNotChangeIt() {
        signIn(page, DemoPartnership.COUNCIL_PRACTITIONER);
        open(page, "/calendar?nation=SCOTLAND&year=2025");
        assertThat(page.locator("tbody").first()).containsText("St Andrew’s Day (substitute day)");
        assertThat(page.getByText("Add a bank holiday")).hasCount(0);
        assertAccessible(page);
        open(page, "/calendar/bank-holidays/new");
        assertThat(page.locator("h1")).not().hasText("Add a bank holiday");
        assertAccessible(page);
    }

    /** Nothing wider than a 375-pixel phone screen. */
    private static void assertFitsAPhone(Page page) {
        var before = page.viewportSize();
        page.setViewportSize(375, 800);
        try {
            Object width = page.evaluate("() => document.documentElement.scrollWidth");
            assertThat(((Number) width).intValue()).as("page width at 375 px").isLessThanOrEqualTo(375);
        } finally {
            page.setViewportSize(before.width, before.height);
        }
    }
}
