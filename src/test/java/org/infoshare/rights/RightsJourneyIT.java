package org.infoshare.rights;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import org.infoshare.clock.StatutoryClock;
import org.infoshare.clock.rules.Pause;
import org.infoshare.directory.DemoDirectory;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.shared.UkCalendar;
import org.infoshare.support.BrowserTest;
import org.infoshare.support.DemoPartnership;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A subject access request in the browser: recorded by a social worker the day it arrives, then worked by the DPO
 * through the clock (stopped, restarted, extended), the identity check and the person confirmed, the bundle
 * previewed with a name and an item withheld, approved, downloaded and released, and the decision.
 */
class RightsJourneyIT extends BrowserTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired DirectoryLookup directory;
    @Autowired RightsRequests requests;
    @Autowired StatutoryClock clock;

    @Test
    void aSubjectAccessRequestFromIntakeToTheReleasedBundle() throws Exception {
        RightsFixtures fixtures = new RightsFixtures(mvc, demo, directory, requests);
        String reference = "SAR-" + UUID.randomUUID().toString().substring(0, 8);
        UUID person = fixtures.person(reference, "Rowan Journeychild", LocalDate.of(2015, 3, 14));
        fixtures.disclose(person, DemoDirectory.POLICE, "Public Protection Desk",
                RightsFixtures.concern("Jane Smith saw bruising at the school gate", false) + ","
                        + "{\"code\":\"address\",\"content\":\"Staying with her father at 9 Ash Row\",\"kind\":\"FACT\","
                        + "\"historical\":false,\"notToSubject\":true}", "\"Jane Smith\"");
        LocalDate today = LocalDate.now(UkCalendar.ZONE);
        LocalDate received = today.minusDays(6);

        signIn(page, RightsFixtures.SOCIAL_WORKER);
        clickNavigation(page, "Record a rights request");
        assertThat(page.locator("h1")).hasText("Record a rights request");
        assertAccessible(page);
        clickButton(page, "Record the request");
        assertErrorSummary(page, "Select what the person is asking for", "Enter the date the request was received", "Select how the request arrived",
                "Select who made the request", "Enter the name of the person who made the request", "Enter what they are asking for, in their words");
        assertAccessible(page);
        choose(page, "Access: a copy of their information (subject access)");
        fillDate(page, "Date the request was received", received);
        choose(page, "Letter");
        choose(page, "A parent or carer with parental responsibility");
        fill(page, "Name of the person who made the request", "Dana Requester");
        fill(page, "Their full name (optional)", "Rowan Journeychild");
        fillDate(page, "Their date of birth (optional)", LocalDate.of(2015, 3, 14));
        fill(page, "What are they asking for, in their words?", "Everything you hold about my son and who you gave it to");
        clickButton(page, "Record the request");
        String banner = page.locator(".govuk-notification-banner__heading").textContent();
        Matcher matcher = Pattern.compile("Request (RR-\\d{4}-\\d{5}) recorded").matcher(banner);
        assertThat(matcher.find()).as(banner).isTrue();
        String request = matcher.group(1);
        assertAccessible(page);
        signOut(page);

        signIn(page, DemoPartnership.COUNCIL_DPO);
        clickNavigation(page, "Rights requests");
        assertThat(page.locator("h1")).hasText("Rights requests");
        assertThat(page.locator("tbody")).containsText(request);
        assertAccessible(page);
        clickLink(page, request);
        assertThat(page.locator("h1")).containsText(request);
        assertAccessible(page);

        clickButton(page, "Stop the clock");
        assertAccessible(page);
        clickButton(page, "Stop the clock");
        assertErrorSummary(page, "Select what you are waiting for", "Enter the date you asked for it");
        assertAccessible(page);
        choose(page, "Waiting for proof of identity");
        fillDate(page, "Date you asked for it", received.plusDays(1));
        clickButton(page, "Stop the clock");
        assertSuccess(page, "The clock is stopped until what you asked for arrives");
        assertThat(page.locator("h1 .govuk-tag")).hasText("Paused");
        assertAccessible(page);

        clickButton(page, "Restart the clock");
        assertAccessible(page);
        fillDate(page, "Date it arrived", received);
        clickButton(page, "Restart the clock");
        assertErrorSummary(page, "The date it arrived must be on or after the date you asked for it");
        assertAccessible(page);
        fillDate(page, "Date it arrived", received.plusDays(3));
        clickButton(page, "Restart the clock");
        var nation = clock.nationOf(demo.organisation(DemoDirectory.COUNCIL).id());
        LocalDate due = clock.subjectRightsDeadline(received, List.of(new Pause(received.plusDays(1), received.plusDays(3))), false, nation).dueOn();
        assertSuccess(page, "The clock has restarted: respond by " + DAY.format(due));
        assertThat(page.locator("#due-on")).hasText(DAY.format(due));
        assertAccessible(page);

        clickLink(page, "Record the identity check");
        assertAccessible(page);
        choose(page, "Photographic identity document seen");
        fillDate(page, "Date it was checked", today);
        clickButton(page, "Record the check");
        assertSuccess(page, "Identity check recorded");
        assertAccessible(page);

        clickLink(page, "Find the person");
        assertAccessible(page);
        clickButton(page, "Confirm this is the person");
        assertErrorSummary(page, "Select the person this request is about, or confirm you hold nothing about them");
        assertAccessible(page);
        choose(page, "Rowan Journeychild (" + reference + "), born 14 March 2015");
        clickButton(page, "Confirm this is the person");
        assertSuccess(page, "Person confirmed");
        assertThat(page.locator("#person-confirmed")).hasText("Rowan Journeychild (" + reference + "), confirmed");
        assertAccessible(page);

        clickButton(page, "Extend the deadline");
        assertAccessible(page);
        choose(page, "The request is complex");
        fill(page, "Your explanation to the person", "Your son's records are held by several teams");
        fillDate(page, "Date you told the person", today);
        clickButton(page, "Extend the deadline");
        LocalDate extended = clock.subjectRightsDeadline(received, List.of(new Pause(received.plusDays(1), received.plusDays(3))), true, nation).dueOn();
        assertSuccess(page, "Deadline extended: respond by " + DAY.format(extended));
        assertAccessible(page);

        clickButton(page, "Record the decision");
        assertAccessible(page);
        choose(page, "Granted");
        fill(page, "Your explanation to the person", "Here is everything we hold");
        fillDate(page, "Date of the decision", today);
        clickButton(page, "Record the decision");
        assertErrorSummary(page, "Prepare and approve the bundle of their information first");
        assertAccessible(page);

        clickLink(page, "Back");
        assertAccessible(page);
        clickButton(page, "Their information (the bundle)");
        assertThat(page.locator("h1")).hasText("Prepare their information");
        assertAccessible(page);
        clickButton(page, "Prepare the bundle");
        assertSuccess(page, "Bundle prepared: check each entry before you approve it");
        assertThat(page.locator("mark.app-withheld")).hasText("Jane Smith");
        assertThat(page.locator("#withheld-count")).hasText("1 entry");
        assertThat(page.locator("main")).containsText("Withheld: Social work information");
        assertAccessible(page);

        fill(page, "Names to withhold wherever they appear", "X");
        clickButton(page, "Save the names");
        assertErrorSummary(page, "Each name must have at least " + org.infoshare.delivery.rules.Redaction.MIN_LETTERS + " letters or digits");
        assertAccessible(page);
        fill(page, "Names to withhold wherever they appear", "school gate");
        clickButton(page, "Save the names");
        assertSuccess(page, "The names to withhold are saved");
        assertAccessible(page);
        assertThat(page.locator("mark.app-withheld")).hasCount(2);

        clickButton(page, "Approve the bundle");
        assertSuccess(page, "Bundle approved: its content is now fixed");
        assertAccessible(page);
        String href = page.getByText("Download their copy in a machine-readable form (JSON)").getAttribute("href");
        APIResponse download = page.request().get(url(href));
        assertThat(download.status()).isEqualTo(200);
        String released = download.text();
        assertThat(released).contains("[name withheld] saw bruising at the [name withheld]").doesNotContain("Jane Smith")
                .doesNotContain("Ash Row").doesNotContain("SOCIAL_WORK_SERIOUS_HARM").doesNotContain("Sch 3");
        APIResponse pdf = page.request().get(url(page.getByText("Download their copy (PDF)").getAttribute("href")));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        clickButton(page, "Record its release");
        assertAccessible(page);
        clickButton(page, "Record the release");
        assertErrorSummary(page, "Select how the bundle reached them", "Enter the date it was released");
        assertAccessible(page);
        choose(page, "Secure email");
        fillDate(page, "Date it was released", today);
        clickButton(page, "Record the release");
        assertSuccess(page, "Release of the bundle recorded");
        assertThat(page.locator("#bundle-status")).hasText("Released on " + DAY.format(today));
        assertAccessible(page);

        clickButton(page, "Record the decision");
        assertAccessible(page);
        choose(page, "Granted");
        fill(page, "Your explanation to the person", "Here is what we hold; some of it is withheld");
        fillDate(page, "Date of the decision", today);
        clickButton(page, "Record the decision");
        assertErrorSummary(page, "The bundle withholds information, so the request is partly granted: choose the exemptions it withholds under");
        assertAccessible(page);
        choose(page, "Partly granted");
        choose(page, "Social work information: disclosure would be likely to cause serious harm to the physical or mental health of the person"
                + " or someone else (DPA 2018 Sch 3 para 11)");
        clickButton(page, "Record the decision");
        assertSuccess(page, "Decision recorded: partly granted");
        assertThat(page.locator("#decision")).containsText("Social work information");
        assertAccessible(page);

        clickButton(page, "Close the request");
        assertAccessible(page);
        fillDate(page, "Date it was closed", today);
        clickButton(page, "Close the request");
        assertSuccess(page, "Request closed");
        assertAccessible(page);
        clickLink(page, "Back to the queue");
        assertThat(page.locator("main")).not().containsText(request);
        assertAccessible(page);
    }

    @Test
    void staffWhoDoNotWorkRequestsCannotSeeThem() {
        signIn(page, RightsFixtures.SOCIAL_WORKER);
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Rights requests").setExact(true))).hasCount(0);
        assertThat(open(page, "/rights/requests").status()).isEqualTo(403);
        assertAccessible(page);
    }
}
