package org.infoshare.subject;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.support.BrowserTest;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.NarrowScreen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A social worker finds a child by a misspelt name, opens their page and reads what has happened to them; adding
 * the same child again is caught ("Is this the same person?"). Every page is scanned and fits a 375 px screen.
 */
class PersonJourneyIT extends BrowserTest {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;

    @Test
    void aSocialWorkerFindsAChildByAMisspeltNameAndAddingThemAgainIsCaught() throws Exception {
        LocalDate born = LocalDate.of(2013, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        String reference = "PJ-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String child = aChildWithConsent(reference, born);

        signIn(page, DemoPartnership.COUNCIL_PRACTITIONER);
        clickNavigation(page, "People");
        assertThat(page.locator("h1")).hasText("People");
        assertAccessible(page);
        NarrowScreen.assertFitsAPhone(page);

        clickButton(page, "Search");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter a name, date of birth, reference or NHS number");
        assertAccessible(page);

        fill(page, "Find a person", "Jon Smyth " + born.getDayOfMonth() + "/" + born.getMonthValue() + "/" + born.getYear());
        clickButton(page, "Search");
        assertThat(page.locator("table tbody tr").first()).containsText("John Smith");
        assertThat(page.locator("table tbody tr").first()).containsText(reference);
        assertAccessible(page);
        NarrowScreen.assertFitsAPhone(page);

        clickAndWait(page.locator("table tbody tr").first().getByRole(com.microsoft.playwright.options.AriaRole.LINK));
        assertThat(page.locator("h1")).hasText("John Smith");
        assertThat(page.locator(".app-timeline")).containsText("Consent given by Jo Smith");
        assertAccessible(page);
        NarrowScreen.assertFitsAPhone(page);
        // the newest entry first: why they were not told, which opens its own record
        assertThat(page.locator(".app-timeline__entry").first()).containsText("Not told how their information is shared, because there is no safe way to contact them");
        clickAndWait(page.locator(".app-timeline a").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Not told how")));
        assertThat(page.locator("h1")).hasText("They were not told their information was shared");
        assertAccessible(page);
        NarrowScreen.assertFitsAPhone(page);
        page.goBack();
        assertAccessible(page);
        clickAndWait(page.locator(".app-timeline a").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Consent given by Jo Smith")));
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/consents/.*"));
        assertAccessible(page);

        open(page, "/people/new");
        assertThat(page.locator("h1")).hasText("Add a person");
        assertAccessible(page);
        fill(page, "Your organisation’s reference for them", reference + "-B");
        fill(page, "Full name", "Jonny Smith");
        fillDate(page, "Date of birth", born);
        clickButton(page, "Add them");
        assertThat(page.locator("h1")).hasText("Is this the same person?");
        assertThat(page.locator(".govuk-summary-card").first()).containsText("John Smith");
        assertThat(page.locator(".govuk-summary-card").first()).containsText("A similar name and the same date of birth");
        assertAccessible(page);
        NarrowScreen.assertFitsAPhone(page);

        clickLink(page, "Open their record (John Smith)");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/people/" + child));
        assertAccessible(page);
    }

    private String aChildWithConsent(String reference, LocalDate born) throws Exception {
        String token = demo.token(DemoPartnership.COUNCIL_PRACTITIONER);
        String subject = JsonPath.read(mvc.perform(post("/api/v1/subjects").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"reference":"%s","name":"John Smith","dateOfBirth":"%s","confirmedDifferent":true}""".formatted(reference, born)))
                .andReturn().getResponse().getContentAsString(), "$.id");
        String nhs = demo.organisation("Westshire Community Health NHS Trust").id().toString();
        mvc.perform(post("/api/v1/consents").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content("""
                {"subjectId":"%s","answer":"GIVEN","givenBy":"PARENTAL_RESPONSIBILITY","giverName":"Jo Smith","explicit":true,
                 "medium":"VERBAL","givenOn":"2026-11-01","givenTime":"10:15","whatWasAgreed":"Share with the health visitor",
                 "purposes":["SAFEGUARDING_CHILD"],"recipients":["%s"]}""".formatted(subject, nhs)));
        mvc.perform(post("/api/v1/rights/informed").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content("""
                {"subjectId":"%s","told":false,"reason":"NO_SAFE_MEANS_OF_CONTACT"}""".formatted(subject)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated());
        return subject;
    }
}
