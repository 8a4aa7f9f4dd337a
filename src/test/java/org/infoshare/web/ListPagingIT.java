package org.infoshare.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Team;
import org.infoshare.support.ListCalls;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.RowCounts;
import org.infoshare.support.ShareDecisions;
import org.infoshare.support.SignedInSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every list pages and filters on the server (ADR 0017): page 2 holds the next rows with none repeated, the total
 * counts every match, each filter narrows, a bad parameter is a problem naming it and changes nothing, and another
 * organisation's rows never appear. Rows are seeded about a fresh person so that the person filter isolates them
 * from what other tests record.
 */
@IntegrationTest
class ListPagingIT {

    private static final String SOCIAL_WORKER = DemoPartnership.COUNCIL_PRACTITIONER;
    private static final String OFFICER = DemoPartnership.POLICE_PRACTITIONER;

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired DirectoryLookup directory;
    @Autowired JdbcClient jdbc;

    @Test
    void decisionsPageInOrderWithATotalAndNarrowByPersonOrganisationStatusAndDay() throws Exception {
        ShareDecisions shares = new ShareDecisions(mvc, demo);
        String reference = "PG-" + UUID.randomUUID().toString().substring(0, 8);
        UUID person = person(shares, reference);
        List<String> toPolice = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            toPolice.add(shares.to(SOCIAL_WORKER, person, "Westshire Police").decisionId().toString());
        }
        String toHealth = shares.to(SOCIAL_WORKER, person, "Westshire Community Health NHS Trust").decisionId().toString();
        String token = demo.token(SOCIAL_WORKER);

        MvcResult first = api(token, "/api/v1/decisions", Map.of("person", reference, "size", "4"));
        MvcResult second = api(token, "/api/v1/decisions", Map.of("person", reference, "size", "4", "page", "2"));
        assertThat(first.getResponse().getHeader(PagedResponse.TOTAL)).isEqualTo("6");
        assertThat(second.getResponse().getHeader(PagedResponse.TOTAL)).isEqualTo("6");
        List<String> one = ids(first);
        List<String> two = ids(second);
        assertThat(one).hasSize(4);
        assertThat(two).hasSize(2).doesNotContainAnyElementsOf(one);
        List<String> newestFirst = new ArrayList<>(toPolice);
        newestFirst.add(toHealth);
        java.util.Collections.reverse(newestFirst);
        List<String> both = new ArrayList<>(one);
        both.addAll(two);
        assertThat(both).containsExactlyElementsOf(newestFirst);
        assertThat(first.getResponse().getHeader("Link")).contains("rel=\"next\"").contains("page=2").contains("person=" + reference);

        String health = demo.organisation("Westshire Community Health NHS Trust").id().toString();
        assertThat(ids(api(token, "/api/v1/decisions", Map.of("person", reference, "organisation", health)))).containsExactly(toHealth);
        assertThat(ids(api(token, "/api/v1/decisions", Map.of("person", reference, "status", "share")))).hasSize(6);
        assertThat(ids(api(token, "/api/v1/decisions", Map.of("person", reference, "status", "DO_NOT_SHARE")))).isEmpty();
        String tomorrow = LocalDate.now().plusDays(2).toString();
        assertThat(ids(api(token, "/api/v1/decisions", Map.of("person", reference, "from", tomorrow)))).isEmpty();
        assertThat(ids(api(token, "/api/v1/decisions", Map.of("person", reference, "to", LocalDate.now().plusDays(1).toString())))).hasSize(6);

        // Another organisation: neither by the reference nor in its own list.
        String police = demo.token(OFFICER);
        assertThat(ids(api(police, "/api/v1/decisions", Map.of("person", reference)))).isEmpty();
        assertThat(ids(api(police, "/api/v1/decisions", Map.of("size", "100")))).doesNotContainAnyElementsOf(both);

        // The page in the browser: the same rows, the count and the filter kept in the page links.
        MockHttpSession session = SignedInSession.of(mvc, SOCIAL_WORKER);
        String page = mvc.perform(get("/decisions").param("person", reference).session(session)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Showing 1 to 6 of 6");
        for (String id : both) {
            assertThat(page).contains("/decisions/" + id);
        }
    }

    @Test
    void theInboxPagesWithoutOverlapAndNarrowsByUrgencyStatusAndSender() throws Exception {
        ShareDecisions shares = new ShareDecisions(mvc, demo);
        UUID person = person(shares, "PGI-" + UUID.randomUUID().toString().substring(0, 8));
        UUID desk = desk();
        List<String> immediate = new ArrayList<>();
        List<String> routine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            immediate.add(disclose(shares, person, desk, "IMMEDIATE"));
            routine.add(disclose(shares, person, desk, "ROUTINE"));
        }
        String officer = demo.token(OFFICER);
        MvcResult all = api(officer, "/api/v1/disclosures", Map.of("size", "6"));
        long total = Long.parseLong(all.getResponse().getHeader(PagedResponse.TOTAL));
        assertThat(total).isGreaterThanOrEqualTo(6);
        // Newest first: the six just sent are the first page, and page 2 of three rows continues it with no repeat.
        List<String> sent = new ArrayList<>();
        for (int i = 2; i >= 0; i--) {
            sent.add(routine.get(i));
            sent.add(immediate.get(i));
        }
        assertThat(ids(all)).containsExactlyElementsOf(sent);
        List<String> first = ids(api(officer, "/api/v1/disclosures", Map.of("size", "3")));
        List<String> second = ids(api(officer, "/api/v1/disclosures", Map.of("size", "3", "page", "2")));
        assertThat(first).containsExactlyElementsOf(sent.subList(0, 3));
        assertThat(second).containsExactlyElementsOf(sent.subList(3, 6));

        List<String> urgentOnly = ids(api(officer, "/api/v1/disclosures", Map.of("urgency", "IMMEDIATE", "size", "100")));
        assertThat(urgentOnly).containsAll(immediate).doesNotContainAnyElementsOf(routine);
        assertThat(ids(api(officer, "/api/v1/disclosures", Map.of("status", "OPENED", "size", "100")))).doesNotContainAnyElementsOf(sent);
        assertThat(ids(api(officer, "/api/v1/disclosures", Map.of("status", "WAITING", "size", "100")))).containsAll(sent);
        String health = demo.organisation("Westshire Community Health NHS Trust").id().toString();
        assertThat(ids(api(officer, "/api/v1/disclosures", Map.of("organisation", health, "size", "100")))).doesNotContainAnyElementsOf(sent);

        // The sender's organisation and a third organisation never see them in an inbox.
        assertThat(ids(api(demo.token(SOCIAL_WORKER), "/api/v1/disclosures", Map.of("size", "100")))).doesNotContainAnyElementsOf(sent);
        assertThat(ids(api(demo.token(DemoPartnership.NHS_PRACTITIONER), "/api/v1/disclosures", Map.of("size", "100")))).doesNotContainAnyElementsOf(sent);

        // The page: urgent first, and narrowed by urgency in the browser too.
        MockHttpSession session = SignedInSession.of(mvc, OFFICER);
        String page = mvc.perform(get("/inbox").param("urgency", "ROUTINE").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Filter the inbox").doesNotContain("govuk-tag--red\">Immediate");
    }

    @Test
    void theConsentRegisterPagesAndNarrowsByPersonAndStatus() throws Exception {
        ShareDecisions shares = new ShareDecisions(mvc, demo);
        String reference = "PGC-" + UUID.randomUUID().toString().substring(0, 8);
        UUID person = person(shares, reference);
        String police = demo.organisation("Westshire Police").id().toString();
        List<String> recorded = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            recorded.add(JsonPath.read(shares.post(SOCIAL_WORKER, "/api/v1/consents", """
                    {"subjectId":"%s","answer":"GIVEN","givenBy":"PARENTAL_RESPONSIBILITY","giverName":"Jo Parent","explicit":true,
                     "medium":"WRITTEN","givenOn":"2026-11-0%d","whatWasAgreed":"Share with the police",
                     "purposes":["SAFEGUARDING_CHILD"],"recipients":["%s"]}""".formatted(person, i + 1, police)), "$.id"));
        }
        shares.post(SOCIAL_WORKER, "/api/v1/consents/" + recorded.get(0) + "/withdrawal", "{\"withdrawnOn\":\"2026-11-20\"}");
        String token = demo.token(SOCIAL_WORKER);

        MvcResult first = api(token, "/api/v1/consents", Map.of("person", reference, "size", "2"));
        assertThat(first.getResponse().getHeader(PagedResponse.TOTAL)).isEqualTo("5");
        Set<String> seen = new HashSet<>();
        List<String> inOrder = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            List<String> page = ids(api(token, "/api/v1/consents", Map.of("person", reference, "size", "2", "page", Integer.toString(n))));
            assertThat(page).hasSize(n == 3 ? 1 : 2);
            assertThat(seen.addAll(page)).isTrue();
            inOrder.addAll(page);
        }
        List<String> newestFirst = new ArrayList<>(recorded);
        java.util.Collections.reverse(newestFirst);
        assertThat(inOrder).containsExactlyElementsOf(newestFirst);
        assertThat(ids(api(token, "/api/v1/consents", Map.of("person", reference, "status", "WITHDRAWN")))).containsExactly(recorded.get(0));
        assertThat(ids(api(token, "/api/v1/consents", Map.of("person", reference, "status", "GIVEN")))).hasSize(4).doesNotContain(recorded.get(0));
        assertThat(ids(api(token, "/api/v1/consents", Map.of("person", reference, "from", "2026-11-04", "to", "2026-11-05"))))
                .containsExactlyInAnyOrder(recorded.get(3), recorded.get(4));
        assertThat(ids(api(demo.token(OFFICER), "/api/v1/consents", Map.of("size", "100")))).doesNotContainAnyElementsOf(recorded);
        assertThat(ids(api(demo.token(OFFICER), "/api/v1/consents", Map.of("person", reference)))).isEmpty();

        MockHttpSession session = SignedInSession.of(mvc, SOCIAL_WORKER);
        String page = mvc.perform(get("/consents").param("person", reference).session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Showing 1 to 5 of 5").contains("Filter the register");
    }

    @Test
    void badParametersAreProblemsNamingTheFieldAndChangeNothing() throws Exception {
        String token = demo.token(SOCIAL_WORKER);
        String officer = demo.token(OFFICER);
        Map<String, Long> before = RowCounts.of(jdbc);
        problem(token, "/api/v1/decisions", Map.of("size", "101"), 422, "size");
        problem(token, "/api/v1/decisions", Map.of("page", "0"), 422, "page");
        problem(token, "/api/v1/decisions", Map.of("status", "MAYBE"), 422, "status");
        problem(token, "/api/v1/decisions", Map.of("from", "2026-11-05", "to", "2026-11-01"), 422, "to");
        problem(token, "/api/v1/decisions", Map.of("page", "two"), 400, "page");
        problem(token, "/api/v1/decisions", Map.of("from", "5 November"), 400, "from");
        problem(officer, "/api/v1/disclosures", Map.of("urgency", "SOON"), 422, "urgency");
        problem(officer, "/api/v1/disclosures", Map.of("organisation", "police"), 400, "organisation");
        problem(token, "/api/v1/consents", Map.of("status", "MAYBE"), 422, "status");
        problem(token, "/api/v1/consents", Map.of("size", "0"), 422, "size");
        assertThat(RowCounts.of(jdbc)).isEqualTo(before);

        MockHttpSession session = SignedInSession.of(mvc, SOCIAL_WORKER);
        String status = mvc.perform(get("/decisions").param("status", "MAYBE").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(status).contains("Error: Decide whether to share").contains("There is a problem").contains("Status must be one of");
        String day = mvc.perform(get("/decisions").param("from.day", "31").param("from.month", "2").param("from.year", "2026").session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(day).contains("There is a problem").contains("href=\"#from\"").doesNotContain("Showing 1 to");
    }

    private UUID person(ShareDecisions shares, String reference) throws Exception {
        return UUID.fromString(JsonPath.read(shares.post(SOCIAL_WORKER, "/api/v1/subjects",
                "{\"reference\":\"%s\",\"name\":\"Rowan Pager\",\"dateOfBirth\":\"2015-03-01\",\"confirmedDifferent\":true}".formatted(reference)), "$.id"));
    }

    private UUID desk() {
        UUID police = demo.organisation("Westshire Police").id();
        return directory.teams(police).stream().filter(t -> t.name().equals("Public Protection Desk")).map(Team::id).findFirst().orElseThrow();
    }

    private String disclose(ShareDecisions shares, UUID person, UUID team, String urgency) throws Exception {
        UUID police = demo.organisation("Westshire Police").id();
        String decided = shares.post(SOCIAL_WORKER, "/api/v1/decisions", """
                {"subjectId":"%s","recipientOrganisationId":"%s","purpose":"SAFEGUARDING_CHILD","purposeLegitimate":"YES",
                 "items":[{"code":"safeguarding-concern"}],"identifiable":true,"confidential":true,"consentId":null,
                 "consentNotSoughtReason":"WOULD_PLACE_CHILD_AT_RISK","childAtRisk":"YES","vitalInterests":"NO","proportionate":"YES",
                 "lessIntrusiveMeans":"NO","outsideUk":"NO","informPerson":"NO","notInformReason":"WOULD_CREATE_OR_INCREASE_RISK",
                 "urgency":"%s","rationale":"Seen at school with an injury"}""".formatted(person, police, urgency));
        String sent = mvc.perform(post("/api/v1/disclosures").header("Authorization", "Bearer " + demo.token(SOCIAL_WORKER))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"decisionId":"%s","recipientTeamId":"%s","accessUntil":null,"items":[{"code":"safeguarding-concern",
                                 "content":"An injury seen at school","kind":"FACT","historical":false,"notToSubject":false}],"protectedIdentities":[]}"""
                                .formatted(JsonPath.<String>read(decided, "$.id"), team)))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(sent, "$.id");
    }

    private MvcResult api(String token, String path, Map<String, String> params) throws Exception {
        return ListCalls.api(mvc, token, path, params);
    }

    private void problem(String token, String path, Map<String, String> params, int status, String field) throws Exception {
        ListCalls.problem(mvc, token, path, params, status, field);
    }

    private static List<String> ids(MvcResult result) throws Exception {
        return ListCalls.ids(result, "$[*].id");
    }
}
