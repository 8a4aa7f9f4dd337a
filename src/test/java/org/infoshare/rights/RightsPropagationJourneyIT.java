package org.infoshare.rights;

import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import org.infoshare.directory.DemoDirectory;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.retention.PersonCases;
import org.infoshare.retention.RetentionCommands;
import org.infoshare.rights.rules.RightKind;
import org.infoshare.shared.UkCalendar;
import org.infoshare.support.BrowserTest;
import org.infoshare.support.DemoPartnership;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rectification corrected in the record and passed on to exactly the recipient of the item, who answers in the
 * tracker; and a disposal run that honours a legal hold until it is lifted, then disposes of the person's records.
 */
class RightsPropagationJourneyIT extends BrowserTest {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired DirectoryLookup directory;
    @Autowired RightsRequests requests;
    @Autowired PersonCases cases;
    @Autowired JdbcClient jdbc;

    @Test
    void aCorrectionReachesTheRecipientOfTheItemWhoConfirmsIt() throws Exception {
        RightsFixtures fixtures = new RightsFixtures(mvc, demo, directory, requests);
        UUID person = fixtures.person();
        UUID disclosure = fixtures.disclose(person, DemoDirectory.POLICE, "Public Protection Desk",
                RightsFixtures.concern("Rowan missed school on 3 March", false), "");
        RightsRequest request = fixtures.confirmed(RightKind.RECTIFICATION, person);
        LocalDate today = LocalDate.now(UkCalendar.ZONE);

        signIn(page, DemoPartnership.COUNCIL_DPO);
        open(page, "/rights/requests/" + request.id());
        assertAccessible(page);
        clickButton(page, "Correct the record");
        assertThat(page.locator("h1")).hasText("Correct the record");
        assertAccessible(page);
        clickButton(page, "Correct the item");
        assertErrorSummary(page, "Select the item to correct");
        assertAccessible(page);
        page.getByLabel("Item to correct").selectOption(disclosure + "/safeguarding-concern");
        fill(page, "What the item should say", "Rowan missed school on 13 March");
        fill(page, "Why it was wrong, and how you know what is right", "The school's register shows the 13th");
        clickButton(page, "Correct the item");
        assertSuccess(page, "The item is corrected: its recipients now read the corrected version");
        assertThat(page.locator("#corrections")).containsText("Rowan missed school on 13 March");
        assertAccessible(page);

        clickLink(page, "Back");
        assertAccessible(page);
        clickButton(page, "Record the decision");
        assertAccessible(page);
        choose(page, "Granted");
        fill(page, "Your explanation to the person", "We have corrected the date");
        fillDate(page, "Date of the decision", today);
        clickButton(page, "Record the decision");
        assertSuccess(page, "Decision recorded: granted");
        assertAccessible(page);

        clickButton(page, "Tell the recipients");
        assertThat(page.locator("#targets tbody tr")).hasCount(1);
        assertThat(page.locator("#targets")).containsText("Westshire Police");
        assertThat(page.locator("#targets")).containsText("Public Protection Desk");
        assertAccessible(page);
        fill(page, "A note to the recipients (optional)", "The date of the missed day was wrong");
        clickButton(page, "Tell the recipients");
        assertSuccess(page, "1 organisation told: follow their answers below");
        assertThat(page.locator("#sent")).containsText("Awaiting an answer");
        assertAccessible(page);
        int nhsNotices = jdbc.sql("select count(*) from rights_notice where request_id = :id and recipient_organisation = :nhs")
                .param("id", request.id()).param("nhs", demo.organisation(DemoDirectory.NHS).id()).query(Integer.class).single();
        assertThat(nhsNotices).isZero();

        Page officer = newSession();
        signIn(officer, DemoPartnership.POLICE_PRACTITIONER);
        clickNavigation(officer, "Rights notices");
        assertAccessible(officer);
        officer.locator("#received a").first().click();
        assertThat(officer.locator("h1")).containsText("Rectification");
        assertAccessible(officer);
        clickButton(officer, "Send your answer");
        assertErrorSummary(officer, "Select what you did about this notice");
        assertAccessible(officer);
        choose(officer, "Corrected");
        clickButton(officer, "Send your answer");
        assertSuccess(officer, "Your answer is sent: corrected");
        assertThat(officer.locator("#answer")).containsText("Corrected");
        assertAccessible(officer);

        page.reload();
        assertThat(page.locator("#sent")).containsText("Corrected");
        assertAccessible(page);
    }

    @Test
    void aDisposalRunHonoursAHoldUntilItIsLifted() throws Exception {
        RightsFixtures fixtures = new RightsFixtures(mvc, demo, directory, requests);
        String reference = "DSP-" + UUID.randomUUID().toString().substring(0, 8);
        UUID person = fixtures.person(reference, "Sky Disposalchild", LocalDate.of(2012, 1, 9));
        UUID disclosure = fixtures.disclose(person, DemoDirectory.POLICE, "Public Protection Desk",
                RightsFixtures.concern("Sky told her teacher about a fall", false), "");
        cases.close(demo.actor(DemoPartnership.COUNCIL_PRACTITIONER), person,
                new RetentionCommands.CloseCase(LocalDate.now(UkCalendar.ZONE).minusDays(1)));

        signIn(page, DemoPartnership.COUNCIL_DPO);
        clickNavigation(page, "Retention and disposal");
        assertThat(page.locator("h1")).hasText("Retention and disposal");
        assertAccessible(page);
        clickLink(page, "Retention rules");
        assertAccessible(page);
        clickButton(page, "Set a rule");
        assertAccessible(page);
        clickButton(page, "Set the rule");
        assertErrorSummary(page, "Select the kind of record", "Select whether records are disposed of or reviewed", "Select what the period runs from");
        assertAccessible(page);
        page.getByLabel("Kind of record").selectOption("DISCLOSURE");
        choose(page, "Dispose of them after a period");
        page.getByLabel("The period runs from").selectOption("CASE_CLOSED");
        fill(page, "Years (for disposal)", "0");
        clickButton(page, "Set the rule");
        assertThat(page.locator(".govuk-notification-banner__heading")).containsText("Disclosures sent");
        assertAccessible(page);

        clickLink(page, "Back");
        assertAccessible(page);
        clickLink(page, "Legal holds");
        assertAccessible(page);
        clickButton(page, "Place a hold");
        assertAccessible(page);
        clickButton(page, "Place the hold");
        assertErrorSummary(page, "Enter your reference for the person whose information must be kept");
        assertAccessible(page);
        fill(page, "Your reference for the person", reference);
        fill(page, "Why must their information be kept?", "Needed for care proceedings");
        clickButton(page, "Place the hold");
        assertSuccess(page, "Hold placed: nothing about Sky Disposalchild will be disposed of until it is lifted");
        assertAccessible(page);

        clickLink(page, "Back");
        assertThat(page.locator("#held-total")).not().hasText("0 records");
        assertAccessible(page);
        clickButton(page, "Start a disposal run now");
        assertThat(page.locator("h1")).hasText("Disposal certificate");
        assertAccessible(page);
        assertThat(rows(disclosure)).isEqualTo(1);

        open(page, "/retention/holds");
        assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lift the hold on Sky Disposalchild (" + reference + ")")).click();
        assertAccessible(page);
        clickButton(page, "Lift the hold");
        assertErrorSummary(page, "Say why the hold is no longer needed");
        assertAccessible(page);
        fill(page, "Why is the hold no longer needed?", "The proceedings have ended");
        clickButton(page, "Lift the hold");
        assertSuccess(page, "Hold lifted");
        assertAccessible(page);

        open(page, "/retention/disposal");
        assertThat(page.locator("#due")).containsText("Disclosures sent");
        assertAccessible(page);
        clickButton(page, "Start a disposal run now");
        assertThat(page.locator("#lines")).containsText("Disclosures sent");
        assertAccessible(page);
        assertThat(rows(disclosure)).isZero();
    }

    private int rows(UUID disclosure) {
        return jdbc.sql("select count(*) from disclosure where id = :id").param("id", disclosure).query(Integer.class).single();
    }
}
