package org.infoshare.foi;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.infoshare.clock.StatutoryClock;
import org.infoshare.clock.rules.Nation;
import org.infoshare.support.BrowserTest;
import org.infoshare.support.DemoPartnership;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.infoshare.support.NarrowScreen.assertFitsAPhone;

/** FOI assistance in the browser: the holder asks, one partner answers and supplies data, another is escalated, the holder decides. */
class FoiJourneyIT extends BrowserTest {

    private static final String POLICE_DPO = "dpo@westshire-police.example";
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    @Autowired StatutoryClock statutoryClock;
    @Autowired FoiAssistance assistance;
    @Autowired JdbcClient jdbc;

    @Test
    void theHolderAsksPartnersTheyAnswerOnWorkingDaysTheLateOneIsEscalatedAndTheHolderDecides() {
        Page holder = page;
        signIn(holder, DemoPartnership.COUNCIL_DPO);
        clickNavigation(holder, "FOI assistance");
        assertThat(holder.locator("h1")).hasText("FOI assistance");
        assertAccessible(holder);
        clickButton(holder, "Ask partners for assistance");
        assertAccessible(holder);
        clickButton(holder, "Send the request");
        assertThat(holder.locator(".govuk-error-summary")).containsText("Enter what the request asks for");
        assertThat(holder.locator(".govuk-error-summary")).containsText("Choose at least one organisation to ask");
        assertAccessible(holder);
        choose(holder, "Freedom of Information Act 2000");
        fill(holder, "Your reference", "FOI/2026/118");
        fillDate(holder, "When did you receive the request?", statutoryClock.today());
        fill(holder, "What does the request ask for?", "How many joint visits the council and police made under the agreement in 2025");
        choose(holder, "Your views, including any concerns about release");
        choose(holder, "Information you hold for the response");
        choose(holder, "Westshire Police");
        choose(holder, "Westshire Community Health NHS Trust");
        clickButton(holder, "Send the request");
        assertSuccess(holder, holder.locator("h1").textContent().split(" ")[0] + " sent to 2 organisations");
        LocalDate respondBy = statutoryClock.workingDaysAfter(statutoryClock.today(), 2, Nation.ENGLAND_AND_WALES).dueOn();
        assertThat(holder.locator("main")).containsText(WEEKDAY.format(respondBy));
        assertAccessible(holder);
        assertFitsAPhone(holder);
        String reference = holder.locator("h1").textContent().split(" ")[0];
        String requestUrl = holder.url();

        Page police = newSession();
        signIn(police, POLICE_DPO);
        clickNavigation(police, "FOI assistance");
        assertThat(police.locator("table").first()).containsText(reference);
        assertAccessible(police);
        clickLink(police, reference);
        assertThat(police.locator("main")).containsText("How many joint visits");
        assertThat(police.locator("main")).not().containsText("FOI/2026/118 (");
        assertAccessible(police);
        clickButton(police, "Respond");
        assertAccessible(police);
        clickButton(police, "Send your response");
        assertErrorSummary(police, "Enter your views", "Say whether you have concerns about release");
        assertAccessible(police);
        fill(police, "Your views", "Release the totals; do not break them down by ward, which could identify families");
        choose(police, "Yes");
        clickButton(police, "Send your response");
        assertAccessible(police);
        clickButton(police, "Supply the information");
        assertAccessible(police);
        clickButton(police, "Complete the exchange");
        assertErrorSummary(police, "Enter the information you are supplying, or that you hold none");
        assertAccessible(police);
        fill(police, "The information you hold for the response", "Joint visits in 2025: 212");
        clickButton(police, "Complete the exchange");
        assertSuccess(police, "Data exchange complete");
        assertAccessible(police);

        // The health trust has not answered: its response falls overdue and the sweep escalates it.
        UUID nhsConsultation = jdbc.sql("""
                        select c.id from foi_consultation c join organisation o on o.id = c.organisation_id
                        where o.name = 'Westshire Community Health NHS Trust' order by c.sent_at desc limit 1""")
                .query(UUID.class).single();
        LocalDate longAgo = statutoryClock.today().minusDays(14);
        jdbc.sql("update foi_consultation set received_on = :day, respond_by = :day + 3, sent_at = :day where id = :id")
                .param("day", longAgo).param("id", nhsConsultation).update();
        assistance.sweep();

        open(holder, requestUrl.substring(requestUrl.indexOf("/foi/")));
        assertThat(holder.locator("main")).containsText("Release the totals");
        assertThat(holder.locator("main")).containsText("Joint visits in 2025: 212");
        assertThat(holder.locator("main")).containsText("overdue: escalated");
        assertAccessible(holder);
        clickButton(holder, "Remind Westshire Community Health NHS Trust");
        assertThat(holder.locator(".govuk-notification-banner--success")).containsText("Reminder sent to Westshire Community Health NHS Trust");
        assertAccessible(holder);

        clickButton(holder, "Record your decision");
        assertAccessible(holder);
        clickButton(holder, "Record the decision");
        assertErrorSummary(holder, "Choose your decision");
        assertAccessible(holder);
        choose(holder, "Released in part");
        fill(holder, "Notes", "Totals released; ward breakdown withheld on the police's advice");
        clickButton(holder, "Record the decision");
        assertSuccess(holder, "Decision recorded: released in part");
        assertThat(holder.getByText("Remind Westshire Community Health NHS Trust")).hasCount(0);
        assertAccessible(holder);
    }
}
