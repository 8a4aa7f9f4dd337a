package org.infoshare.decision;

import java.util.UUID;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.infoshare.support.BrowserTest;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.NarrowScreen;
import org.infoshare.support.ShareDecisions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The police officer narrows the requests received to the urgent ones from the health trust, pages to the next 25
 * with the filter kept, then turns to the requests their organisation sent; the manager narrows the advice queue to
 * what waits for them. All on the server with no JavaScript needed (ADR 0017); every page is scanned and fits a
 * 375 px screen, and a filter that cannot be read is shown in the error summary.
 */
class ListPagingJourneyIT extends BrowserTest {

    private static final String SOCIAL_WORKER = DemoPartnership.COUNCIL_PRACTITIONER;
    private static final String NURSE = DemoPartnership.NHS_PRACTITIONER;
    private static final String OFFICER = DemoPartnership.POLICE_PRACTITIONER;

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;

    @Test
    void theOfficerFiltersTheRequestsReceivedPagesThroughThemAndTurnsToThoseSent() throws Exception {
        ShareDecisions shares = new ShareDecisions(mvc, demo);
        String police = demo.organisation("Westshire Police").id().toString();
        String nhs = demo.organisation("Westshire Community Health NHS Trust").id().toString();
        UUID nursesPerson = shares.subject(NURSE);
        for (int i = 0; i < 26; i++) {
            request(shares, NURSE, nursesPerson, police, "URGENT");
        }
        UUID officersPerson = shares.subject(OFFICER);
        for (int i = 0; i < 2; i++) {
            request(shares, OFFICER, officersPerson, nhs, "IMMEDIATE");
        }

        signIn(page, OFFICER);
        open(page, "/requests");
        assertThat(page.locator("h1")).hasText("Requests for information");
        assertAccessible(page);
        NarrowScreen.assertFitsAPhone(page);

        page.getByLabel("From organisation").selectOption(new SelectOption().setLabel("Westshire Community Health NHS Trust"));
        page.getByLabel("Urgency", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Urgent"));
        page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Awaiting an answer"));
        clickButton(page, "Apply filter");
        assertThat(page.locator(".app-pagination-summary")).containsText("Showing 1 to 25 of");
        assertThat(page.locator("table tbody tr")).hasCount(25);
        assertAccessible(page);
        NarrowScreen.assertFitsAPhone(page);

        clickAndWait(page.locator(".govuk-pagination__next a"));
        assertThat(page).hasURL(Pattern.compile(".*page=2.*"));
        assertThat(page).hasURL(Pattern.compile(".*urgency=URGENT.*"));
        assertThat(page.locator(".app-pagination-summary")).containsText("Showing 26 to");
        assertThat(page.getByLabel("Urgency", new Page.GetByLabelOptions().setExact(true))).hasValue("URGENT");
        assertThat(page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true))).hasValue("AWAITING");
        assertAccessible(page);
        NarrowScreen.assertFitsAPhone(page);

        fillDate(page, "From", "5", "11", "2026");
        fillDate(page, "To", "1", "11", "2026");
        clickButton(page, "Apply filter");
        assertThat(page).hasTitle(Pattern.compile("^Error: "));
        assertThat(page.locator(".govuk-error-summary")).containsText("The date to must be the same as or after the date from");
        assertThat(page.locator("table tbody tr")).hasCount(0);
        assertAccessible(page);

        clickLink(page, "Requests your organisation sent");
        assertThat(page.locator("h1")).hasText("Requests sent");
        assertAccessible(page);
        page.getByLabel("To organisation").selectOption(new SelectOption().setLabel("Westshire Community Health NHS Trust"));
        page.getByLabel("Urgency", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Immediate"));
        clickButton(page, "Apply filter");
        assertThat(page.locator(".app-pagination-summary")).containsText("Showing 1 to");
        assertThat(page.locator("table tbody tr").first()).containsText("Westshire Community Health NHS Trust");
        assertAccessible(page);
        NarrowScreen.assertFitsAPhone(page);

        page.getByLabel("To organisation").selectOption(new SelectOption().setLabel("Westshire County Council"));
        fillDate(page, "From", "1", "1", "2099");
        clickButton(page, "Apply filter");
        assertThat(page.locator("main")).containsText("No requests match the filter");
        assertAccessible(page);
        clickLink(page, "Clear the filter");
        assertThat(page.locator(".app-pagination-summary")).containsText("Showing 1 to");
        assertAccessible(page);
    }

    @Test
    void theManagerNarrowsTheAdviceQueueToWhatWaitsForThem() throws Exception {
        ShareDecisions shares = new ShareDecisions(mvc, demo);
        String police = demo.organisation("Westshire Police").id().toString();
        UUID person = shares.subject(SOCIAL_WORKER);
        for (int i = 0; i < 2; i++) {
            shares.post(SOCIAL_WORKER, "/api/v1/decisions",
                    DecisionApiIT.decision(person.toString(), police, "null", "\"WOULD_PLACE_CHILD_AT_RISK\"", "NOT_SURE", "Unsure about the marks"));
        }

        signIn(page, DemoPartnership.COUNCIL_MANAGER);
        open(page, "/advice");
        assertThat(page.locator("h1")).hasText("Advice");
        assertAccessible(page);
        NarrowScreen.assertFitsAPhone(page);

        page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Waiting for your advice"));
        clickButton(page, "Apply filter");
        assertThat(page.locator(".app-pagination-summary")).containsText("Showing 1 to");
        assertThat(page.locator("table tbody tr").first()).containsText("Waiting for advice");
        assertAccessible(page);
        NarrowScreen.assertFitsAPhone(page);

        fillDate(page, "From", "31", "2", "2026");
        clickButton(page, "Apply filter");
        assertThat(page).hasTitle(Pattern.compile("^Error: "));
        assertThat(page.locator(".govuk-error-summary")).isVisible();
        assertAccessible(page);
    }

    private static String request(ShareDecisions shares, String username, UUID person, String holder, String urgency) throws Exception {
        return JsonPath.read(shares.post(username, "/api/v1/requests", """
                {"subjectId":"%s","holderOrganisationId":"%s","purpose":"SAFEGUARDING_CHILD","gatewayCode":"CA1989-S47",
                 "urgency":"%s","items":["address"],"reason":"Strategy discussion"}""".formatted(person, holder, urgency)), "$.id");
    }
}
