package org.infoshare.incident;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.ledger.Ledger;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.shared.UkCalendar;
import org.infoshare.support.ListCalls;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.RowCounts;
import org.infoshare.support.SeededRecords;
import org.infoshare.support.SignedInSession;
import org.infoshare.web.PagedResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The Data Protection Officer's incident lists page and filter on the server (ADR 0017): pages hold the next rows
 * with none repeated, totals count every match, each filter narrows, page links keep the filter, another
 * organisation sees none of them, and a bad parameter is refused naming it and changes nothing. The incidents are
 * the NHS trust's, whose register no other test lists.
 */
@IntegrationTest
class DpoListPagingIT {

    private static final String NURSE = DemoPartnership.NHS_PRACTITIONER;
    private static final String NHS_DPO = "dpo@westshire-nhs.example";
    private static final String POLICE_DPO = "dpo@westshire-police.example";
    private static final String COUNCIL_DPO = DemoPartnership.COUNCIL_DPO;

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired JdbcClient jdbc;
    @Autowired Ledger ledger;
    @Autowired TransactionTemplate transactions;

    @Test
    void theIncidentListsPageOpenFirstAndNarrowByStatusRiskOrganisationAndDay() throws Exception {
        String dpo = demo.token(NHS_DPO);
        String nurse = demo.token(NURSE);
        String police = demo.organisation("Westshire Police").id().toString();
        String nhs = demo.organisation("Westshire Community Health NHS Trust").id().toString();
        long registerBefore = total(api(dpo, "/api/v1/incidents", Map.of()));
        long mineBefore = total(api(nurse, "/api/v1/incidents/mine", Map.of()));
        long toldBefore = total(api(demo.token(POLICE_DPO), "/api/v1/incidents/told-to-us", Map.of("organisation", nhs)));

        List<String> seeded = new ArrayList<>();
        for (int i = 0; i < 28; i++) {
            seeded.add(report(nurse, Instant.now().minus(Duration.ofHours(30 - i))));
        }
        List<String> closed = seeded.subList(0, 2);
        jdbc.sql("update incident set status = 'CLOSED', closed_at = now(), closed_by = reported_by, outcome = 'NEAR_MISS' where id in (:ids)").param("ids", uuids(closed)).update();
        SeededRecords.recorded(transactions, ledger, ProtectedRecords.INCIDENT, uuids(closed));
        List<String> high = seeded.subList(2, 4);
        for (String id : high) {
            send(dpo, post("/api/v1/incidents/" + id + "/assessment"), IncidentApiIT.HIGH_RISK, 200);
        }
        List<String> told = seeded.subList(4, 7);
        for (String id : told) {
            send(dpo, post("/api/v1/incidents/" + id + "/parties"), "{\"organisationId\":\"" + police + "\",\"message\":\"It was in your referral\"}", 200);
        }
        List<String> earlier = seeded.subList(7, 10);
        jdbc.sql("update incident set reported_at = reported_at - interval '10 days' where id in (:ids)").param("ids", uuids(earlier)).update();
        SeededRecords.recorded(transactions, ledger, ProtectedRecords.INCIDENT, uuids(earlier));

        // The register: every incident, open first, then the latest the trust became aware of; closed last.
        MvcResult all = api(dpo, "/api/v1/incidents", Map.of());
        assertThat(total(all)).isEqualTo(registerBefore + 28);
        assertThat(all.getResponse().getHeader(PagedResponse.PAGE)).isEqualTo("1");
        assertThat(all.getResponse().getHeader(PagedResponse.PAGE_SIZE)).isEqualTo("100");
        List<String> mine = new ArrayList<>(ids(all));
        mine.retainAll(seeded);
        List<String> expected = new ArrayList<>(reversed(seeded.subList(2, 28)));
        expected.addAll(reversed(closed));
        assertThat(mine).as("open first, the latest aware first, closed last").containsExactlyElementsOf(expected);

        Set<String> seen = new HashSet<>();
        List<String> paged = new ArrayList<>();
        long pages = (total(all) + 9) / 10;
        for (int n = 1; n <= pages; n++) {
            MvcResult page = api(dpo, "/api/v1/incidents", Map.of("size", "10", "page", Integer.toString(n), "status", "OPEN"));
            assertThat(seen.addAll(ids(page))).isTrue();
            paged.addAll(ids(page));
            if (n == 1) {
                assertThat(page.getResponse().getHeader("Link")).contains("rel=\"next\"").contains("page=2").contains("status=OPEN")
                        .doesNotContain("rel=\"prev\"");
            }
            if (n == 2) {
                assertThat(page.getResponse().getHeader("Link")).contains("rel=\"prev\"").contains("rel=\"first\"");
                assertThat(page.getResponse().getHeader(PagedResponse.PAGE)).isEqualTo("2");
            }
        }
        assertThat(paged).doesNotContainAnyElementsOf(closed).containsAll(seeded.subList(2, 28));
        assertThat(ids(api(dpo, "/api/v1/incidents", Map.of("open", "true")))).isEqualTo(ids(api(dpo, "/api/v1/incidents", Map.of("status", "open"))));
        assertThat(ids(api(dpo, "/api/v1/incidents", Map.of("status", "CLOSED")))).containsAll(closed).doesNotContainAnyElementsOf(high);
        assertThat(ids(api(dpo, "/api/v1/incidents", Map.of("urgency", "HIGH")))).containsAll(high).doesNotContainAnyElementsOf(told);
        assertThat(ids(api(dpo, "/api/v1/incidents", Map.of("from", LocalDate.now().minusDays(11).toString(),
                "to", LocalDate.now().minusDays(9).toString())))).containsAll(earlier).doesNotContainAnyElementsOf(high);
        assertThat(ids(api(dpo, "/api/v1/incidents", Map.of("from", LocalDate.now().plusDays(2).toString())))).isEmpty();

        // The reporter's own list, and the one told: each paged and narrowed the same way.
        MvcResult reported = api(nurse, "/api/v1/incidents/mine", Map.of("size", "5"));
        assertThat(total(reported)).isEqualTo(mineBefore + 28);
        assertThat(ids(reported)).hasSize(5).isEqualTo(reversed(seeded.subList(23, 28)));
        assertThat(ids(api(nurse, "/api/v1/incidents/mine", Map.of("size", "5", "page", "2")))).isEqualTo(reversed(seeded.subList(18, 23)));
        assertThat(ids(api(nurse, "/api/v1/incidents/mine", Map.of("status", "CLOSED")))).containsAll(closed).doesNotContainAnyElementsOf(told);
        String policeDpo = demo.token(POLICE_DPO);
        MvcResult toldToPolice = api(policeDpo, "/api/v1/incidents/told-to-us", Map.of("organisation", nhs));
        assertThat(total(toldToPolice)).isEqualTo(toldBefore + 3);
        assertThat(ids(toldToPolice)).containsAll(told).doesNotContainAnyElementsOf(high);
        assertThat(ids(api(policeDpo, "/api/v1/incidents/told-to-us", Map.of("organisation", police)))).doesNotContainAnyElementsOf(told);

        // Another organisation, and anyone else in the trust: none of them.
        String council = demo.token(COUNCIL_DPO);
        assertThat(ids(api(council, "/api/v1/incidents", Map.of()))).doesNotContainAnyElementsOf(seeded);
        assertThat(ids(api(council, "/api/v1/incidents/told-to-us", Map.of()))).doesNotContainAnyElementsOf(seeded);
        assertThat(ids(api(policeDpo, "/api/v1/incidents", Map.of()))).doesNotContainAnyElementsOf(seeded);
        assertThat(ids(api(demo.token(DemoPartnership.COUNCIL_PRACTITIONER), "/api/v1/incidents/mine", Map.of()))).doesNotContainAnyElementsOf(seeded);
        assertThat(mvc.perform(get("/api/v1/incidents").header("Authorization", "Bearer " + nurse)).andReturn().getResponse().getStatus())
                .isEqualTo(403);

        // In the browser: open incidents by default, 25 a page, page links keeping the filter.
        MockHttpSession session = SignedInSession.of(mvc, NHS_DPO);
        String first = mvc.perform(get("/incidents").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("Filter the register").contains("Showing 1 to 25 of").contains("/incidents/" + seeded.get(27))
                .doesNotContain("/incidents/" + closed.get(0)).containsPattern("href=\"/incidents\\?page=2\"");
        String filtered = mvc.perform(get("/incidents").param("status", "OPEN").param("urgency", "").session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(filtered).containsPattern("href=\"/incidents\\?[^\"]*status=OPEN[^\"]*page=2\"");
        String closedPage = mvc.perform(get("/incidents").param("status", "CLOSED").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(closedPage).contains("/incidents/" + closed.get(0)).doesNotContain("/incidents/" + seeded.get(27));
        String highPage = mvc.perform(get("/incidents").param("urgency", "HIGH").param("status", "").session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(highPage).contains("/incidents/" + high.get(0)).doesNotContain("/incidents/" + seeded.get(27));
        String none = mvc.perform(get("/incidents").param("status", "").param("from.day", "1").param("from.month", "1").param("from.year", "2099")
                .session(session)).andReturn().getResponse().getContentAsString();
        assertThat(none).contains("No incidents match the filter");
        String elsewhere = mvc.perform(get("/incidents").param("status", "").session(SignedInSession.of(mvc, COUNCIL_DPO)))
                .andReturn().getResponse().getContentAsString();
        assertThat(elsewhere).doesNotContain("/incidents/" + seeded.get(27)).doesNotContain("/incidents/" + closed.get(0));
    }

    @Test
    void theComplaintsRegisterPagesOpenFirstAndNarrowsByStatusAndDay() throws Exception {
        String dpo = demo.token(POLICE_DPO);
        LocalDate today = LocalDate.now(UkCalendar.ZONE);
        long before = total(api(dpo, "/api/v1/complaints", Map.of()));
        List<String> seeded = new ArrayList<>();
        for (int i = 0; i < 28; i++) {
            seeded.add(JsonPath.read(send(dpo, post("/api/v1/complaints"), """
                    {"receivedOn":"%s","channel":"LETTER","complainant":"A parent","summary":"Shared without asking me",
                     "topics":["SHARED_WITHOUT_CONSENT"]}""".formatted(today.minusDays(40 - i)), 201), "$.id"));
        }
        List<String> closed = seeded.subList(0, 2);
        jdbc.sql("update complaint set status = 'CLOSED', outcome = 'NOT_UPHELD', closed_at = now(), closed_by = recorded_by where id in (:ids)")
                .param("ids", uuids(closed)).update();

        MvcResult all = api(dpo, "/api/v1/complaints", Map.of());
        assertThat(total(all)).isEqualTo(before + 28);
        List<String> mine = new ArrayList<>(ids(all));
        mine.retainAll(seeded);
        List<String> expected = new ArrayList<>(reversed(seeded.subList(2, 28)));
        expected.addAll(reversed(closed));
        assertThat(mine).as("open first, the latest received first").containsExactlyElementsOf(expected);
        List<String> paged = new ArrayList<>();
        for (int n = 1; n <= (total(all) + 9) / 10; n++) {
            MvcResult page = api(dpo, "/api/v1/complaints", Map.of("size", "10", "page", Integer.toString(n)));
            assertThat(new HashSet<>(paged)).doesNotContainAnyElementsOf(ids(page));
            paged.addAll(ids(page));
            if (n == 1) {
                assertThat(page.getResponse().getHeader("Link")).contains("rel=\"next\"").contains("page=2").contains("size=10");
            }
        }
        assertThat(paged).isEqualTo(ids(all));
        assertThat(ids(api(dpo, "/api/v1/complaints", Map.of("open", "true")))).doesNotContainAnyElementsOf(closed).contains(seeded.get(2));
        assertThat(ids(api(dpo, "/api/v1/complaints", Map.of("status", "closed")))).containsAll(closed).doesNotContain(seeded.get(2));
        assertThat(ids(api(dpo, "/api/v1/complaints", Map.of("status", "RECEIVED")))).contains(seeded.get(2)).doesNotContainAnyElementsOf(closed);
        assertThat(ids(api(dpo, "/api/v1/complaints", Map.of("from", today.minusDays(38).toString(), "to", today.minusDays(37).toString()))))
                .containsExactlyInAnyOrderElementsOf(seeded.subList(2, 4));
        assertThat(ids(api(demo.token(COUNCIL_DPO), "/api/v1/complaints", Map.of()))).doesNotContainAnyElementsOf(seeded);
        assertThat(mvc.perform(get("/api/v1/complaints").header("Authorization", "Bearer " + demo.token(DemoPartnership.POLICE_PRACTITIONER)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);

        MockHttpSession session = SignedInSession.of(mvc, POLICE_DPO);
        String first = mvc.perform(get("/complaints").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("Filter the register").contains("Showing 1 to 25 of").contains("/complaints/" + seeded.get(27))
                .doesNotContain("/complaints/" + closed.get(0)).containsPattern("href=\"/complaints\\?page=2\"");
        String filtered = mvc.perform(get("/complaints").param("status", "RECEIVED").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(filtered).containsPattern("href=\"/complaints\\?status=RECEIVED&amp;page=2\"");
        String closedPage = mvc.perform(get("/complaints").param("status", "CLOSED").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(closedPage).contains("/complaints/" + closed.get(0)).doesNotContain("/complaints/" + seeded.get(27));
        String elsewhere = mvc.perform(get("/complaints").param("status", "").session(SignedInSession.of(mvc, COUNCIL_DPO)))
                .andReturn().getResponse().getContentAsString();
        assertThat(elsewhere).doesNotContain("/complaints/" + seeded.get(27));
    }

    @Test
    void badParametersAreRefusedNamingTheFieldAndChangeNothing() throws Exception {
        String dpo = demo.token(NHS_DPO);
        MockHttpSession session = SignedInSession.of(mvc, NHS_DPO);
        String police = demo.token(POLICE_DPO);
        MockHttpSession policeSession = SignedInSession.of(mvc, POLICE_DPO);
        Map<String, Long> before = RowCounts.of(jdbc);
        for (String path : List.of("/api/v1/incidents", "/api/v1/incidents/mine", "/api/v1/incidents/told-to-us")) {
            problem(dpo, path, Map.of("page", "0"), 422, "page");
            problem(dpo, path, Map.of("size", "101"), 422, "size");
            problem(dpo, path, Map.of("size", "0"), 422, "size");
            problem(dpo, path, Map.of("status", "MAYBE"), 422, "status");
            problem(dpo, path, Map.of("urgency", "SOON"), 422, "urgency");
            problem(dpo, path, Map.of("from", "2026-11-05", "to", "2026-11-01"), 422, "to");
            problem(dpo, path, Map.of("from", "5 November"), 400, "from");
            problem(dpo, path, Map.of("page", "two"), 400, "page");
            problem(dpo, path, Map.of("size", "ten"), 400, "size");
        }
        problem(dpo, "/api/v1/incidents/told-to-us", Map.of("organisation", "police"), 400, "organisation");

        for (String path : List.of("/api/v1/complaints")) {
            problem(police, path, Map.of("page", "0"), 422, "page");
            problem(police, path, Map.of("size", "101"), 422, "size");
            problem(police, path, Map.of("size", "0"), 422, "size");
            problem(police, path, Map.of("status", "MAYBE"), 422, "status");
            problem(police, path, Map.of("from", "2026-11-05", "to", "2026-11-01"), 422, "to");
            problem(police, path, Map.of("from", "5 November"), 400, "from");
            problem(police, path, Map.of("page", "two"), 400, "page");
        }
        refused(policeSession, "/complaints", Map.of("status", "MAYBE"), "Status must be one of");
        refused(policeSession, "/complaints", Map.of("page", "0"), "Page must be a number from 1");
        refused(policeSession, "/complaints", Map.of("to.day", "40", "to.month", "1", "to.year", "2026"), "href=\"#to\"");
        refused(session, "/incidents", Map.of("status", "MAYBE"), "Status must be one of");
        refused(session, "/incidents", Map.of("urgency", "SOON"), "Urgency must be one of");
        refused(session, "/incidents", Map.of("page", "0"), "Page must be a number from 1");
        refused(session, "/incidents", Map.of("page", "two"), "Page must be a whole number");
        refused(session, "/incidents", Map.of("from.day", "31", "from.month", "2", "from.year", "2026"), "href=\"#from\"");
        refused(session, "/incidents", Map.of("from.day", "5", "from.month", "11", "from.year", "2026", "to.day", "1", "to.month", "11",
                "to.year", "2026"), "The date to must be the same as or after the date from");
        assertThat(RowCounts.of(jdbc)).isEqualTo(before);
    }

    private String report(String token, Instant awareAt) throws Exception {
        return JsonPath.read(send(token, post("/api/v1/incidents"), IncidentApiIT.report(awareAt), 201), "$.id");
    }

    private String send(String token, MockHttpServletRequestBuilder request, String body, int status) throws Exception {
        MvcResult result = mvc.perform(request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(body))
                .andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        return result.getResponse().getContentAsString();
    }


    private void refused(MockHttpSession session, String path, Map<String, String> params, String says) throws Exception {
        ListCalls.refused(mvc, session, path, params, says);
    }


    private MvcResult api(String token, String path, Map<String, String> params) throws Exception {
        return ListCalls.api(mvc, token, path, params);
    }


    private void problem(String token, String path, Map<String, String> params, int status, String field) throws Exception {
        ListCalls.problem(mvc, token, path, params, status, field);
    }

    static long total(MvcResult result) {
        return ListCalls.total(result);
    }

    static List<String> ids(MvcResult result) throws Exception {
        return ListCalls.ids(result, "$[*].id");
    }

    static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static List<UUID> uuids(List<String> ids) {
        return ids.stream().map(UUID::fromString).toList();
    }
}
