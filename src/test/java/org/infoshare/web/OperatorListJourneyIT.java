package org.infoshare.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.infoshare.crypto.KeyScope;
import org.infoshare.crypto.PersonalDataCipher;
import org.infoshare.support.BrowserTest;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.NarrowScreen;
import org.infoshare.support.ShareDecisions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The health trust's Data Protection Officer narrows the break-glass log to a year, pages to the rest with the filter
 * kept, narrows it to one reason, then does the same with the disposal certificates. All on the server with no
 * JavaScript needed (ADR 0017); every page is scanned and fits a 375 px screen, and a filter that cannot be read is
 * shown in the error summary. The rows are dated 2018, a year no other test lists.
 */
class OperatorListJourneyIT extends BrowserTest {

    private static final String NURSE = DemoPartnership.NHS_PRACTITIONER;
    private static final String NHS_DPO = "dpo@westshire-nhs.example";
    private static final OffsetDateTime LATEST = OffsetDateTime.of(2018, 9, 30, 12, 0, 0, 0, ZoneOffset.UTC);

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired JdbcClient jdbc;
    @Autowired PersonalDataCipher cipher;

    @Test
    void theDpoPagesAndFiltersTheBreakGlassLogAndTheDisposalCertificates() throws Exception {
        UUID nhs = demo.organisation("Westshire Community Health NHS Trust").id();
        String reference = "BGJ-" + UUID.randomUUID().toString().substring(0, 12);
        UUID subject = UUID.fromString(JsonPath.read(new ShareDecisions(mvc, demo).post(NURSE, "/api/v1/subjects",
                "{\"reference\":\"%s\",\"name\":\"Sam Glassjourney\",\"dateOfBirth\":\"2014-03-01\",\"confirmedDifferent\":true}".formatted(reference)),
                "$.id"));
        for (int i = 0; i < 27; i++) {
            UUID id = UUID.randomUUID();
            OffsetDateTime opened = LATEST.minusDays(i);
            jdbc.sql("""
                            insert into break_glass (id, organisation_id, subject_id, user_id, reason, explanation_enc, opened_at, until)
                            values (:id, :organisation, :subject, :user, :reason, :explanation, :opened, :until)""")
                    .param("id", id).param("organisation", nhs).param("subject", subject).param("user", demo.userId(NURSE))
                    .param("reason", i % 9 == 0 ? "IMMEDIATE_RISK" : "COVERING_COLLEAGUE").param("opened", opened).param("until", opened.plusHours(24))
                    .param("explanation", cipher.encryptText(KeyScope.subject(subject), "Covering for a colleague on leave",
                            "break_glass.explanation_enc:" + id)).update();
        }
        for (int i = 0; i < 26; i++) {
            UUID run = UUID.randomUUID();
            OffsetDateTime started = LATEST.minusDays(i);
            jdbc.sql("""
                            insert into disposal_run (id, organisation_id, trigger, status, started_at, finished_at)
                            values (:id, :organisation, :trigger, 'FINISHED', :started, :finished)""")
                    .param("id", run).param("organisation", nhs).param("trigger", i % 13 == 0 ? "ERASURE" : "SCHEDULED")
                    .param("started", started).param("finished", started.plusMinutes(1)).update();
            jdbc.sql("""
                            insert into disposal_certificate (run_id, organisation_id, issued_at, lines, held, keys_destroyed, digest)
                            values (:id, :organisation, :issued, cast('[]' as jsonb), 0, 0, :digest)""")
                    .param("id", run).param("organisation", nhs).param("issued", started.plusMinutes(1)).param("digest", new byte[32]).update();
        }

        signIn(page, NHS_DPO);
        open(page, "/break-glass");
        assertThat(page.locator("h1")).hasText("Break glass log");
        assertAccessible(page);
        NarrowScreen.assertFitsAPhone(page);

        fillDate(page, "From", "1", "1", "2018");
        fillDate(page, "To", "31", "12", "2018");
        clickButton(page, "Apply filter");
        assertThat(page.locator(".app-pagination-summary")).hasText("Showing 1 to 25 of 27");
        assertThat(page.locator(".govuk-summary-card")).hasCount(25);
        assertThat(page.locator(".govuk-summary-card").first()).containsText(reference);
        assertAccessible(page);
        NarrowScreen.assertFitsAPhone(page);

        clickAndWait(page.locator(".govuk-pagination__next a"));
        assertThat(page).hasURL(Pattern.compile(".*page=2.*"));
        assertThat(page).hasURL(Pattern.compile(".*from\\.year=2018.*"));
        assertThat(page.locator(".app-pagination-summary")).hasText("Showing 26 to 27 of 27");
        assertThat(page.locator(".govuk-summary-card")).hasCount(2);
        assertAccessible(page);
        NarrowScreen.assertFitsAPhone(page);

        page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Someone may be at immediate risk of harm"));
        clickButton(page, "Apply filter");
        assertThat(page.locator(".app-pagination-summary")).hasText("Showing 1 to 3 of 3");
        assertThat(page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true))).hasValue("IMMEDIATE_RISK");
        assertAccessible(page);

        fillDate(page, "From", "5", "11", "2018");
        fillDate(page, "To", "1", "11", "2018");
        clickButton(page, "Apply filter");
        assertThat(page).hasTitle(Pattern.compile("^Error: "));
        assertThat(page.locator(".govuk-error-summary")).containsText("The date to must be the same as or after the date from");
        assertThat(page.locator(".govuk-summary-card")).hasCount(0);
        assertAccessible(page);

        open(page, "/retention/disposal");
        assertThat(page.locator("h1")).hasText("Retention and disposal");
        assertAccessible(page);
        fillDate(page, "From", "1", "1", "2018");
        fillDate(page, "To", "31", "12", "2018");
        clickButton(page, "Apply filter");
        assertThat(page.locator(".app-pagination-summary")).hasText("Showing 1 to 25 of 26");
        assertAccessible(page);
        NarrowScreen.assertFitsAPhone(page);
        clickAndWait(page.locator(".govuk-pagination__next a"));
        assertThat(page.locator(".app-pagination-summary")).hasText("Showing 26 to 26 of 26");
        assertAccessible(page);
        page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("An erasure request"));
        clickButton(page, "Apply filter");
        assertThat(page.locator(".app-pagination-summary")).hasText("Showing 1 to 2 of 2");
        assertAccessible(page);
        NarrowScreen.assertFitsAPhone(page);
        clickLink(page, "Clear the filter");
        assertThat(page).hasURL(Pattern.compile(".*/retention/disposal$"));
        assertAccessible(page);
    }
}
