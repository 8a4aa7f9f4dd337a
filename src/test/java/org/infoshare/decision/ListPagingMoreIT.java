package org.infoshare.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.ledger.Ledger;
import org.infoshare.ledger.LedgerEvent;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.support.ListCalls;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.RowCounts;
import org.infoshare.support.ShareDecisions;
import org.infoshare.support.SignedInSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The requests received and sent and the advice queue page and filter on the server (ADR 0017), like the lists
 * before them: pages hold the next rows with none repeated, totals count every match, each filter narrows, page
 * links keep the filter, another organisation sees none of them, and a bad parameter is refused and changes nothing.
 */
@IntegrationTest
class ListPagingMoreIT {

    private static final String SOCIAL_WORKER = DemoPartnership.COUNCIL_PRACTITIONER;
    private static final String MANAGER = DemoPartnership.COUNCIL_MANAGER;
    private static final String NURSE = DemoPartnership.NHS_PRACTITIONER;
    private static final String OFFICER = DemoPartnership.POLICE_PRACTITIONER;

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired JdbcClient jdbc;
    @Autowired Ledger ledger;
    @Autowired TransactionTemplate transaction;

    @Test
    void requestsReceivedAndSentPageAwaitingAndUrgentFirstAndNarrowByStatusUrgencyOrganisationAndDay() throws Exception {
        ShareDecisions shares = new ShareDecisions(mvc, demo);
        String police = demo.organisation("Westshire Police").id().toString();
        String nhs = demo.organisation("Westshire Community Health NHS Trust").id().toString();
        Map<String, String> fromNhs = Map.of("organisation", nhs, "size", "100");
        String officer = demo.token(OFFICER);
        String nurse = demo.token(NURSE);
        long receivedBefore = total(api(officer, "/api/v1/requests", fromNhs));
        long sentBefore = total(api(nurse, "/api/v1/requests/outbox", Map.of("organisation", police, "size", "100")));

        UUID person = shares.subject(NURSE);
        List<String> routine = new ArrayList<>();
        List<String> urgent = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            routine.add(request(shares, person, police, "ROUTINE"));
            urgent.add(request(shares, person, police, "URGENT"));
        }
        String immediate = request(shares, person, police, "IMMEDIATE");
        // Two routine requests answered: they go after every request still awaiting an answer. The answers are written
        // directly and recorded in the ledger as the application records an answer, so the shared database still verifies.
        List<String> answered = List.of(routine.get(0), routine.get(1));
        transaction.executeWithoutResult(status -> {
            jdbc.sql("update information_request set status = 'ANSWERED', outcome = 'SHARE', answered_at = now() where id in (:ids)")
                    .param("ids", answered.stream().map(UUID::fromString).toList()).update();
            answered.forEach(id -> ledger.record(LedgerEvent.of("request.answered", ProtectedRecords.INFORMATION_REQUEST, UUID.fromString(id))
                    .actor(demo.actor(OFFICER).userId()).organisation(demo.actor(OFFICER).organisationId()).detail("outcome", "SHARE").build()));
        });

        MvcResult all = api(officer, "/api/v1/requests", fromNhs);
        assertThat(total(all)).isEqualTo(receivedBefore + 9);
        List<String> mine = new ArrayList<>(ids(all));
        List<String> seeded = new ArrayList<>(routine);
        seeded.addAll(urgent);
        seeded.add(immediate);
        mine.retainAll(seeded);
        List<String> expected = new ArrayList<>(List.of(immediate));
        expected.addAll(urgent);
        expected.addAll(routine.subList(2, 4));
        expected.add(routine.get(1));
        expected.add(routine.get(0));
        assertThat(mine).as("awaiting first, the most urgent first, then the one asked first; answered last, newest first")
                .containsExactlyElementsOf(expected);

        // Three pages of four without a repeat, the filter kept in the links.
        Set<String> seen = new HashSet<>();
        List<String> paged = new ArrayList<>();
        long pages = (total(all) + 3) / 4;
        assertThat(pages).isGreaterThanOrEqualTo(3);
        for (int n = 1; n <= pages; n++) {
            MvcResult page = api(officer, "/api/v1/requests", Map.of("organisation", nhs, "size", "4", "page", Integer.toString(n)));
            assertThat(seen.addAll(ids(page))).isTrue();
            paged.addAll(ids(page));
            if (n == 1) {
                assertThat(page.getResponse().getHeader("Link")).contains("rel=\"next\"").contains("page=2").contains("organisation=" + nhs);
            }
        }
        assertThat(paged).containsExactlyElementsOf(ids(all));

        assertThat(ids(api(officer, "/api/v1/requests", Map.of("organisation", nhs, "urgency", "URGENT", "size", "100"))))
                .containsAll(urgent).doesNotContainAnyElementsOf(routine).doesNotContain(immediate);
        assertThat(ids(api(officer, "/api/v1/requests", Map.of("organisation", nhs, "status", "ANSWERED", "size", "100"))))
                .containsAll(answered).doesNotContainAnyElementsOf(urgent);
        assertThat(ids(api(officer, "/api/v1/requests", Map.of("organisation", nhs, "status", "awaiting", "size", "100"))))
                .containsAll(urgent).doesNotContainAnyElementsOf(answered);
        assertThat(ids(api(officer, "/api/v1/requests", Map.of("organisation", police, "size", "100")))).isEmpty();
        assertThat(ids(api(officer, "/api/v1/requests", Map.of("from", LocalDate.now().plusDays(2).toString(), "size", "100")))).isEmpty();
        assertThat(ids(api(officer, "/api/v1/requests", Map.of("organisation", nhs, "from", LocalDate.now().minusDays(1).toString(),
                "to", LocalDate.now().plusDays(1).toString(), "size", "100")))).containsAll(seeded);

        // The requester's list: the same order and filters, asked of the organisation they were sent to.
        MvcResult sent = api(nurse, "/api/v1/requests/outbox", Map.of("organisation", police, "size", "100"));
        assertThat(total(sent)).isEqualTo(sentBefore + 9);
        List<String> sentMine = new ArrayList<>(ids(sent));
        sentMine.retainAll(seeded);
        assertThat(sentMine).containsExactlyElementsOf(expected);
        assertThat(ids(api(nurse, "/api/v1/requests/outbox", Map.of("urgency", "IMMEDIATE", "size", "100")))).contains(immediate)
                .doesNotContainAnyElementsOf(urgent);
        assertThat(ids(api(nurse, "/api/v1/requests/outbox", Map.of("organisation", nhs, "size", "100")))).isEmpty();

        // Another organisation: none of them received or sent, and each is not found.
        String other = demo.token(SOCIAL_WORKER);
        assertThat(ids(api(other, "/api/v1/requests", Map.of("size", "100")))).doesNotContainAnyElementsOf(seeded);
        assertThat(ids(api(other, "/api/v1/requests/outbox", Map.of("size", "100")))).doesNotContainAnyElementsOf(seeded);
        assertThat(mvc.perform(get("/api/v1/requests/" + immediate).header("Authorization", "Bearer " + other)).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        MockHttpSession elsewhere = SignedInSession.of(mvc, SOCIAL_WORKER);
        for (String path : List.of("/requests", "/requests/sent")) {
            String page = mvc.perform(get(path).param("status", "AWAITING").session(elsewhere)).andReturn().getResponse().getContentAsString();
            assertThat(page).doesNotContain(immediate).doesNotContain(urgent.get(0));
        }

        // In the browser: the rows, the count, and (past 25 rows) page links that keep the filter.
        MockHttpSession session = SignedInSession.of(mvc, OFFICER);
        String page = mvc.perform(get("/requests").param("organisation", nhs).param("urgency", "URGENT").session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Filter the requests received").contains("of " + total(api(officer, "/api/v1/requests",
                Map.of("organisation", nhs, "urgency", "URGENT")))).contains("/requests/" + urgent.get(0)).doesNotContain("/requests/" + immediate);
        String none = mvc.perform(get("/requests").param("organisation", police).session(session)).andReturn().getResponse().getContentAsString();
        assertThat(none).contains("No requests match the filter");
        MockHttpSession nurseSession = SignedInSession.of(mvc, NURSE);
        String sentPage = mvc.perform(get("/requests/sent").param("urgency", "IMMEDIATE").session(nurseSession))
                .andReturn().getResponse().getContentAsString();
        assertThat(sentPage).contains("Requests sent").contains("/requests/" + immediate).doesNotContain("/requests/" + urgent.get(0));
        for (int i = 0; i < 26 - urgent.size(); i++) {
            request(shares, person, police, "URGENT");
        }
        String first = mvc.perform(get("/requests").param("organisation", nhs).param("urgency", "URGENT").session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(first).contains("govuk-pagination").contains("Showing 1 to 25 of")
                .containsPattern("href=\"/requests\\?[^\"]*urgency=URGENT[^\"]*page=2\"");
    }

    @Test
    void theAdviceQueuePagesTheLongestWaitingFirstAndNarrowsByStatusAndDay() throws Exception {
        ShareDecisions shares = new ShareDecisions(mvc, demo);
        String police = demo.organisation("Westshire Police").id().toString();
        String manager = demo.token(MANAGER);
        long before = total(api(manager, "/api/v1/advice", Map.of()));
        UUID person = shares.subject(SOCIAL_WORKER);
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            asked.add(JsonPath.read(shares.post(SOCIAL_WORKER, "/api/v1/decisions",
                    DecisionApiIT.decision(person.toString(), police, "null", "\"WOULD_PLACE_CHILD_AT_RISK\"", "NOT_SURE", "Unsure about the marks")), "$.id"));
        }
        MvcResult all = api(manager, "/api/v1/advice", Map.of());
        assertThat(total(all)).isEqualTo(before + 7);
        List<String> mine = new ArrayList<>(ids(all));
        mine.retainAll(asked);
        assertThat(mine).as("the longest waiting first").containsExactlyElementsOf(asked);
        List<String> paged = new ArrayList<>();
        long pages = (total(all) + 2) / 3;
        assertThat(pages).isGreaterThanOrEqualTo(3);
        for (int n = 1; n <= pages; n++) {
            MvcResult page = api(manager, "/api/v1/advice", Map.of("size", "3", "page", Integer.toString(n)));
            assertThat(new HashSet<>(paged)).doesNotContainAnyElementsOf(ids(page));
            paged.addAll(ids(page));
        }
        assertThat(paged).containsExactlyElementsOf(ids(all));

        shares.post(MANAGER, "/api/v1/decisions/" + asked.get(0) + "/advice", "{\"answers\":{\"CHILD_AT_RISK\":\"YES\"},\"advice\":\"Share it\"}");
        assertThat(ids(api(manager, "/api/v1/advice", Map.of("size", "100")))).doesNotContain(asked.get(0)).contains(asked.get(1));
        assertThat(ids(api(manager, "/api/v1/advice", Map.of("status", "ADVISED", "size", "100")))).contains(asked.get(0))
                .doesNotContain(asked.get(1));
        assertThat(ids(api(manager, "/api/v1/advice", Map.of("from", LocalDate.now().plusDays(2).toString())))).isEmpty();
        assertThat(ids(api(manager, "/api/v1/advice", Map.of("to", LocalDate.now().plusDays(1).toString(), "size", "100"))))
                .containsAll(asked.subList(1, 7));
        // The council's DPO is not asked for this advice, and another organisation never sees it.
        assertThat(ids(api(demo.token(DemoPartnership.COUNCIL_DPO), "/api/v1/advice", Map.of("size", "100")))).doesNotContainAnyElementsOf(asked);

        MockHttpSession session = SignedInSession.of(mvc, MANAGER);
        String page = mvc.perform(get("/advice").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Filter the advice").contains("/advice/" + asked.get(1)).contains("/decisions/" + asked.get(0));
        String waiting = mvc.perform(get("/advice").param("status", "AWAITING").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(waiting).contains("/advice/" + asked.get(1)).doesNotContain(asked.get(0));
        String none = mvc.perform(get("/advice").param("from.day", "1").param("from.month", "1").param("from.year", "2099").session(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(none).contains("No decisions match the filter");
    }

    @Test
    void badParametersAreRefusedNamingTheFieldAndChangeNothing() throws Exception {
        String worker = demo.token(SOCIAL_WORKER);
        String manager = demo.token(MANAGER);
        MockHttpSession session = SignedInSession.of(mvc, SOCIAL_WORKER);
        MockHttpSession managerSession = SignedInSession.of(mvc, MANAGER);
        Map<String, Long> before = RowCounts.of(jdbc);
        for (String path : List.of("/api/v1/requests", "/api/v1/requests/outbox")) {
            problem(worker, path, Map.of("page", "0"), 422, "page");
            problem(worker, path, Map.of("size", "101"), 422, "size");
            problem(worker, path, Map.of("size", "0"), 422, "size");
            problem(worker, path, Map.of("status", "MAYBE"), 422, "status");
            problem(worker, path, Map.of("urgency", "SOON"), 422, "urgency");
            problem(worker, path, Map.of("from", "2026-11-05", "to", "2026-11-01"), 422, "to");
            problem(worker, path, Map.of("from", "5 November"), 400, "from");
            problem(worker, path, Map.of("page", "two"), 400, "page");
            problem(worker, path, Map.of("organisation", "police"), 400, "organisation");
        }
        problem(manager, "/api/v1/advice", Map.of("page", "0"), 422, "page");
        problem(manager, "/api/v1/advice", Map.of("size", "101"), 422, "size");
        problem(manager, "/api/v1/advice", Map.of("status", "OPEN"), 422, "status");
        problem(manager, "/api/v1/advice", Map.of("from", "2026-11-05", "to", "2026-11-01"), 422, "to");
        problem(manager, "/api/v1/advice", Map.of("to", "2026-02-31"), 400, "to");

        for (String path : List.of("/requests", "/requests/sent")) {
            refused(session, path, Map.of("status", "MAYBE"), "Status must be one of");
            refused(session, path, Map.of("urgency", "SOON"), "Urgency must be one of");
            refused(session, path, Map.of("page", "0"), "Page must be a number from 1");
            refused(session, path, Map.of("page", "two"), "Page must be a whole number");
            refused(session, path, Map.of("organisation", "police"), "Choose an organisation from the list");
            refused(session, path, Map.of("from.day", "31", "from.month", "2", "from.year", "2026"), "href=\"#from\"");
            refused(session, path, Map.of("from.day", "5", "from.month", "11", "from.year", "2026", "to.day", "1", "to.month", "11", "to.year", "2026"),
                    "The date to must be the same as or after the date from");
        }
        refused(managerSession, "/advice", Map.of("status", "OPEN"), "Status must be one of");
        refused(managerSession, "/advice", Map.of("page", "0"), "Page must be a number from 1");
        refused(managerSession, "/advice", Map.of("to.day", "40", "to.month", "1", "to.year", "2026"), "href=\"#to\"");
        assertThat(RowCounts.of(jdbc)).isEqualTo(before);
    }

    private String request(ShareDecisions shares, UUID person, String holder, String urgency) throws Exception {
        return JsonPath.read(shares.post(NURSE, "/api/v1/requests", """
                {"subjectId":"%s","holderOrganisationId":"%s","purpose":"SAFEGUARDING_CHILD","gatewayCode":"CA1989-S47",
                 "urgency":"%s","items":["address"],"reason":"Strategy discussion"}""".formatted(person, holder, urgency)), "$.id");
    }

    private void refused(MockHttpSession session, String path, Map<String, String> params, String says) throws Exception {
        assertThat(ListCalls.refused(mvc, session, path, params, says)).doesNotContain("govuk-table__body");
    }

    private MvcResult api(String token, String path, Map<String, String> params) throws Exception {
        return ListCalls.api(mvc, token, path, params);
    }

    private void problem(String token, String path, Map<String, String> params, int status, String field) throws Exception {
        ListCalls.problem(mvc, token, path, params, status, field);
    }

    private static long total(MvcResult result) {
        return ListCalls.total(result);
    }

    private static List<String> ids(MvcResult result) throws Exception {
        return ListCalls.ids(result, "$[*].id");
    }
}
