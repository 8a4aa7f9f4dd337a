package org.infoshare.linkage;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.infoshare.ledger.LedgerQueries;
import org.infoshare.ledger.LedgerRecord;
import org.infoshare.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.infoshare.support.NarrowScreen.assertFitsAPhone;

/**
 * Supporting Families in the browser: the council's Data Protection Officer sets a linkage up; its analyst
 * configures matching and the outcomes plan, sends the council's own encoded extract, runs it, decides an
 * uncertain pair, separates a person's records and publishes; the early help team filters the worklist, opens a
 * family's evidence and takes it into the programme. Someone outside the named teams is told it does not exist.
 */
class LinkageJourneyIT extends BrowserTest {

    private static final String DPO = "dpo@westshire-council.example";
    private static final String ANALYST = "adults@westshire-council.example";
    private static final String EARLY_HELP = "earlyhelp@westshire-council.example";
    private static final String OUTSIDER = "practitioner@westshire-police.example";

    @Autowired JdbcClient jdbc;
    @Autowired LedgerQueries ledger;

    @Test
    void theAnalystLinksReviewsAndPublishesAndTheEarlyHelpTeamWorksTheFamilies() {
        String name = "Westshire Supporting Families " + UUID.randomUUID().toString().substring(0, 8);
        String planPath = setUp(name);
        String runPath = configureAndRun(planPath);
        reviewAndPublish(runPath);
        workTheFamilies(planPath, name);

        Page outsider = newSession();
        signIn(outsider, OUTSIDER);
        Response refused = open(outsider, planPath);
        assertEquals(404, refused.status());
        assertAccessible(outsider);
        assertThat(outsider.getByText(name)).hasCount(0);
    }

    private String setUp(String name) {
        signIn(page, DPO);
        clickNavigation(page, "Supporting Families");
        assertThat(page.locator("h1")).hasText("Supporting Families");
        assertAccessible(page);
        clickButton(page, "Set up a linkage");
        assertAccessible(page);
        clickButton(page, "Set up the linkage");
        assertErrorSummary(page, "Enter a name for the linkage", "Choose the agreement", "Choose the analysts' team", "Choose the early help team",
                "Enter the linkage secret's fingerprint");
        assertAccessible(page);
        fill(page, "Name of the linkage", name);
        page.getByLabel("Agreement", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Westshire Supporting Families Data Sharing Agreement"));
        page.getByLabel("Analysts’ team", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Adult Social Care"));
        page.getByLabel("Early help team", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Early Help"));
        fill(page, "Fingerprint of the linkage secret", LinkageExtracts.fingerprint());
        clickButton(page, "Set up the linkage");
        assertSuccess(page, "Linkage set up. Its analysts can now send their own extract and run it.");
        assertThat(page.locator("h1")).hasText(name);
        assertThat(button(page, "Start a run")).hasCount(0);
        assertAccessible(page);
        assertFitsAPhone(page);
        String planPath = page.url().substring(page.url().indexOf("/linkage/"));
        signOut(page);
        return planPath;
    }

    private String configureAndRun(String planPath) {
        signIn(page, ANALYST);
        clickNavigation(page, "Supporting Families");
        assertAccessible(page);
        open(page, planPath);
        assertAccessible(page);

        clickLink(page, "Change how records are matched");
        assertAccessible(page);
        fill(page, "Match threshold", "twelve");
        fill(page, "Start of the review band", "14");
        clickButton(page, "Save the settings");
        assertErrorSummary(page, "Enter the match threshold as a number, like 6");
        assertAccessible(page);
        // A wide review band, so that this small partnership leaves pairs for a person to decide.
        fill(page, "Match threshold", "12");
        fill(page, "Start of the review band", "-4");
        clickButton(page, "Save the settings");
        assertSuccess(page, "Matching settings saved. The next run uses them.");
        assertThat(page.locator("#settings")).containsText("12.0 or more");
        assertAccessible(page);
        clickLink(page, "Set m and u yourself");
        assertAccessible(page);
        fill(page, "m: how often the same person’s records agree this way", "lots");
        clickButton(page, "Save m and u");
        assertErrorSummary(page, "Choose the field", "Choose the level", "Enter m as a number between 0 and 1, like 0.95");
        assertAccessible(page);
        page.getByLabel("Field", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("NHS number"));
        page.getByLabel("When the two records have", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("The same"));
        // The wrong way round: agreeing on an NHS number would count against a match.
        fill(page, "m: how often the same person’s records agree this way", "0.0001");
        fill(page, "u: how often different people’s records agree this way", "0.99");
        clickButton(page, "Save m and u");
        assertErrorSummary(page, "m must be above u for the strongest agreement: otherwise agreeing would count against a match");
        assertThat(page.locator("#m-error")).containsText("m must be above u for the strongest agreement");
        assertThat(page.locator("#settings")).hasCount(0);
        assertAccessible(page);
        fill(page, "m: how often the same person’s records agree this way", "0.99");
        fill(page, "u: how often different people’s records agree this way", "0.0001");
        clickButton(page, "Save m and u");
        assertSuccess(page, "Your m and u for NHS number are saved. The next run uses them.");
        assertThat(page.locator("#settings")).containsText("NHS number, the same: m 0.990000, u 0.000100");
        assertAccessible(page);

        clickLink(page, "See and change the outcomes plan");
        assertAccessible(page);
        assertFitsAPhone(page);
        clickLink(page, "Add a local descriptor");
        assertAccessible(page);
        clickButton(page, "Add the descriptor");
        assertErrorSummary(page, "Choose the headline area", "Enter the descriptor's code", "Describe the need in words",
                "Choose what partners record that shows it", "Choose whose records count", "Enter how many", "Enter the number of months");
        assertAccessible(page);
        page.getByLabel("Headline area", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Safe from domestic abuse"));
        fill(page, "Code", "DA-9");
        fill(page, "Describe the need", "Three or more domestic abuse incidents in the last two years");
        choose(page, "Domestic abuse incident (victim)");
        choose(page, "Records of anyone in the family");
        fill(page, "How many times at least", "3");
        fill(page, "Within the last how many months", "24");
        clickButton(page, "Add the descriptor");
        assertSuccess(page, "Descriptor DA-9 added. The outcomes plan is now version 2.");
        assertAccessible(page);
        fill(page, "Headline areas a family must meet to be eligible", "2");
        fill(page, "Months an improvement must last to count as sustained", "6");
        clickButton(page, "Save eligibility");
        assertSuccess(page, "Outcomes plan saved as version 3.");
        assertAccessible(page);
        clickButton(page, "Remove descriptor DA-9");
        assertSuccess(page, "Descriptor DA-9 removed. The outcomes plan is now version 4.");
        assertAccessible(page);

        open(page, planPath);
        assertAccessible(page);
        clickLink(page, "Send your own extract");
        assertAccessible(page);
        clickButton(page, "Send and check");
        assertErrorSummary(page, "Choose the file encode-for-linkage wrote");
        assertAccessible(page);
        page.getByLabel("Encoded extract", new Page.GetByLabelOptions().setExact(true))
                .setInputFiles(new FilePayload("not-encoded.csv", "text/csv", "record-ref,linkage-encoding\r\nC-1,not an encoding\r\n".getBytes()));
        clickButton(page, "Send and check");
        assertThat(page.locator(".govuk-error-summary")).containsText("Row 2");
        assertThat(page.locator(".govuk-error-summary")).not().containsText("not an encoding");
        assertAccessible(page);
        page.getByLabel("Encoded extract", new Page.GetByLabelOptions().setExact(true))
                .setInputFiles(new FilePayload("council.csv", "text/csv", LinkageExtracts.extract(20_261_206L, 600)));
        clickButton(page, "Send and check");
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Extract accepted");
        assertAccessible(page);

        clickButton(page, "Start a run");
        assertSuccess(page, "Run started. It goes on in the background: refresh this page to see when it has finished.");
        assertAccessible(page);
        String runPath = page.url().substring(page.url().indexOf("/linkage/runs/"));
        UUID run = UUID.fromString(runPath.substring("/linkage/runs/".length()));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        String status = "RUNNING";
        while ("RUNNING".equals(status) && Instant.now().isBefore(deadline)) {
            page.waitForTimeout(250);
            status = jdbc.sql("select status from linkage_run where id = ?").param(run).query(String.class).single();
        }
        assertThat(status).as("the run finished within 90 seconds").isEqualTo("FINISHED");
        open(page, runPath);
        assertThat(page.locator("#run-status")).hasText("Finished");
        assertThat(page.locator("#board tbody tr")).hasCount(11);
        // The analyst's m and u for an NHS number, as the page shows them; the weight is log2(0.99 / 0.0001).
        Locator nhsSame = page.locator("#model tbody tr").filter(new Locator.FilterOptions().setHasText("NHS number"))
                .filter(new Locator.FilterOptions().setHasText("The same"));
        assertThat(nhsSame.locator("td")).hasText(new String[] {"NHS number", "The same", "0.9900", "0.000100", "13.3"});
        for (String cell : page.locator("#board tbody td").allTextContents()) {
            assertThat(cell.equals("Not shown") || cell.equals("0") || Long.parseLong(cell.replace(",", "")) >= 5)
                    .as("a board count is 0, at least 5, or not shown: " + cell).isTrue();
        }
        assertAccessible(page);
        assertFitsAPhone(page);
        return runPath;
    }

    private void reviewAndPublish(String runPath) {
        clickLink(page, "Review the uncertain pairs");
        assertAccessible(page);
        assertFitsAPhone(page);
        Locator toDecide = page.locator("#pairs tbody tr").filter(new Locator.FilterOptions().setHasText("To decide")).first();
        String pairName = toDecide.locator("a").textContent().strip();
        clickAndWait(toDecide.locator("a"));
        assertThat(page.locator("#fields tbody tr")).hasCount(6);
        assertAccessible(page);
        assertFitsAPhone(page);
        clickButton(page, "Save the decision");
        assertErrorSummary(page, "Say whether the two records are the same person");
        assertAccessible(page);
        choose(page, "No, different people: never join them");
        clickButton(page, "Save the decision");
        assertSuccess(page, pairName + " rejected. No run joins these two records.");
        assertAccessible(page);
        UUID run = UUID.fromString(runPath.substring("/linkage/runs/".length()));
        assertThat(ledger.forSubject("linkage-run", run.toString()).stream().map(LedgerRecord::action)).contains("linkage.pair.decided");

        open(page, runPath);
        assertAccessible(page);
        clickButton(page, "Publish to the early help team");
        assertSuccess(page, "Published. The early help team's worklist now shows this run's families.");
        assertAccessible(page);

        // A person whose records are in more than one organisation's hands: separate one of them.
        open(page, jdbcFamilyPath(run));
        assertAccessible(page);
        Locator withSeveral = page.locator("#members li").filter(new Locator.FilterOptions().setHasText(";")).first();
        clickAndWait(withSeveral.locator("a"));
        assertAccessible(page);
        clickButton(page, "Separate these records");
        assertErrorSummary(page, "Choose the records to separate");
        assertAccessible(page);
        page.locator("input[name=records]").first().check();
        clickButton(page, "Separate these records");
        assertSuccess(page, "Records separated. From the next run on, they are never joined to this person's other records.");
        assertAccessible(page);
        assertThat(ledger.forSubject("linkage-run", run.toString()).stream().map(LedgerRecord::action)).contains("linkage.person.split");
        signOut(page);
    }

    /** The family page of the run's family with the most members, which has someone known to several partners. */
    private String jdbcFamilyPath(UUID run) {
        int family = jdbc.sql("select family_no from linkage_family where run_id = ? order by members desc, family_no limit 1").param(run)
                .query(Integer.class).single();
        return "/linkage/runs/" + run + "/families/" + family;
    }

    private void workTheFamilies(String planPath, String name) {
        Page earlyHelp = newSession();
        signIn(earlyHelp, EARLY_HELP);
        clickNavigation(earlyHelp, "Supporting Families");
        assertAccessible(earlyHelp);
        clickLink(earlyHelp, name);
        assertThat(button(earlyHelp, "Start a run")).hasCount(0);
        assertAccessible(earlyHelp);
        clickLink(earlyHelp, "Open the early help worklist");
        assertAccessible(earlyHelp);
        assertFitsAPhone(earlyHelp);
        choose(earlyHelp, "Eligible families only");
        earlyHelp.getByLabel("Sort by", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Family number"));
        clickButton(earlyHelp, "Show families");
        assertThat(earlyHelp.locator("#families tbody tr").first()).containsText("Eligible");
        assertThat(earlyHelp.locator("#families tbody tr").filter(new Locator.FilterOptions().setHasText("Not eligible"))).hasCount(0);
        assertAccessible(earlyHelp);
        assertFitsAPhone(earlyHelp);

        clickAndWait(earlyHelp.locator("#families tbody tr a").first());
        assertThat(earlyHelp.locator("h2").filter(new Locator.FilterOptions().setHasText("Headline areas met"))).hasCount(1);
        assertThat(link(earlyHelp, "Separate records")).hasCount(0);
        assertAccessible(earlyHelp);
        assertFitsAPhone(earlyHelp);
        clickButton(earlyHelp, "Take into the programme");
        assertThat(earlyHelp.locator(".govuk-notification-banner--success")).containsText("is in the programme");
        assertAccessible(earlyHelp);
        assertThat(planPath).startsWith("/linkage/");
    }
}
