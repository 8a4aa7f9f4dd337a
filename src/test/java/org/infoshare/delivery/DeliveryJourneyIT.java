package org.infoshare.delivery;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.infoshare.support.BrowserTest;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.ShareDecisions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Secure delivery in a browser, every page scanned for accessibility: disclose, read, print, withdraw, assess. */
class DeliveryJourneyIT extends BrowserTest {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aDisclosureGoesFromTheSocialWorkerToTheDeskAndIsWithdrawnAndAssessed() throws Exception {
        new ShareDecisions(mvc, demo).toPolice(DemoPartnership.COUNCIL_PRACTITIONER);

        signIn(page, DemoPartnership.COUNCIL_PRACTITIONER);
        clickNavigation(page, "Sent");
        assertThat(page.locator("h1")).hasText("Sent");
        assertAccessible(page);
        // Every share decision still to disclose is on a page of its own, newest first, with its filter.
        open(page, "/sent/share-decisions");
        assertThat(page.locator("h1")).hasText("Share decisions ready to disclose");
        assertThat(page.locator("a[href^='/disclosures/new?decision=']").first()).isVisible();
        assertAccessible(page);
        fillDate(page, "From", "2", "11", "2026");
        fillDate(page, "To", "1", "11", "2026");
        clickButton(page, "Apply filter");
        assertErrorSummary(page, "The date to must be the same as or after the date from");
        assertAccessible(page);
        clickNavigation(page, "Sent");
        assertAccessible(page);
        clickAndWait(page.locator("a[href^='/disclosures/new?decision=']").first());
        assertThat(page.locator("h1")).containsText("Disclose to");
        assertAccessible(page);
        page.getByLabel("Who has a need to know?", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setIndex(0));
        clickButton(page, "Send securely");
        assertThat(page.locator(".govuk-error-summary")).containsText("Choose the named team or the named person");
        assertAccessible(page);

        page.getByLabel("Who has a need to know?", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Team: Public Protection Desk"));
        page.locator("[id='items[0].content']").fill("The neighbour Pat Norris heard a child screaming at 22:10; Pat Norris called us.");
        page.locator("[id='items[1].include']").uncheck();
        fill(page, "People named above whose identity must not reach the recipient", "Pat Norris");
        clickButton(page, "Send securely");
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Disclosure sent to Public Protection Desk team");
        assertThat(page.locator("main")).containsText("Pat Norris");
        assertAccessible(page);
        String disclosure = page.url().replaceAll(".*(/disclosures/[0-9a-f-]{36}).*", "$1");

        Page officer = newSession();
        signIn(officer, "practitioner@westshire-police.example");
        clickNavigation(officer, "Inbox");
        assertThat(officer.locator("h1")).hasText("Inbox");
        assertAccessible(officer);
        open(officer, disclosure);
        assertThat(officer.locator("main")).containsText("[identity withheld] heard a child screaming");
        assertThat(officer.locator("main")).not().containsText("Norris");
        assertAccessible(officer);
        clickLink(officer, "Print view");
        assertThat(officer.locator("main")).containsText("This print has been recorded");
        assertAccessible(officer);

        open(page, disclosure);
        assertThat(page.locator("main")).containsText("DC Aisha Khan");
        assertThat(page.locator("main")).containsText("Printed");
        assertAccessible(page);
        clickButton(page, "Withdraw: sent in error");
        assertThat(page.locator("h1")).hasText("Withdraw this disclosure");
        assertAccessible(page);
        clickButton(page, "Withdraw it");
        assertErrorSummary(page, "Say why you are withdrawing the disclosure");
        assertAccessible(page);
        fill(page, "What went wrong?", "Sent before the strategy discussion agreed it");
        clickButton(page, "Withdraw it");
        assertThat(page.locator(".govuk-warning-text")).containsText("Withdrawn on");
        assertAccessible(page);

        open(officer, "/inbox");
        assertThat(officer.locator("main")).containsText("Withdrawn by the sender");
        assertAccessible(officer);

        Page dpo = newSession();
        signIn(dpo, "dpo@westshire-council.example");
        // The withdrawal is now an incident in the council's register, with its 72 hours running.
        clickNavigation(dpo, "Incidents");
        assertThat(dpo.locator("h1")).hasText("Incidents");
        assertAccessible(dpo);
        open(dpo, "/incidents/" + jdbc.sql("select id from incident where record_id = :id").param("id",
                java.util.UUID.fromString(disclosure.substring(disclosure.lastIndexOf('/') + 1))).query(java.util.UUID.class).single());
        assertThat(dpo.locator("main")).containsText("Sent before the strategy discussion agreed it");
        assertThat(dpo.locator(".app-clock")).containsText("Decide whether to tell the ICO by");
        assertAccessible(dpo);
        clickLink(dpo, "Its record and access history");
        assertThat(dpo.locator("h1")).containsText("Disclosure from");
        assertAccessible(dpo);
        open(dpo, "/withdrawal-notices");
        assertThat(dpo.locator("h1")).hasText("Consent withdrawal notices");
        assertAccessible(dpo);
        // The old page's address leads to the register.
        open(dpo, "/potential-breaches");
        assertThat(dpo).hasURL(Pattern.compile("/incidents$"));
        assertAccessible(dpo);
    }
}
