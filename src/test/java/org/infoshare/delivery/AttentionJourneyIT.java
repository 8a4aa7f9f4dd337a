package org.infoshare.delivery;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Team;
import org.infoshare.support.BrowserTest;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.NarrowScreen;
import org.infoshare.support.ShareDecisions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Nothing urgent missed: a disclosure the council's decision called immediate is at the top of the police officer's
 * home page ("Needs your attention") and of their inbox, saying who it is about, with a count beside "Inbox" in the
 * navigation. Every page is scanned and fits a 375 px screen.
 */
class AttentionJourneyIT extends BrowserTest {

    private static final String SOCIAL_WORKER = DemoPartnership.COUNCIL_PRACTITIONER;

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired DirectoryLookup directory;

    @Test
    void thePoliceOfficerSeesTheImmediateDisclosureFirstOnTheirHomePageAndInbox() throws Exception {
        String child = "Ellis " + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
        UUID disclosure = anImmediateDisclosureToThePublicProtectionDesk(child);

        signIn(page, DemoPartnership.POLICE_PRACTITIONER);
        assertThat(page.locator("h1")).hasText("Needs your attention");
        assertThat(page.locator(".app-attention", new com.microsoft.playwright.Page.LocatorOptions().setHasText("Disclosures waiting to be opened"))
                .locator("li").first()).containsText("Immediate: information about " + child);
        assertThat(page.locator(".govuk-service-navigation__list .app-navigation-count").first()).isVisible();
        assertAccessible(page);
        NarrowScreen.assertFitsAPhone(page);

        clickNavigation(page, "Inbox");
        assertThat(page.locator("h1")).hasText("Inbox");
        assertThat(page.locator("table tbody tr").first()).containsText(child);
        assertThat(page.locator("table tbody tr").first()).containsText("Immediate");
        assertThat(page.locator("table tbody tr").first()).containsText("New: not opened");
        assertAccessible(page);
        NarrowScreen.assertFitsAPhone(page);

        clickLink(page, child);
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/disclosures/" + disclosure));
        assertAccessible(page);
        open(page, "/inbox");
        assertThat(page.locator("tr", new com.microsoft.playwright.Page.LocatorOptions().setHasText(child))).containsText("Opened");
        assertAccessible(page);
    }

    private UUID anImmediateDisclosureToThePublicProtectionDesk(String child) throws Exception {
        ShareDecisions shares = new ShareDecisions(mvc, demo);
        UUID subject = UUID.fromString(JsonPath.read(shares.post(SOCIAL_WORKER, "/api/v1/subjects",
                "{\"reference\":\"ATT-%s\",\"name\":\"%s\",\"dateOfBirth\":\"2016-05-01\",\"confirmedDifferent\":true}"
                        .formatted(UUID.randomUUID().toString().substring(0, 8), child)), "$.id"));
        UUID police = demo.organisation("Westshire Police").id();
        String decided = shares.post(SOCIAL_WORKER, "/api/v1/decisions", """
                {"subjectId":"%s","recipientOrganisationId":"%s","purpose":"SAFEGUARDING_CHILD","purposeLegitimate":"YES",
                 "items":[{"code":"safeguarding-concern"},{"code":"address"}],"identifiable":true,"confidential":true,"consentId":null,
                 "consentNotSoughtReason":"WOULD_PLACE_CHILD_AT_RISK","childAtRisk":"YES","vitalInterests":"NO","proportionate":"YES",
                 "lessIntrusiveMeans":"NO","outsideUk":"NO","informPerson":"NO","notInformReason":"WOULD_CREATE_OR_INCREASE_RISK",
                 "urgency":"IMMEDIATE","rationale":"Disclosed tonight that an adult at home hurt them"}""".formatted(subject, police));
        UUID team = directory.teams(police).stream().filter(t -> t.name().equals("Public Protection Desk")).map(Team::id).findFirst().orElseThrow();
        String sent = mvc.perform(post("/api/v1/disclosures").header("Authorization", "Bearer " + demo.token(SOCIAL_WORKER))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"decisionId":"%s","recipientTeamId":"%s","accessUntil":null,"items":[{"code":"safeguarding-concern",
                                 "content":"Disclosed an injury tonight","kind":"FACT","historical":false,"notToSubject":false}],"protectedIdentities":[]}"""
                                .formatted(JsonPath.<String>read(decided, "$.id"), team)))
                .andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(sent, "$.id"));
    }
}
