package org.infoshare.decision;

import java.util.UUID;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
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
 * The social worker narrows their decisions to one child by their reference, pages to the next 25 with the filter
 * kept, then narrows to one recipient organisation: all on the server, with no JavaScript needed (ADR 0017). Every
 * page is scanned and fits a 375 px screen.
 */
class DecisionListJourneyIT extends BrowserTest {

    private static final String SOCIAL_WORKER = DemoPartnership.COUNCIL_PRACTITIONER;

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;

    @Test
    void theSocialWorkerFiltersTheirDecisionsByPersonAndPagesThroughThem() throws Exception {
        ShareDecisions shares = new ShareDecisions(mvc, demo);
        String reference = "JRN-" + UUID.randomUUID().toString().substring(0, 8);
        UUID person = UUID.fromString(JsonPath.read(shares.post(SOCIAL_WORKER, "/api/v1/subjects",
                "{\"reference\":\"%s\",\"name\":\"Robin Pages\",\"dateOfBirth\":\"2014-06-01\",\"confirmedDifferent\":true}".formatted(reference)), "$.id"));
        for (int i = 0; i < 25; i++) {
            shares.to(SOCIAL_WORKER, person, "Westshire Police");
        }
        shares.to(SOCIAL_WORKER, person, "Westshire Community Health NHS Trust");

        signIn(page, SOCIAL_WORKER);
        open(page, "/decisions");
        assertThat(page.locator("h1")).hasText("Decide whether to share");
        assertAccessible(page);

        fill(page, "Person", reference);
        clickButton(page, "Apply filter");
        assertThat(page.locator(".app-pagination-summary")).hasText("Showing 1 to 25 of 26");
        assertThat(page.locator("table tbody tr")).hasCount(25);
        assertAccessible(page);
        NarrowScreen.assertFitsAPhone(page);

        clickAndWait(page.locator(".govuk-pagination__next a"));
        assertThat(page).hasURL(Pattern.compile(".*person=" + reference + ".*page=2.*|.*page=2.*person=" + reference + ".*"));
        assertThat(page.locator(".app-pagination-summary")).hasText("Showing 26 to 26 of 26");
        assertThat(page.locator("table tbody tr")).hasCount(1);
        assertThat(page.getByLabel("Person", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))).hasValue(reference);
        assertAccessible(page);
        NarrowScreen.assertFitsAPhone(page);

        page.getByLabel("Recipient organisation").selectOption(new SelectOption().setLabel("Westshire Community Health NHS Trust"));
        clickButton(page, "Apply filter");
        assertThat(page.locator(".app-pagination-summary")).hasText("Showing 1 to 1 of 1");
        assertThat(page.locator("table tbody tr")).hasCount(1);
        assertThat(page.locator("table tbody tr").first()).containsText("Westshire Community Health NHS Trust");
        assertAccessible(page);
        NarrowScreen.assertFitsAPhone(page);

        clickLink(page, "Clear the filter");
        assertThat(page.locator(".app-pagination-summary")).containsText("Showing 1 to 25 of");
        assertAccessible(page);
    }
}
