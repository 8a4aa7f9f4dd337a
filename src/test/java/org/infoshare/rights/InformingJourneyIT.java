package org.infoshare.rights;

import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.infoshare.directory.DemoDirectory;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.rights.rules.RightKind;
import org.infoshare.shared.UkCalendar;
import org.infoshare.support.BrowserTest;
import org.infoshare.support.DemoPartnership;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The DPO publishes the privacy notice naming a dataset; a social worker records that a person was told, which the
 * bundle then shows; a recipient reports an inaccuracy from the disclosure and the sender's DPO corrects the item.
 */
class InformingJourneyIT extends BrowserTest {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired DirectoryLookup directory;
    @Autowired RightsRequests requests;

    @Test
    void aPrivacyNoticeIsPublishedAndBeingToldIsRecordedAndShownInTheBundle() throws Exception {
        RightsFixtures fixtures = new RightsFixtures(mvc, demo, directory, requests);
        String reference = "INF-" + UUID.randomUUID().toString().substring(0, 8);
        UUID person = fixtures.person(reference, "Rowan Testchild", LocalDate.of(2015, 3, 14));
        LocalDate today = LocalDate.now(UkCalendar.ZONE);

        signIn(page, DemoPartnership.COUNCIL_DPO);
        clickNavigation(page, "Informing people");
        assertThat(page.locator("h1")).hasText("Informing people");
        assertAccessible(page);
        clickLink(page, "Publish a new version");
        assertAccessible(page);
        clickButton(page, "Publish the notice");
        assertErrorSummary(page, "Enter the notice's title", "Enter the text of the notice", "Enter the date the notice takes effect");
        assertAccessible(page);
        fill(page, "Title", "How Westshire County Council uses your information");
        fill(page, "The notice", "We hold what you and others tell us to keep children safe.");
        fillDate(page, "The date it takes effect", today);
        page.locator("#datasetSpecificationIds").check();
        clickButton(page, "Publish the notice");
        assertThat(page.locator(".govuk-notification-banner")).containsText("of your privacy notice is published");
        assertThat(page.locator("#datasets li")).hasCount(1);
        assertAccessible(page);

        Page worker = newSession();
        signIn(worker, DemoPartnership.COUNCIL_PRACTITIONER);
        clickNavigation(worker, "Informing people");
        assertAccessible(worker);
        clickLink(worker, "Record whether someone was told");
        assertAccessible(worker);
        clickButton(worker, "Record it");
        assertErrorSummary(worker, "Enter your reference for the person", "Select whether they were told");
        assertAccessible(worker);
        fill(worker, "Your reference for the person", reference);
        choose(worker, "Yes, they were told");
        fillDate(worker, "Date they were told", today);
        worker.getByLabel("How they were told").selectOption("LETTER");
        clickButton(worker, "Record it");
        assertSuccess(worker, "Recorded: they were told");
        assertAccessible(worker);

        RightsRequest request = fixtures.confirmed(RightKind.ACCESS, person);
        open(page, "/rights/requests/" + request.id() + "/bundle");
        assertAccessible(page);
        clickButton(page, "Prepare the bundle");
        assertThat(page.locator("#told")).containsText("Told on");
        assertThat(page.locator("#told")).containsText("by letter, privacy notice version");
        assertAccessible(page);
    }

    @Test
    void aRecipientReportsAnInaccuracyAndTheSendersDpoCorrectsIt() throws Exception {
        RightsFixtures fixtures = new RightsFixtures(mvc, demo, directory, requests);
        UUID person = fixtures.person();
        UUID disclosure = fixtures.disclose(person, DemoDirectory.POLICE, "Public Protection Desk",
                RightsFixtures.concern("Rowan missed school on 3 March", false), "");
        fixtures.disclose(person, DemoDirectory.NHS, "Safeguarding Children Team", RightsFixtures.concern("Rowan missed school on 3 March", false), "");

        signIn(page, DemoPartnership.POLICE_PRACTITIONER);
        open(page, "/disclosures/" + disclosure);
        assertAccessible(page);
        clickLink(page, "Report an inaccuracy in this disclosure");
        assertThat(page.locator("h1")).hasText("Report an inaccuracy");
        assertAccessible(page);
        clickButton(page, "Report the inaccuracy");
        assertErrorSummary(page, "Select the item that is inaccurate", "Say what is inaccurate and, if you know, what is right");
        assertAccessible(page);
        choose(page, "safeguarding-concern");
        fill(page, "What is inaccurate?", "Our log shows the 13th, not the 3rd");
        clickButton(page, "Report the inaccuracy");
        assertSuccess(page, "Inaccuracy reported: everyone who received the item is told");
        // the reporter sees the notice it sent to the sender; the sender's notices to its other recipients are the sender's
        assertThat(page.locator("#told tbody tr")).hasCount(1);
        assertThat(page.locator("#told")).containsText(DemoDirectory.COUNCIL);
        assertAccessible(page);

        Page dpo = newSession();
        signIn(dpo, DemoPartnership.COUNCIL_DPO);
        clickNavigation(dpo, "Inaccuracies reported");
        assertAccessible(dpo);
        dpo.locator("#reports a").first().click();
        assertThat(dpo.locator("h1")).containsText("Inaccuracy reported");
        assertThat(dpo.locator("#told")).containsText(DemoDirectory.NHS);
        assertAccessible(dpo);
        clickButton(dpo, "Correct the item");
        assertErrorSummary(dpo, "Enter what the item should say", "Say why the item was wrong and how you know what is right");
        assertAccessible(dpo);
        fill(dpo, "What the item should say", "Rowan missed school on 13 March");
        fill(dpo, "Why it was wrong, and how you know what is right", "The police log and the register agree on the 13th");
        clickButton(dpo, "Correct the item");
        assertSuccess(dpo, "The item is corrected: its recipients now read the corrected version");
        assertThat(dpo.locator("h1")).containsText("Corrected");
        assertAccessible(dpo);
    }
}
