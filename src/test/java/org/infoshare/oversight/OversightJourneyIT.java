package org.infoshare.oversight;

import java.time.YearMonth;
import java.time.ZoneId;

import com.microsoft.playwright.Page;
import org.infoshare.support.BrowserTest;
import org.infoshare.support.DemoPartnership;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.infoshare.support.NarrowScreen.assertFitsAPhone;

/** The dashboard and the partnership's report in the browser, for a DPO and for the partnership's administrator. */
class OversightJourneyIT extends BrowserTest {

    @Test
    void aDpoOpensTheListBehindAFigureAndReadsTheReportForTheMonthsTheyChoose() {
        Page dpo = page;
        signIn(dpo, DemoPartnership.COUNCIL_DPO);
        clickNavigation(dpo, "Oversight");
        assertThat(dpo.locator("h1")).hasText("Oversight");
        assertThat(dpo.locator("main")).containsText("Your organisation");
        assertAccessible(dpo);
        assertFitsAPhone(dpo);

        clickAndWait(dpo.locator(".app-figure a").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("training has lapsed")));
        assertThat(dpo.locator("h1")).hasText("Staff whose training has lapsed");
        assertThat(dpo.locator("main")).containsText("Dana Fox");
        assertAccessible(dpo);
        clickLink(dpo, "Back to oversight");
        assertAccessible(dpo);

        clickLink(dpo, "The partnership's report for the board and the annual report");
        assertThat(dpo.locator("h1")).hasText("The partnership's report");
        assertThat(dpo.locator("#decisions-by-month")).hasText("Decisions by month");
        assertThat(dpo.locator("svg.app-chart").first()).hasAttribute("role", "img");
        assertAccessible(dpo);
        assertFitsAPhone(dpo);

        YearMonth now = YearMonth.now(ZoneId.of("Europe/London"));
        fillMonth(dpo, "First month", now);
        fillMonth(dpo, "Last month", now.minusMonths(1));
        clickButton(dpo, "Show the report for these months");
        assertErrorSummary(dpo, "The last month must be the same as or after the first month");
        assertAccessible(dpo);
        fill(dpo.getByRole(com.microsoft.playwright.options.AriaRole.GROUP, new Page.GetByRoleOptions().setName("First month")), "Month", "13");
        clickButton(dpo, "Show the report for these months");
        assertErrorSummary(dpo, "Enter the first month as a month number and a year, for example 4 2026");
        assertAccessible(dpo);

        fillMonth(dpo, "First month", now.minusMonths(2));
        fillMonth(dpo, "Last month", now);
        clickButton(dpo, "Show the report for these months");
        assertThat(dpo.locator("main h2").first()).containsText(String.valueOf(now.getYear()));
        assertThat(dpo.locator("table").first().locator("tbody tr")).hasCount(4);
        assertThat(link(dpo, "Download the report as CSV for " + dpo.locator("main h2").first().textContent().strip()))
                .hasAttribute("href", java.util.regex.Pattern.compile("/oversight/reports\\.csv\\?fromMonth="));
        assertAccessible(dpo);
    }

    @Test
    void thePartnershipAdministratorSeesEveryOrganisationAndTheListsWithoutOpeningRecords() {
        Page admin = page;
        signIn(admin, DemoPartnership.COUNCIL_ADMIN);
        clickNavigation(admin, "Oversight");
        assertThat(admin.locator("main")).containsText("The partnership");
        assertThat(admin.locator("main")).not().containsText("Your organisation");
        assertThat(admin.locator("main table")).containsText("Westshire Police");
        assertAccessible(admin);
        assertFitsAPhone(admin);
        clickLink(admin, "Open incidents");
        assertThat(admin.locator("h1")).hasText("Open incidents");
        assertThat(admin.locator("main table a")).hasCount(0);
        assertAccessible(admin);
    }

    private static void fillMonth(Page page, String legend, YearMonth month) {
        var group = page.getByRole(com.microsoft.playwright.options.AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend).setExact(true));
        fill(group, "Month", String.valueOf(month.getMonthValue()));
        fill(group, "Year", String.valueOf(month.getYear()));
    }

    private static void fill(com.microsoft.playwright.Locator group, String label, String value) {
        group.getByLabel(label, new com.microsoft.playwright.Locator.GetByLabelOptions().setExact(true)).fill(value);
    }
}
