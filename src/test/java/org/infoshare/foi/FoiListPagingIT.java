package org.infoshare.foi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.shared.UkCalendar;
import org.infoshare.support.ListCalls;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.RowCounts;
import org.infoshare.support.SignedInSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The FOI requests an organisation asked partners to help with page and filter on the server (ADR 0017), like the
 * Data Protection Officer's other queues. The requests are the police's, whose list no other test reads.
 */
@IntegrationTest
class FoiListPagingIT {

    private static final String POLICE_DPO = "dpo@westshire-police.example";

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired JdbcClient jdbc;

    @Test
    void theRequestsAskedOfPartnersPageOpenFirstAndNarrowByStatusPartnerAndDay() throws Exception {
        String dpo = demo.token(POLICE_DPO);
        String nhs = demo.organisation("Westshire Community Health NHS Trust").id().toString();
        String council = demo.organisation("Westshire County Council").id().toString();
        LocalDate today = LocalDate.now(UkCalendar.ZONE);
        long before = total(api(dpo, "/api/v1/foi/requests", Map.of()));
        List<String> seeded = new ArrayList<>();
        for (int i = 0; i < 27; i++) {
            seeded.add(ask(dpo, i < 3 ? today.minusDays(20) : today, i % 2 == 0 ? nhs : council));
        }
        List<String> decided = seeded.subList(0, 2);
        jdbc.sql("update foi_request set status = 'DECIDED', decision = 'NOT_HELD', decided_at = now(), decided_by = created_by where id in (:ids)")
                .param("ids", decided.stream().map(UUID::fromString).toList()).update();

        MvcResult all = api(dpo, "/api/v1/foi/requests", Map.of());
        assertThat(total(all)).isEqualTo(before + 27);
        List<String> mine = new ArrayList<>(ids(all));
        mine.retainAll(seeded);
        List<String> expected = new ArrayList<>(seeded.subList(2, 27));
        java.util.Collections.reverse(expected);
        expected.add(decided.get(1));
        expected.add(decided.get(0));
        assertThat(mine).as("open first, the newest first").containsExactlyElementsOf(expected);
        List<String> paged = new ArrayList<>();
        long askedOfNhsTotal = total(api(dpo, "/api/v1/foi/requests", Map.of("organisation", nhs)));
        assertThat(askedOfNhsTotal).isGreaterThan(10);
        for (int n = 1; n <= (askedOfNhsTotal + 9) / 10; n++) {
            MvcResult page = api(dpo, "/api/v1/foi/requests", Map.of("size", "10", "page", Integer.toString(n), "organisation", nhs));
            assertThat(new HashSet<>(paged)).doesNotContainAnyElementsOf(ids(page));
            paged.addAll(ids(page));
            if (n == 1) {
                assertThat(page.getResponse().getHeader("Link")).contains("rel=\"next\"").contains("page=2").contains("organisation=" + nhs);
            }
        }
        List<String> askedOfNhs = new ArrayList<>();
        for (int i = 0; i < 27; i += 2) {
            askedOfNhs.add(seeded.get(i));
        }
        assertThat(paged).containsAll(askedOfNhs).doesNotContain(seeded.get(1), seeded.get(3));
        assertThat(ids(api(dpo, "/api/v1/foi/requests", Map.of("status", "DECIDED")))).containsAll(decided).doesNotContain(seeded.get(5));
        assertThat(ids(api(dpo, "/api/v1/foi/requests", Map.of("status", "open")))).doesNotContainAnyElementsOf(decided).contains(seeded.get(5));
        assertThat(ids(api(dpo, "/api/v1/foi/requests", Map.of("from", today.minusDays(21).toString(), "to", today.minusDays(19).toString()))))
                .containsExactlyInAnyOrderElementsOf(seeded.subList(0, 3));
        assertThat(ids(api(demo.token(DemoPartnership.COUNCIL_DPO), "/api/v1/foi/requests", Map.of()))).doesNotContainAnyElementsOf(seeded);
        assertThat(mvc.perform(get("/api/v1/foi/requests").header("Authorization", "Bearer " + demo.token(DemoPartnership.POLICE_PRACTITIONER)))
                .andReturn().getResponse().getStatus()).isEqualTo(403);

        MockHttpSession session = SignedInSession.of(mvc, POLICE_DPO);
        String first = mvc.perform(get("/foi").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("Filter the requests asked by your organisation").contains("Showing 1 to 25 of")
                .contains("/foi/requests/" + seeded.get(26)).containsPattern("href=\"/foi\\?page=2\"");
        String filtered = mvc.perform(get("/foi").param("status", "DECIDED").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(filtered).contains("/foi/requests/" + decided.get(0)).doesNotContain("/foi/requests/" + seeded.get(26));
        String byPartner = mvc.perform(get("/foi").param("organisation", nhs).param("status", "OPEN").session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(byPartner).contains("/foi/requests/" + seeded.get(26)).doesNotContain("/foi/requests/" + seeded.get(25));
        String elsewhere = mvc.perform(get("/foi").session(SignedInSession.of(mvc, DemoPartnership.COUNCIL_DPO))).andReturn().getResponse().getContentAsString();
        assertThat(elsewhere).doesNotContain("/foi/requests/" + seeded.get(26));
    }

    @Test
    void badParametersAreRefusedNamingTheFieldAndChangeNothing() throws Exception {
        String dpo = demo.token(POLICE_DPO);
        MockHttpSession session = SignedInSession.of(mvc, POLICE_DPO);
        Map<String, Long> before = RowCounts.of(jdbc);
        problem(dpo, Map.of("page", "0"), 422, "page");
        problem(dpo, Map.of("size", "101"), 422, "size");
        problem(dpo, Map.of("size", "0"), 422, "size");
        problem(dpo, Map.of("status", "MAYBE"), 422, "status");
        problem(dpo, Map.of("from", "2026-11-05", "to", "2026-11-01"), 422, "to");
        problem(dpo, Map.of("from", "5 November"), 400, "from");
        problem(dpo, Map.of("page", "two"), 400, "page");
        problem(dpo, Map.of("organisation", "police"), 400, "organisation");
        for (Map<String, String> params : List.of(Map.of("status", "MAYBE"), Map.of("page", "0"), Map.of("organisation", "police"),
                Map.of("from.day", "31", "from.month", "2", "from.year", "2026"))) {
            MockHttpServletRequestBuilder request = get("/foi").session(session);
            params.forEach(request::param);
            String page = mvc.perform(request).andReturn().getResponse().getContentAsString();
            assertThat(page).as(params.toString()).contains("There is a problem").contains("<title>Error: ").doesNotContain("Showing 1 to");
        }
        assertThat(RowCounts.of(jdbc)).isEqualTo(before);
    }

    private String ask(String token, LocalDate receivedOn, String partner) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/foi/requests").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"regime":"FOI","holderReference":"FOI/%s","receivedOn":"%s","request":"How many referrals were made in 2025?",
                         "asks":["VIEWS"],"partners":["%s"]}""".formatted(UUID.randomUUID().toString().substring(0, 6), receivedOn, partner)))
                .andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(201);
        return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
    }

    private MvcResult api(String token, String path, Map<String, String> params) throws Exception {
        return ListCalls.api(mvc, token, path, params);
    }

    private void problem(String token, Map<String, String> params, int status, String field) throws Exception {
        ListCalls.problem(mvc, token, "/api/v1/foi/requests", params, status, field);
    }

    private static long total(MvcResult result) {
        return ListCalls.total(result);
    }

    private static List<String> ids(MvcResult result) throws Exception {
        return ListCalls.ids(result, "$[*].id");
    }
}
