package org.infoshare.rights;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.rights.rules.RequestOutcome;
import org.infoshare.rights.rules.RightKind;
import org.infoshare.shared.Actor;
import org.infoshare.shared.UkCalendar;
import org.infoshare.support.BrowserTest;
import org.infoshare.support.DemoPartnership;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.infoshare.support.NarrowScreen.assertFitsAPhone;

/** A person's case dates recorded by staff; the DPO's reviews due and record of processing; a granted erasure carried out from its page. */
class RetentionPagesJourneyIT extends BrowserTest {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired DirectoryLookup directory;
    @Autowired RightsRequests requests;
    @Autowired Propagation propagation;

    @Test
    void staffRecordCaseDatesAndTheDpoReadsReviewsAndTheRecordOfProcessing() throws Exception {
        RightsFixtures fixtures = new RightsFixtures(mvc, demo, directory, requests);
        String reference = "CASE-" + UUID.randomUUID().toString().substring(0, 8);
        fixtures.person(reference, "Sky Casechild", LocalDate.of(2012, 1, 9));
        LocalDate today = LocalDate.now(UkCalendar.ZONE);

        signIn(page, DemoPartnership.COUNCIL_PRACTITIONER);
        clickNavigation(page, "Case dates");
        assertAccessible(page);
        fill(page, "Your reference for the person", "NOBODY-" + reference);
        clickButton(page, "Find the person");
        assertErrorSummary(page, "Nobody in your records has this reference");
        assertAccessible(page);
        fill(page, "Your reference for the person", reference);
        clickButton(page, "Find the person");
        assertThat(page.locator("h1")).hasText("Case dates");
        assertAccessible(page);
        clickButton(page, "Close the case");
        assertErrorSummary(page, "Enter the date the case was closed");
        assertAccessible(page);
        fillDate(page, "Date the case was closed", today);
        clickButton(page, "Close the case");
        assertSuccess(page, "Case closed: retention periods that run from closure have started");
        assertThat(page.locator("#case-dates")).containsText(today.getYear() + "");
        assertAccessible(page);
        fillDate(page, "Date of the last contact", today.minusDays(3));
        clickButton(page, "Record the last contact");
        assertSuccess(page, "Last contact recorded");
        assertAccessible(page);
        clickButton(page, "Reopen the case");
        assertSuccess(page, "Case reopened");
        assertThat(page.locator("#case-dates")).containsText("Open");
        assertAccessible(page);

        Page dpo = newSession();
        signIn(dpo, DemoPartnership.COUNCIL_DPO);
        clickNavigation(dpo, "Retention and disposal");
        assertAccessible(dpo);
        clickLink(dpo, "Reviews due");
        assertThat(dpo.locator("h1")).hasText("Reviews due");
        assertAccessible(dpo);
        clickNavigation(dpo, "Record of processing");
        assertThat(dpo.locator("h1")).hasText("Record of processing activities");
        assertThat(dpo.locator(".app-ropa").first()).containsText("Purposes");
        assertAccessible(dpo);

        Page administrator = newSession();
        signIn(administrator, DemoPartnership.COUNCIL_ADMIN);
        clickNavigation(administrator, "The partnership's record of processing");
        assertThat(administrator.locator("h1")).hasText("The partnership's record of processing activities");
        assertThat(administrator.locator(".app-ropa").first()).containsText("Disclosures sent");
        assertAccessible(administrator);
        assertFitsAPhone(administrator);
    }

    @Test
    void aGrantedErasureIsCarriedOutFromItsPageAndEndsOnTheCertificate() throws Exception {
        RightsFixtures fixtures = new RightsFixtures(mvc, demo, directory, requests);
        UUID person = fixtures.person("ERA-" + UUID.randomUUID().toString().substring(0, 8), "Robin Erasechild", LocalDate.of(2013, 5, 2));
        Actor dpo = fixtures.actor(RightsFixtures.COUNCIL_DPO);
        RightsRequest request = fixtures.confirmed(RightKind.ERASURE, person);
        requests.decide(dpo, request.id(), new RightsCommands.Decide(RequestOutcome.GRANTED, List.of(), "We erase it", LocalDate.now(UkCalendar.ZONE)));

        signIn(page, DemoPartnership.COUNCIL_DPO);
        open(page, "/rights/requests/" + request.id());
        assertAccessible(page);
        clickButton(page, "Erase their information");
        assertThat(page.locator("h1")).hasText("Erase their information");
        assertAccessible(page);
        clickButton(page, "Erase their information");
        assertErrorSummary(page, "Tell the recipients first: once the records are erased, nobody can tell who received them");
        assertAccessible(page);

        propagation.send(dpo, request.id(), new NoticeCommands.SendNotices(List.of(), List.of(), null));
        clickButton(page, "Erase their information");
        assertSuccess(page, "Their information is erased: the certificate below says what went, without any of it");
        assertAccessible(page);
        open(page, "/rights/requests/" + request.id());
        assertThat(page.locator("#erased")).containsText("Their information was erased on");
        assertAccessible(page);
    }
}
