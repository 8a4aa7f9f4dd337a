package org.infoshare.rights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.directory.DemoDirectory;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.shared.UkCalendar;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.ListCalls;
import org.infoshare.support.RowCounts;
import org.infoshare.support.ShareDecisions;
import org.infoshare.support.SignedInSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The datasets page, the FOI consultations received, the shares whose person is still to be told and the data
 * quality reports page and filter on the server (ADR 0017). Each test seeds its own rows and reads them through a
 * filter (a person of its own, the organisation asking, its own days), so other tests' lists are not disturbed.
 */
@IntegrationTest
class MoreListPagingIT {

    private static final String EARLY_HELP = "earlyhelp@westshire-council.example";

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired DirectoryLookup directory;
    @Autowired RightsRequests requests;
    @Autowired JdbcClient jdbc;

    @Test
    void theDatasetsPagesPageNewestFirstAndNarrowBySenderOutcomeAndDay() throws Exception {
        UUID council = demo.organisation(DemoDirectory.COUNCIL).id();
        String police = demo.organisation(DemoDirectory.POLICE).id().toString();
        String nhs = demo.organisation(DemoDirectory.NHS).id().toString();
        MockHttpSession earlyHelp = SignedInSession.of(mvc, EARLY_HELP);
        String before = ListCalls.page(mvc, earlyHelp, "/datasets", Map.of());
        UUID demoUpload = jdbc.sql("select id from dataset_upload where status = 'PUBLISHED' and recipient_organisation = :council order by received_at limit 1")
                .param("council", council).query(UUID.class).single();
        assertThat(before).contains("/datasets/" + demoUpload);
        // 27 copies of the demo dataset, published on days well before anything another test publishes.
        LocalDate today = LocalDate.now(UkCalendar.ZONE);
        List<String> seeded = jdbc.sql("""
                        insert into dataset_upload select (jsonb_populate_record(u, jsonb_build_object('id', gen_random_uuid(),
                            'idempotency_key', 'list-paging-' || g || '-' || gen_random_uuid(),
                            'received_at', cast(:day as timestamptz) - g * interval '1 hour',
                            'finished_at', cast(:day as timestamptz) - g * interval '1 hour'))).*
                        from dataset_upload u, generate_series(1, 27) g where u.id = :id returning cast(id as text)""")
                .param("day", today.minusDays(40).atTime(23, 30).atZone(UkCalendar.ZONE).toOffsetDateTime()).param("id", demoUpload)
                .query(String.class).list();
        assertThat(seeded).hasSize(27);

        Map<String, String> old = fromTo(today.minusDays(41), today.minusDays(40));
        String first = ListCalls.page(mvc, earlyHelp, "/datasets", with(old, "organisation", police));
        assertThat(first).contains("Showing 1 to 25 of 27").contains("Filter the datasets published to your teams");
        assertThat(first).contains("organisation=" + police).contains("page=2");
        Map<String, String> second = with(with(old, "organisation", police), "page", "2");
        String next = ListCalls.page(mvc, earlyHelp, "/datasets", second);
        assertThat(next).contains("Showing 26 to 27 of 27");
        List<String> one = uploads(first);
        List<String> two = uploads(next);
        assertThat(one).hasSize(25).doesNotContainAnyElementsOf(two);
        assertThat(two).hasSize(2);
        assertThat(seeded.subList(0, 25)).as("newest first").containsExactlyElementsOf(one);
        assertThat(ListCalls.page(mvc, earlyHelp, "/datasets", with(old, "organisation", nhs))).contains("No datasets match the filter")
                .doesNotContain("/datasets/" + seeded.get(0));
        assertThat(ListCalls.page(mvc, earlyHelp, "/datasets", fromTo(today.minusDays(40), today.minusDays(40))))
                .contains("Showing 1 to").doesNotContain("/datasets/" + demoUpload);
        // The sender's uploads, narrowed by outcome and recipient.
        MockHttpSession policeDpo = SignedInSession.of(mvc, RightsFixtures.POLICE_DPO);
        assertThat(ListCalls.page(mvc, policeDpo, "/datasets/sent", with(old, "status", "PUBLISHED"))).contains("Showing 1 to 25 of 27")
                .contains("/datasets/" + seeded.get(0)).contains("status=PUBLISHED");
        assertThat(ListCalls.page(mvc, policeDpo, "/datasets/sent", with(old, "status", "REFUSED"))).contains("No uploads match the filter");
        assertThat(ListCalls.page(mvc, policeDpo, "/datasets/sent", with(old, "organisation", nhs))).contains("No uploads match the filter");
        // Other organisations never see them.
        assertThat(ListCalls.page(mvc, SignedInSession.of(mvc, DemoPartnership.NHS_PRACTITIONER), "/datasets", old))
                .doesNotContain("/datasets/" + seeded.get(0));
        assertThat(ListCalls.page(mvc, SignedInSession.of(mvc, RightsFixtures.NHS_DPO), "/datasets/sent", old))
                .doesNotContain("/datasets/" + seeded.get(0));

        Map<String, Long> counts = RowCounts.of(jdbc);
        ListCalls.refused(mvc, earlyHelp, "/datasets", Map.of("organisation", "police"), "Choose an organisation from the list");
        ListCalls.refused(mvc, earlyHelp, "/datasets", Map.of("page", "two"), "Page must be a whole number");
        ListCalls.refused(mvc, policeDpo, "/datasets/sent", Map.of("status", "MAYBE"), "Status must be one of");
        ListCalls.refused(mvc, policeDpo, "/datasets/sent", Map.of("from.day", "31", "from.month", "2", "from.year", "2026"), "There is a problem");
        assertThat(RowCounts.of(jdbc)).isEqualTo(counts);
    }

    @Test
    void theFoiConsultationsReceivedPageOwingFirstAndNarrowByStatusAskerAndDay() throws Exception {
        String police = demo.organisation(DemoDirectory.POLICE).id().toString();
        String nhs = demo.organisation(DemoDirectory.NHS).id().toString();
        String council = demo.organisation(DemoDirectory.COUNCIL).id().toString();
        LocalDate today = LocalDate.now(UkCalendar.ZONE);
        LocalDate early = today.minusDays(33);
        List<String> requests = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            requests.add(askFoi(RightsFixtures.POLICE_DPO, today.minusDays(1), nhs));
        }
        String fromCouncil = askFoi(DemoPartnership.COUNCIL_DPO, today.minusDays(1), nhs);
        // Three received by the partner on a day of their own.
        jdbc.sql("update foi_consultation set received_on = :early where request_id in (:ids)").param("early", early)
                .param("ids", requests.subList(0, 3).stream().map(UUID::fromString).toList()).update();
        String nhsDpo = demo.token(RightsFixtures.NHS_DPO);
        String path = "/api/v1/foi/consultations";

        Map<String, String> byPolice = Map.of("organisation", police, "from", today.toString(), "to", today.toString());
        MvcResult all = ListCalls.api(mvc, nhsDpo, path, byPolice);
        long total = ListCalls.total(all);
        assertThat(requestIds(all)).containsAll(requests.subList(3, 12)).doesNotContain(fromCouncil).doesNotContainAnyElementsOf(requests.subList(0, 3));
        List<String> paged = new ArrayList<>();
        for (int n = 1; n <= (total + 4) / 5; n++) {
            MvcResult page = ListCalls.api(mvc, nhsDpo, path, with(with(byPolice, "size", "5"), "page", Integer.toString(n)));
            assertThat(page.getResponse().getHeader("X-Page")).isEqualTo(Integer.toString(n));
            assertThat(new HashSet<>(paged)).doesNotContainAnyElementsOf(requestIds(page));
            paged.addAll(requestIds(page));
            if (n == 1) {
                assertThat(page.getResponse().getHeader("Link")).contains("rel=\"next\"").contains("page=2").contains("organisation=" + police)
                        .contains("from=" + today);
            }
        }
        assertThat(paged).hasSize((int) total).containsExactlyElementsOf(requestIds(all));
        assertThat(requestIds(ListCalls.api(mvc, nhsDpo, path, Map.of("from", early.toString(), "to", early.toString())))).containsAll(requests.subList(0, 3))
                .doesNotContainAnyElementsOf(requests.subList(3, 12));
        assertThat(requestIds(ListCalls.api(mvc, nhsDpo, path, Map.of("organisation", council, "from", today.toString()))))
                .contains(fromCouncil).doesNotContainAnyElementsOf(requests);
        assertThat(requestIds(ListCalls.api(mvc, nhsDpo, path, with(byPolice, "status", "sent")))).containsAll(requests.subList(3, 12));
        assertThat(requestIds(ListCalls.api(mvc, nhsDpo, path, with(byPolice, "status", "COMPLETED")))).doesNotContainAnyElementsOf(requests);
        assertThat(requestIds(ListCalls.api(mvc, demo.token(RightsFixtures.COUNCIL_DPO), path, Map.of()))).doesNotContainAnyElementsOf(requests);

        MockHttpSession session = SignedInSession.of(mvc, RightsFixtures.NHS_DPO);
        String page = ListCalls.page(mvc, session, "/foi/consultations", with(fromTo(early, early), "organisation", police));
        assertThat(page).contains("Filter what partners asked of your organisation").contains("Showing 1 to 3 of 3");
        assertThat(ListCalls.page(mvc, session, "/foi/consultations", with(fromTo(early, early), "status", "COMPLETED")))
                .contains("Nothing asked of your organisation matches the filter");
        assertThat(ListCalls.page(mvc, session, "/foi", Map.of())).contains("/foi/consultations");

        Map<String, Long> counts = RowCounts.of(jdbc);
        refusals(nhsDpo, path, true);
        ListCalls.refused(mvc, session, "/foi/consultations", Map.of("status", "MAYBE"), "Status must be one of");
        ListCalls.refused(mvc, session, "/foi/consultations", Map.of("organisation", "police"), "Choose an organisation from the list");
        assertThat(RowCounts.of(jdbc)).isEqualTo(counts);
    }

    @Test
    void theSharesStillToTellAndTheQualityReportsPageAndNarrowByPersonStatusOrganisationAndDay() throws Exception {
        RightsFixtures fixtures = new RightsFixtures(mvc, demo, directory, requests);
        String reference = "ML-" + UUID.randomUUID().toString().substring(0, 10);
        UUID person = fixtures.person(reference, "Robin Listchild", LocalDate.of(2016, 5, 1));
        UUID other = fixtures.person();
        String police = demo.organisation(DemoDirectory.POLICE).id().toString();
        String nhs = demo.organisation(DemoDirectory.NHS).id().toString();
        List<String> shares = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            shares.add(toldShare(fixtures, person, i < 9 ? DemoDirectory.POLICE : DemoDirectory.NHS, i < 9 ? "Public Protection Desk"
                    : "Safeguarding Children Team").toString());
        }
        String otherShare = toldShare(fixtures, other, DemoDirectory.POLICE, "Public Protection Desk").toString();
        LocalDate today = LocalDate.now(UkCalendar.ZONE);

        // The shares still to tell the person of: oldest first, about the people the reader may see.
        String dpo = demo.token(RightsFixtures.COUNCIL_DPO);
        String untold = "/api/v1/rights/informed/awaiting";
        MvcResult all = ListCalls.api(mvc, dpo, untold, Map.of("person", reference));
        assertThat(ListCalls.total(all)).isEqualTo(12);
        assertThat(ListCalls.ids(all, "$[*].disclosureId")).as("oldest first").containsExactlyElementsOf(shares);
        List<String> paged = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            MvcResult page = ListCalls.api(mvc, dpo, untold, Map.of("person", reference, "size", "5", "page", Integer.toString(n)));
            assertThat(ListCalls.total(page)).isEqualTo(12);
            assertThat(new HashSet<>(paged)).doesNotContainAnyElementsOf(ListCalls.ids(page, "$[*].disclosureId"));
            paged.addAll(ListCalls.ids(page, "$[*].disclosureId"));
            if (n == 2) {
                assertThat(page.getResponse().getHeader("Link")).contains("rel=\"prev\"").contains("rel=\"next\"").contains("person=" + reference);
            }
        }
        assertThat(paged).containsExactlyElementsOf(shares);
        assertThat(ListCalls.ids(ListCalls.api(mvc, dpo, untold, Map.of("person", reference, "organisation", nhs)), "$[*].disclosureId"))
                .containsExactlyElementsOf(shares.subList(9, 12));
        assertThat(ListCalls.total(ListCalls.api(mvc, dpo, untold, Map.of("person", reference, "from", today.toString(), "to", today.toString()))))
                .isEqualTo(12);
        assertThat(ListCalls.total(ListCalls.api(mvc, dpo, untold, Map.of("person", reference, "from", today.plusDays(1).toString())))).isZero();
        assertThat(ListCalls.ids(ListCalls.api(mvc, dpo, untold, Map.of("organisation", police, "from", today.toString())), "$[*].disclosureId"))
                .contains(otherShare).doesNotContainAnyElementsOf(shares.subList(9, 12));
        assertThat(ListCalls.ids(ListCalls.api(mvc, demo.token(RightsFixtures.POLICE_DPO), untold, Map.of()), "$[*].disclosureId"))
                .doesNotContainAnyElementsOf(shares);
        assertThat(ListCalls.total(ListCalls.api(mvc, demo.token(RightsFixtures.POLICE_DPO), untold, Map.of("person", reference)))).isZero();
        MockHttpSession councilDpo = SignedInSession.of(mvc, RightsFixtures.COUNCIL_DPO);
        assertThat(ListCalls.page(mvc, councilDpo, "/rights/informing", Map.of("person", reference))).contains("Showing 1 to 12 of 12")
                .contains("Filter the shares still to record").contains("disclosure=" + shares.get(0)).doesNotContain("disclosure=" + otherShare);
        assertThat(ListCalls.page(mvc, councilDpo, "/rights/informing", Map.of("person", "NOT-OURS-1"))).contains("No shares still to record match");

        // The inaccuracies reported in them: newest first, for those who oversee.
        List<String> reports = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            // three reported by the police officer who received them, the rest by the social worker who sent them
            String body = new ShareDecisions(mvc, demo).post(i >= 6 && i < 9 ? RightsFixtures.OFFICER : RightsFixtures.SOCIAL_WORKER,
                    "/api/v1/rights/quality-reports", """
                    {"disclosureId":"%s","itemCode":"address","whatIsWrong":"The house number is wrong"}""".formatted(shares.get(i)));
            reports.add(JsonPath.read(body, "$.id"));
        }
        jdbc.sql("update quality_report set reported_at = reported_at - interval '20 days' where id in (:ids)")
                .param("ids", reports.subList(0, 3).stream().map(UUID::fromString).toList()).update();
        String quality = "/api/v1/rights/quality-reports";
        MvcResult reported = ListCalls.api(mvc, dpo, quality, Map.of("person", reference));
        assertThat(ListCalls.total(reported)).isEqualTo(12);
        List<String> newestFirst = new ArrayList<>(reports.subList(3, 12));
        java.util.Collections.reverse(newestFirst);
        List<String> older = new ArrayList<>(reports.subList(0, 3));
        java.util.Collections.reverse(older);
        newestFirst.addAll(older);
        assertThat(ListCalls.ids(reported, "$[*].id")).as("newest first").containsExactlyElementsOf(newestFirst);
        MvcResult second = ListCalls.api(mvc, dpo, quality, Map.of("person", reference, "size", "5", "page", "2"));
        assertThat(ListCalls.ids(second, "$[*].id")).containsExactlyElementsOf(newestFirst.subList(5, 10));
        assertThat(second.getResponse().getHeader("Link")).contains("person=" + reference).contains("rel=\"last\"");
        assertThat(ListCalls.ids(ListCalls.api(mvc, dpo, quality, Map.of("person", reference, "status", "open")), "$[*].id")).hasSize(12);
        assertThat(ListCalls.ids(ListCalls.api(mvc, dpo, quality, Map.of("person", reference, "status", "CLOSED")), "$[*].id")).isEmpty();
        assertThat(ListCalls.ids(ListCalls.api(mvc, dpo, quality, Map.of("person", reference, "organisation", police)), "$[*].id"))
                .containsExactlyInAnyOrderElementsOf(reports.subList(6, 9));
        assertThat(ListCalls.ids(ListCalls.api(mvc, dpo, quality, Map.of("person", reference, "organisation", nhs)), "$[*].id")).isEmpty();
        assertThat(ListCalls.ids(ListCalls.api(mvc, dpo, quality, Map.of("from", today.minusDays(21).toString(), "to", today.minusDays(19).toString(), "person", reference)), "$[*].id"))
                .containsExactlyInAnyOrderElementsOf(reports.subList(0, 3));
        assertThat(ListCalls.ids(ListCalls.api(mvc, demo.token(RightsFixtures.NHS_DPO), quality, Map.of()), "$[*].id")).doesNotContainAnyElementsOf(reports);
        assertThat(ListCalls.page(mvc, councilDpo, "/rights/quality", Map.of("person", reference, "status", "OPEN")))
                .contains("Showing 1 to 12 of 12").contains("/rights/quality/" + reports.get(11));

        Map<String, Long> counts = RowCounts.of(jdbc);
        refusals(dpo, untold, false);
        refusals(dpo, quality, true);
        ListCalls.refused(mvc, councilDpo, "/rights/informing", Map.of("organisation", "police"), "Choose an organisation from the list");
        ListCalls.refused(mvc, councilDpo, "/rights/quality", Map.of("status", "MAYBE"), "Status must be one of");
        ListCalls.refused(mvc, councilDpo, "/rights/quality", Map.of("from.day", "31", "from.month", "2", "from.year", "2026"), "There is a problem");
        assertThat(RowCounts.of(jdbc)).isEqualTo(counts);
    }

    /** The API's refusals: 422 for a value out of range, 400 for one of the wrong type, each naming the field. */
    private void refusals(String token, String path, boolean hasStatus) throws Exception {
        ListCalls.problem(mvc, token, path, Map.of("page", "0"), 422, "page");
        ListCalls.problem(mvc, token, path, Map.of("size", "101"), 422, "size");
        ListCalls.problem(mvc, token, path, Map.of("size", "0"), 422, "size");
        ListCalls.problem(mvc, token, path, Map.of("from", "2026-11-05", "to", "2026-11-01"), 422, "to");
        ListCalls.problem(mvc, token, path, Map.of("from", "5 November"), 400, "from");
        ListCalls.problem(mvc, token, path, Map.of("page", "two"), 400, "page");
        ListCalls.problem(mvc, token, path, Map.of("organisation", "police"), 400, "organisation");
        if (hasStatus) {
            ListCalls.problem(mvc, token, path, Map.of("status", "MAYBE"), 422, "status");
        }
    }

    /** A share of an address to a team of another organisation, whose sender said the person would be told. */
    private UUID toldShare(RightsFixtures fixtures, UUID subject, String organisation, String team) throws Exception {
        String decision = new ShareDecisions(mvc, demo).post(RightsFixtures.SOCIAL_WORKER, "/api/v1/decisions", """
                {"subjectId":"%s","recipientOrganisationId":"%s","recipientTeamId":null,"purpose":"SAFEGUARDING_CHILD","purposeLegitimate":"YES",
                 "items":[{"code":"safeguarding-concern","identifiesOthers":true},{"code":"address"}],
                 "identifiable":true,"confidential":true,"consentId":null,"consentNotSoughtReason":"WOULD_PLACE_CHILD_AT_RISK","childAtRisk":"YES",
                 "vitalInterests":"NO","proportionate":"YES","lessIntrusiveMeans":"NO","outsideUk":"NO","informPerson":"YES",
                 "notInformReason":null,"rationale":"Bruises seen twice; the neighbour's account supports it"}"""
                .formatted(subject, demo.organisation(organisation).id()));
        String body = """
                {"decisionId":"%s","recipientTeamId":"%s","accessUntil":null,"items":[%s],"protectedIdentities":[]}"""
                .formatted(JsonPath.read(decision, "$.id"), fixtures.team(organisation, team), RightsFixtures.address("1 Mill Lane"));
        return UUID.fromString(JsonPath.read(new ShareDecisions(mvc, demo).post(RightsFixtures.SOCIAL_WORKER, "/api/v1/disclosures", body), "$.id"));
    }

    private String askFoi(String username, LocalDate receivedOn, String partner) throws Exception {
        String body = new ShareDecisions(mvc, demo).post(username, "/api/v1/foi/requests", """
                {"regime":"FOI","holderReference":"FOI/%s","receivedOn":"%s","request":"How many referrals were made in 2025?",
                 "asks":["VIEWS"],"partners":["%s"]}""".formatted(UUID.randomUUID().toString().substring(0, 6), receivedOn, partner));
        return JsonPath.read(body, "$.id");
    }

    private static List<String> requestIds(MvcResult result) throws Exception {
        return ListCalls.ids(result, "$[*].requestId");
    }

    private static List<String> uploads(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("href=\"/datasets/([0-9a-f-]{36})\"").matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static Map<String, String> fromTo(LocalDate from, LocalDate to) {
        return Map.of("from.day", Integer.toString(from.getDayOfMonth()), "from.month", Integer.toString(from.getMonthValue()),
                "from.year", Integer.toString(from.getYear()), "to.day", Integer.toString(to.getDayOfMonth()),
                "to.month", Integer.toString(to.getMonthValue()), "to.year", Integer.toString(to.getYear()));
    }

    private static Map<String, String> with(Map<String, String> params, String name, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(params);
        more.put(name, value);
        return more;
    }
}
