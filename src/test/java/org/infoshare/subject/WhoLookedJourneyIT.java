package org.infoshare.subject;

import java.util.regex.Pattern;

import com.microsoft.playwright.options.SelectOption;
import org.infoshare.support.BrowserTest;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.NarrowScreen;
import org.infoshare.support.ShareDecisions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The council's Data Protection Officer opens a child's page, follows "Who has looked" and narrows the list to
 * sharing decisions; a filter that cannot be right is shown in the error summary. Every page is scanned and fits a
 * 375 px screen.
 */
class WhoLookedJourneyIT extends BrowserTest {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;

    @Test
    void aDataProtectionOfficerSeesWhoHasLookedAtAChildsInformationAndFilters() throws Exception {
        ShareDecisions.Decided decided = new ShareDecisions(mvc, demo).toPolice(DemoPartnership.COUNCIL_PRACTITIONER);
        look(DemoPartnership.COUNCIL_PRACTITIONER, "/api/v1/subjects/" + decided.subjectId() + "/history");
        look(DemoPartnership.COUNCIL_MANAGER, "/api/v1/decisions/" + decided.decisionId());

        signIn(page, DemoPartnership.COUNCIL_DPO);
        open(page, "/people/" + decided.subjectId());
        assertThat(page.locator("h1")).hasText(ShareDecisions.SUBJECT_NAME);
        assertAccessible(page);

        clickLink(page, "Who has looked at " + ShareDecisions.SUBJECT_NAME + "’s information");
        assertThat(page.locator("h1")).hasText("Who has looked at " + ShareDecisions.SUBJECT_NAME + "’s information");
        assertThat(page.locator("table tbody")).containsText("Sam Okafor");
        assertThat(page.locator("table tbody")).containsText("Jo Reid");
        assertThat(page.locator("table tbody")).containsText("Westshire County Council");
        assertAccessible(page);
        NarrowScreen.assertFitsAPhone(page);

        page.getByLabel("What they looked at").selectOption(new SelectOption().setLabel("Sharing decision"));
        clickButton(page, "Apply filter");
        assertThat(page.locator("table tbody tr")).hasCount(1);
        assertThat(page.locator("table tbody tr")).containsText("Jo Reid");
        assertThat(page.locator("table tbody tr")).containsText("Looked at");
        assertAccessible(page);
        NarrowScreen.assertFitsAPhone(page);

        fillDate(page, "From", "2", "11", "2026");
        fillDate(page, "To", "1", "11", "2026");
        clickButton(page, "Apply filter");
        assertErrorSummary(page, "The date to must be the same as or after the date from");
        assertAccessible(page);
        NarrowScreen.assertFitsAPhone(page);

        clickLink(page, "Clear the filter");
        assertThat(page.locator("table tbody")).containsText("Sam Okafor");
        assertAccessible(page);
        clickAndWait(page.locator("table tbody a").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Sharing decision")).first());
        assertThat(page).hasURL(Pattern.compile(".*/decisions/" + decided.decisionId()));
        assertAccessible(page);
    }

    private void look(String user, String path) throws Exception {
        mvc.perform(get(path).header("Authorization", "Bearer " + demo.token(user))).andExpect(status().isOk());
    }
}
