package org.infoshare.rights;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.infoshare.directory.DemoDirectory;
import org.infoshare.shared.UkCalendar;
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
 * The council's Early Help worker narrows the datasets published to their team to those from the police on the days
 * asked and pages to the rest with the filter kept; the health trust's Data Protection Officer narrows what partners
 * asked of their organisation to the police's requests still waiting for their views. All on the server with no
 * JavaScript needed (ADR 0017); every page is scanned and fits a 375 px screen, and a filter that cannot be read is
 * shown in the error summary.
 */
class MoreListPagingJourneyIT extends BrowserTest {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired JdbcClient jdbc;

    @Test
    void theEarlyHelpWorkerFiltersTheDatasetsPublishedToTheTeamAndPagesThroughThem() {
        UUID council = demo.organisation(DemoDirectory.COUNCIL).id();
        UUID demoUpload = jdbc.sql("select id from dataset_upload where status = 'PUBLISHED' and recipient_organisation = :council order by received_at limit 1")
                .param("council", council).query(UUID.class).single();
        LocalDate day = LocalDate.now(UkCalendar.ZONE).minusDays(55);
        List<String> seeded = jdbc.sql("""
                        insert into dataset_upload select (jsonb_populate_record(u, jsonb_build_object('id', gen_random_uuid(),
                            'idempotency_key', 'list-journey-' || g || '-' || gen_random_uuid(),
                            'received_at', cast(:day as timestamptz) - g * interval '20 minutes',
                            'finished_at', cast(:day as timestamptz) - g * interval '20 minutes'))).*
                        from dataset_upload u, generate_series(1, 27) g where u.id = :id returning cast(id as text)""")
                .param("day", day.atTime(23, 0).atZone(UkCalendar.ZONE).toOffsetDateTime()).param("id", demoUpload)
                .query(String.class).list();
        org.assertj.core.api.Assertions.assertThat(seeded).hasSize(27);

        signIn(page, "earlyhelp@westshire-council.example");
        open(page, "/datasets");
        assertThat(page.locator("h1")).hasText("Datasets");
        assertAccessible(page);
        NarrowScreen.assertFitsAPhone(page);

        page.getByLabel("From organisation").selectOption(new SelectOption().setLabel(DemoDirectory.POLICE));
        fillDate(page, "From", day);
        fillDate(page, "To", day);
        clickButton(page, "Apply filter");
        assertThat(page.locator(".app-pagination-summary")).containsText("Showing 1 to 25 of 27");
        assertThat(page.locator("#received tbody tr")).hasCount(25);
        assertAccessible(page);
        NarrowScreen.assertFitsAPhone(page);

        clickAndWait(page.locator(".govuk-pagination__next a"));
        assertThat(page).hasURL(Pattern.compile(".*page=2.*"));
        assertThat(page).hasURL(Pattern.compile(".*organisation=.*"));
        assertThat(page.locator(".app-pagination-summary")).containsText("Showing 26 to 27 of 27");
        assertThat(page.getByLabel("From organisation")).hasValue(demo.organisation(DemoDirectory.POLICE).id().toString());
        assertAccessible(page);
        NarrowScreen.assertFitsAPhone(page);

        fillDate(page, "From", "31", "2", "2026");
        clickButton(page, "Apply filter");
        assertThat(page).hasTitle(Pattern.compile("^Error: "));
        assertThat(page.locator(".govuk-error-summary")).isVisible();
        assertThat(page.locator("#received tbody tr")).hasCount(0);
        assertAccessible(page);
    }

    @Test
    void theTrustsDpoNarrowsWhatPartnersAskedToThePolicesRequestsStillWaiting() throws Exception {
        ShareDecisions shares = new ShareDecisions(mvc, demo);
        String nhs = demo.organisation(DemoDirectory.NHS).id().toString();
        for (int i = 0; i < 2; i++) {
            shares.post(RightsFixtures.POLICE_DPO, "/api/v1/foi/requests", """
                    {"regime":"FOI","holderReference":"FOI/J%s","receivedOn":"%s","request":"How many referrals were made in 2025?",
                     "asks":["VIEWS"],"partners":["%s"]}""".formatted(i, LocalDate.now(UkCalendar.ZONE), nhs));
        }

        signIn(page, RightsFixtures.NHS_DPO);
        open(page, "/foi");
        assertAccessible(page);
        clickAndWait(page.locator("a[href='/foi/consultations']"));
        assertThat(page.locator("h1")).hasText("Asked of your organisation");
        assertAccessible(page);
        NarrowScreen.assertFitsAPhone(page);

        page.getByLabel("Asked by").selectOption(new SelectOption().setLabel(DemoDirectory.POLICE));
        page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Waiting for your views"));
        clickButton(page, "Apply filter");
        assertThat(page.locator(".app-pagination-summary")).containsText("Showing 1 to");
        assertThat(page.locator("#consultations tbody tr").first()).containsText(DemoDirectory.POLICE);
        assertAccessible(page);
        NarrowScreen.assertFitsAPhone(page);

        page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Complete"));
        clickButton(page, "Apply filter");
        assertThat(page.locator("main")).containsText("Nothing asked of your organisation matches the filter");
        assertAccessible(page);
        clickLink(page, "Clear the filter");
        assertThat(page.locator(".app-pagination-summary")).containsText("Showing 1 to");
        assertAccessible(page);

        fillDate(page, "From", "5", "11", "2026");
        fillDate(page, "To", "1", "11", "2026");
        clickButton(page, "Apply filter");
        assertThat(page).hasTitle(Pattern.compile("^Error: "));
        assertThat(page.locator(".govuk-error-summary")).containsText("The date to must be the same as or after the date from");
        assertAccessible(page);
    }
}
