package org.infoshare.security;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.infoshare.support.BrowserTest;
import org.infoshare.support.DemoPartnership;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Need to know in the browser: a colleague in another team finds a child's consent record "not found", records why
 * they must look (break glass), then sees it; the Data Protection Officer reads the reason in the log. Every page is
 * scanned for accessibility and must not scroll sideways on a 375 px wide screen, the refused-address page included.
 */
class NeedToKnowJourneyIT extends BrowserTest {

    private static final String EARLY_HELP = "earlyhelp@westshire-council.example";

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;

    @Test
    void anotherTeamBreaksGlassToSeeAChildsRecordsAndTheDataProtectionOfficerSeesWhy() throws Exception {
        String reference = "NTKJ-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String consent = aConsentRecordOfTheAssessmentTeam(reference);

        signIn(page, EARLY_HELP);
        Response hidden = open(page, "/consents/" + consent);
        assertEquals(404, hidden.status());
        assertThat(page.locator("h1")).hasText("Page not found");
        assertAccessible(page);

        clickNavigation(page, "Break glass");
        assertThat(page.locator("h1")).hasText("Look at the records of someone your team does not work with");
        assertAccessible(page);
        fitsASmallScreen(page);
        clickButton(page, "Record the reason and look");
        assertErrorSummary(page, "Enter your organisation's reference for the person", "Select why you need to look at their records",
                "Explain why you need to look at their records now");
        assertAccessible(page);

        fill(page, "The reference your organisation uses for them", reference);
        choose(page, "A new referral or request about them has come to me");
        fill(page, "Explain why you need to look now", "The school referred Robin to early help this morning");
        clickButton(page, "Record the reason and look");
        assertThat(page.locator(".govuk-panel__title")).hasText("You can now see their records");
        assertThat(page.locator(".govuk-panel__body")).containsText("Robin Journeychild (" + reference + ")");
        assertAccessible(page);
        fitsASmallScreen(page);

        Response shown = open(page, "/consents/" + consent);
        assertEquals(200, shown.status());
        assertAccessible(page);

        Page dpo = newSession();
        signIn(dpo, DemoPartnership.COUNCIL_DPO);
        clickNavigation(dpo, "Break glass log");
        assertThat(dpo.locator("h1")).hasText("Break glass log");
        assertThat(dpo.locator(".govuk-summary-card").first()).containsText("Megan Price");
        assertThat(dpo.locator(".govuk-summary-card").first()).containsText("Robin Journeychild (" + reference + ")");
        assertThat(dpo.locator(".govuk-summary-card").first()).containsText("The school referred Robin to early help this morning");
        assertAccessible(dpo);
        fitsASmallScreen(dpo);
    }

    @Test
    void anAddressTheServerRefusesGetsAGovukPage() {
        Response refused = open(page, "/decisions/a%2Fb");
        assertEquals(400, refused.status());
        assertThat(page.locator("h1")).hasText("This address could not be used");
        assertAccessible(page);
        fitsASmallScreen(page);
    }

    private String aConsentRecordOfTheAssessmentTeam(String reference) throws Exception {
        String token = demo.token(DemoPartnership.COUNCIL_PRACTITIONER);
        String subject = JsonPath.read(mvc.perform(post("/api/v1/subjects").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reference\":\"" + reference + "\",\"name\":\"Robin Journeychild\",\"dateOfBirth\":\"2016-04-05\",\"confirmedDifferent\":true}"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        String nhs = demo.organisation("Westshire Community Health NHS Trust").id().toString();
        return JsonPath.read(mvc.perform(post("/api/v1/consents").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"subjectId":"%s","answer":"GIVEN","givenBy":"PARENTAL_RESPONSIBILITY","giverName":"Jo Parent","explicit":true,
                         "medium":"VERBAL","givenOn":"2026-11-01","givenTime":"10:15","whatWasAgreed":"Share with the health visitor",
                         "purposes":["SAFEGUARDING_CHILD"],"recipients":["%s"]}""".formatted(subject, nhs)))
                .andReturn().getResponse().getContentAsString(), "$.id");
    }

    /** At 375 px wide (a small phone) the page does not scroll sideways. */
    private static void fitsASmallScreen(Page page) {
        page.setViewportSize(375, 800);
        try {
            Object overflows = page.evaluate("() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
            assertFalse(Boolean.TRUE.equals(overflows), "The page scrolls sideways at 375 px: " + page.url());
        } finally {
            page.setViewportSize(1280, 900);
        }
    }
}
