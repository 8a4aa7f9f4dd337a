package org.infoshare.incident;

import com.microsoft.playwright.Page;
import org.infoshare.support.BrowserTest;
import org.infoshare.support.DemoPartnership;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.support.NarrowScreen.assertFitsAPhone;

/** An incident in the browser: reported by a practitioner, assessed and decided by their DPO, another party told. */
class IncidentJourneyIT extends BrowserTest {

    private static final String POLICE_DPO = "dpo@westshire-police.example";

    @Test
    void aPractitionerReportsAndTheDpoAssessesDecidesDraftsTheIcoReportAndTellsThePolice() {
        signIn(page, DemoPartnership.COUNCIL_PRACTITIONER);
        clickNavigation(page, "Incidents");
        assertThat(page.locator("h1")).hasText("Incidents");
        assertAccessible(page);
        clickButton(page, "Report an incident");
        assertAccessible(page);
        clickButton(page, "Report the incident");
        assertErrorSummary(page, "Choose what happened", "Enter what happened", "Choose the kinds of information involved");
        assertAccessible(page);
        followErrorLink(page, "Enter what happened");
        choose(page, "Information sent or shown to the wrong person or organisation");
        fill(page, "Describe what happened", "Case notes for child reference C-1042 emailed to the wrong school");
        choose(page, "Information about children");
        choose(page, "Safeguarding case records, referrals or assessments");
        fill(page, "About how many people does the information concern?", "3");
        fill(page, "Who or what was involved?", "Westshire Police's public protection unit inbox");
        clickButton(page, "Report the incident");
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("reported. Your Data Protection Officer has been told.");
        String reference = page.locator("h1").textContent().split(":")[0].strip();
        assertThat(reference).startsWith("INC-");
        assertThat(page.getByText("Assess the risk")).hasCount(0);
        assertAccessible(page);
        assertFitsAPhone(page);
        signOut(page);

        Page dpo = newSession();
        signIn(dpo, DemoPartnership.COUNCIL_DPO);
        clickNavigation(dpo, "Incidents");
        assertThat(dpo.locator("tbody").first()).containsText(reference);
        assertAccessible(dpo);
        clickLink(dpo, reference);
        assertThat(dpo.locator(".app-clock")).containsText("hours left");
        assertAccessible(dpo);
        assertFitsAPhone(dpo);

        clickLink(dpo, "Assess the risk");
        assertAccessible(dpo);
        clickButton(dpo, "Record the assessment");
        assertErrorSummary(dpo, "Choose how likely harm is", "Choose how severe the harm would be", "Say whether the information was encrypted",
                "Say whether the incident is contained", "Say whether the information was processed for law enforcement purposes");
        assertAccessible(dpo);
        choose(dpo, "Likely: harm will probably happen");
        choose(dpo, "Serious: lasting distress, financial loss, damage to relationships or reputation");
        choose(dpo, "Not encrypted, or readable by whoever got it");
        choose(dpo, "Contained: stopped, but the information may have been seen or kept");
        choose(dpo, "No");
        clickButton(dpo, "Record the assessment");
        assertThat(dpo.locator(".govuk-notification-banner--success")).containsText("Risk assessed: ");
        assertAccessible(dpo);

        assertThat(dpo.locator(".app-clock")).containsText("hours left");
        clickLink(dpo, "Decide whether to tell the ICO");
        assertThat(dpo.locator(".govuk-inset-text")).containsText("the ICO must be told");
        assertAccessible(dpo);
        choose(dpo, "Do not tell the ICO: the breach is unlikely to result in a risk to people");
        clickButton(dpo, "Record the decision");
        assertErrorSummary(dpo, "The assessment says the ICO must be told: enter why you have decided otherwise");
        assertAccessible(dpo);
        choose(dpo, "Tell the ICO: the breach is likely to result in a risk to people");
        clickButton(dpo, "Record the decision");
        assertSuccess(dpo, "Decision recorded: the ICO will be told");
        assertThat(dpo.locator("#ico-status")).hasText("Tell the ICO");
        assertAccessible(dpo);

        String incidentPath = dpo.url().substring(dpo.url().indexOf("/incidents/"));
        open(dpo, dpo.getByText("Read the drafted report").getAttribute("href"));
        assertThat(dpo.locator("h1")).hasText("Personal data breach report: " + reference);
        assertAccessible(dpo);
        assertFitsAPhone(dpo);
        open(dpo, incidentPath);
        assertAccessible(dpo);
        clickLink(dpo, "Record the report sent to the ICO");
        assertAccessible(dpo);
        fill(dpo, "The ICO’s reference", "IC-123456-A1B2");
        clickButton(dpo, "Record the report");
        assertSuccess(dpo, "Report to the ICO recorded");
        assertThat(dpo.locator("#report-status")).containsText("Sent ");
        assertAccessible(dpo);

        clickLink(dpo, "Tell another organisation");
        assertAccessible(dpo);
        clickButton(dpo, "Tell them");
        assertErrorSummary(dpo, "Choose the organisation to tell", "Enter what they need to know");
        assertAccessible(dpo);
        dpo.getByLabel("Organisation", new Page.GetByLabelOptions().setExact(true)).selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Westshire Police"));
        fill(dpo, "What do they need to know?", "Our case notes reached your public protection unit's inbox: please delete them and confirm.");
        clickButton(dpo, "Tell them");
        assertSuccess(dpo, "Westshire Police has been told. Their Data Protection Officer will see it in their incidents.");
        assertAccessible(dpo);

        Page police = newSession();
        signIn(police, POLICE_DPO);
        clickNavigation(police, "Incidents");
        assertThat(police.locator("table").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(reference)).first())
                .containsText("Westshire County Council");
        assertAccessible(police);
        clickLink(police, reference);
        assertThat(police.locator(".app-preserve").first()).containsText("please delete them and confirm");
        assertThat(police.getByText("Case notes for child reference C-1042")).hasCount(0);
        assertAccessible(police);
        clickButton(police, "Acknowledge");
        assertSuccess(police, "Acknowledged. The organisation that told you can see you have.");
        assertAccessible(police);
    }
}
