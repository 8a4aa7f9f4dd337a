package org.infoshare.rights;

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
import org.infoshare.rights.rules.ExtensionReason;
import org.infoshare.rights.rules.PauseReason;
import org.infoshare.rights.rules.ReceivedHow;
import org.infoshare.rights.rules.RequesterCapacity;
import org.infoshare.rights.rules.RightKind;
import org.infoshare.shared.Actor;
import org.infoshare.support.ListCalls;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.SeededRecords;
import org.infoshare.support.ShareDecisions;
import org.infoshare.support.SignedInSession;
import org.infoshare.web.PagedResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.rights.RightsFixtures.COUNCIL_DPO;
import static org.infoshare.rights.RightsFixtures.HEALTH_VISITOR;
import static org.infoshare.rights.RightsFixtures.NHS_DPO;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The rights requests queue pages and filters on the server (ADR 0017): the queue's order (overdue first, paused
 * last) is kept across pages with none repeated, totals count every match, each filter narrows, page links keep the
 * filter, another organisation sees none of them, and a bad parameter is refused. The requests are the NHS trust's,
 * received on days long past, so that no other test's list is pushed aside and the filter finds only these.
 */
@IntegrationTest
class RightsListPagingIT {

    private static final String API = "/api/v1/rights/requests";

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired RightsRequests requests;
    @Autowired JdbcClient jdbc;
    @Autowired Ledger ledger;
    @Autowired TransactionTemplate transactions;

    @Test
    void theQueuePagesInDeadlineOrderAndNarrowsByStatusKindPersonAndDay() throws Exception {
        Actor dpo = demo.actor(NHS_DPO);
        Map<String, String> march = Map.of("from", "2019-03-01", "to", "2019-03-31");
        // Received on the 2nd to the 8th: the 2nd is extended (due two months later), the 5th paused (last), the 8th closed.
        List<String> ids = new ArrayList<>();
        for (int day = 2; day <= 8; day++) {
            ids.add(record(day % 2 == 0 ? RightKind.ERASURE : RightKind.ACCESS, LocalDate.of(2019, 3, day)).id().toString());
        }
        requests.extend(dpo, UUID.fromString(ids.get(0)), new RightsCommands.Extend(ExtensionReason.COMPLEX, "Many records", LocalDate.of(2019, 3, 3)));
        requests.pause(dpo, UUID.fromString(ids.get(3)), new RightsCommands.Pause(PauseReason.IDENTITY, LocalDate.of(2019, 3, 6)));
        jdbc.sql("update rights_request set status = 'CLOSED', outcome = 'NOTHING_HELD', decided_on = date '2019-03-20', "
                        + "closed_on = date '2019-03-21' where id = :id").param("id", UUID.fromString(ids.get(6))).update();
        SeededRecords.recorded(transactions, ledger, ProtectedRecords.RIGHTS_REQUEST, List.of(UUID.fromString(ids.get(6))));
        String reference = "RLP-" + UUID.randomUUID().toString().substring(0, 12);
        UUID person = UUID.fromString(JsonPath.read(new ShareDecisions(mvc, demo).post(HEALTH_VISITOR, "/api/v1/subjects",
                "{\"reference\":\"%s\",\"name\":\"Sam Requester\",\"dateOfBirth\":\"2012-02-02\",\"confirmedDifferent\":true}"
                        .formatted(reference)), "$.id"));
        requests.confirmPerson(dpo, UUID.fromString(ids.get(2)), new RightsCommands.ConfirmPerson(person));

        String token = demo.token(NHS_DPO);
        MvcResult queue = api(token, march);
        List<String> expected = List.of(ids.get(1), ids.get(2), ids.get(4), ids.get(5), ids.get(0), ids.get(3));
        assertThat(ids(queue)).as("overdue first by deadline, the extended one later, the paused one last").containsExactlyElementsOf(expected);
        assertThat(queue.getResponse().getHeader(PagedResponse.TOTAL)).isEqualTo("6");
        List<String> javaOrder = new ArrayList<>(requests.queue(dpo).stream().map(q -> q.request().id().toString()).toList());
        javaOrder.retainAll(expected);
        assertThat(ids(queue)).as("the same order as the queue's rules").containsExactlyElementsOf(javaOrder);

        // Three pages of two, none repeated, the filter kept in the links.
        Set<String> seen = new HashSet<>();
        List<String> paged = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            MvcResult page = api(token, Map.of("from", "2019-03-01", "to", "2019-03-31", "size", "2", "page", Integer.toString(n)));
            assertThat(page.getResponse().getHeader(PagedResponse.PAGE)).isEqualTo(Integer.toString(n));
            assertThat(page.getResponse().getHeader(PagedResponse.PAGE_SIZE)).isEqualTo("2");
            assertThat(seen.addAll(ids(page))).isTrue();
            paged.addAll(ids(page));
            if (n == 2) {
                assertThat(page.getResponse().getHeader("Link")).contains("rel=\"next\"").contains("rel=\"prev\"").contains("page=3")
                        .contains("from=2019-03-01").contains("to=2019-03-31");
            }
        }
        assertThat(paged).containsExactlyElementsOf(expected);
        assertThat(ids(api(token, Map.of("from", "2019-03-01", "to", "2019-03-31", "size", "2", "page", "4")))).isEmpty();

        // Every request, newest received first, the closed one included.
        List<String> newestFirst = new ArrayList<>(ids);
        java.util.Collections.reverse(newestFirst);
        assertThat(ids(api(token, Map.of("all", "true", "from", "2019-03-01", "to", "2019-03-31")))).containsExactlyElementsOf(newestFirst);
        assertThat(ids(api(token, Map.of("all", "true", "status", "closed", "from", "2019-03-01", "to", "2019-03-31")))).containsExactly(ids.get(6));
        assertThat(ids(api(token, Map.of("status", "PAUSED", "from", "2019-03-01", "to", "2019-03-31")))).containsExactly(ids.get(3));
        assertThat(ids(api(token, Map.of("kind", "ERASURE", "from", "2019-03-01", "to", "2019-03-31"))))
                .containsExactly(ids.get(2), ids.get(4), ids.get(0));
        assertThat(ids(api(token, Map.of("person", reference, "all", "true")))).containsExactly(ids.get(2));
        assertThat(ids(api(token, Map.of("person", "NOT-ONE-OF-OURS", "all", "true")))).isEmpty();
        assertThat(ids(api(token, Map.of("from", "2019-03-05", "to", "2019-03-06")))).containsExactly(ids.get(4), ids.get(3));

        // A bad page, size, status or kind is refused naming it; a value of the wrong type too.
        problem(token, Map.of("size", "0"), 422, "size");
        problem(token, Map.of("size", "101"), 422, "size");
        problem(token, Map.of("page", "0"), 422, "page");
        problem(token, Map.of("status", "CLOSED"), 422, "status");
        problem(token, Map.of("kind", "EVERYTHING"), 422, "kind");
        problem(token, Map.of("from", "2019-03-31", "to", "2019-03-01"), 422, "to");
        problem(token, Map.of("page", "two"), 400, "page");
        problem(token, Map.of("from", "yesterday"), 400, "from");

        // Another organisation's DPO sees none of them; a practitioner no list at all.
        assertThat(ids(api(demo.token(COUNCIL_DPO), Map.of("all", "true", "from", "2019-03-01", "to", "2019-03-31"))))
                .doesNotContainAnyElementsOf(ids);
        assertThat(mvc.perform(get(API).header("Authorization", "Bearer " + demo.token(HEALTH_VISITOR))).andReturn().getResponse().getStatus())
                .isIn(403, 404);
        MockHttpSession council = SignedInSession.of(mvc, COUNCIL_DPO);
        String elsewhere = mvc.perform(get("/rights/requests").param("all", "true").param("from.day", "1").param("from.month", "3")
                .param("from.year", "2019").param("to.day", "31").param("to.month", "3").param("to.year", "2019").session(council))
                .andReturn().getResponse().getContentAsString();
        ids.forEach(id -> assertThat(elsewhere).doesNotContain(id));
    }

    @Test
    void theQueuePageShowsTwentyFiveRowsWithLinksThatKeepTheFilterAndRefusesABadField() throws Exception {
        List<RightsRequest> may = new ArrayList<>();
        for (int day = 1; day <= 27; day++) {
            may.add(record(day == 1 ? RightKind.RECTIFICATION : RightKind.ACCESS, LocalDate.of(2018, 5, day)));
        }
        MockHttpSession session = SignedInSession.of(mvc, NHS_DPO);
        String first = page(session, Map.of("from.day", "1", "from.month", "5", "from.year", "2018", "to.day", "31", "to.month", "5",
                "to.year", "2018"));
        assertThat(first).contains("Filter the requests").contains("Showing 1 to 25 of 27").contains("govuk-pagination")
                .contains("/rights/requests/" + may.get(0).id()).doesNotContain("/rights/requests/" + may.get(26).id())
                .containsPattern("href=\"/rights/requests\\?[^\"]*from.year=2018[^\"]*page=2\"");
        String second = page(session, Map.of("from.day", "1", "from.month", "5", "from.year", "2018", "to.day", "31", "to.month", "5",
                "to.year", "2018", "page", "2"));
        assertThat(second).contains("Showing 26 to 27 of 27").contains("/rights/requests/" + may.get(26).id())
                .doesNotContain("/rights/requests/" + may.get(0).id());
        String rectification = page(session, Map.of("kind", "RECTIFICATION", "all", "true", "from.day", "1", "from.month", "5",
                "from.year", "2018", "to.day", "31", "to.month", "5", "to.year", "2018"));
        assertThat(rectification).contains("Every request").contains(may.get(0).reference()).doesNotContain(may.get(1).reference())
                .contains("name=\"all\"");
        String none = page(session, Map.of("kind", "ERASURE", "from.day", "1", "from.month", "5", "from.year", "2018", "to.day", "31",
                "to.month", "5", "to.year", "2018"));
        assertThat(none).contains("No requests match the filter");

        for (Map<String, String> bad : List.of(Map.of("from.day", "40", "from.month", "5", "from.year", "2018"), Map.of("status", "DECIDED"),
                Map.of("kind", "EVERYTHING"), Map.of("page", "many"))) {
            assertThat(page(session, bad)).as(bad.toString()).contains("There is a problem").contains("<title>Error: ")
                    .doesNotContain("Showing 1 to").doesNotContain("govuk-table__body");
        }
    }

    private RightsRequest record(RightKind kind, LocalDate receivedOn) {
        return requests.record(demo.actor(HEALTH_VISITOR), new RightsCommands.RecordRequest(kind, receivedOn, ReceivedHow.LETTER,
                RequesterCapacity.THE_PERSON, "Sam Requester", "3 Elm Road, Westshire", "Sam Requester", null, null,
                "Please send me what you hold about me"));
    }

    private String page(MockHttpSession session, Map<String, String> params) throws Exception {
        return ListCalls.page(mvc, session, "/rights/requests", params);
    }

    private MvcResult api(String token, Map<String, String> params) throws Exception {
        return ListCalls.api(mvc, token, API, params);
    }

    private void problem(String token, Map<String, String> params, int status, String field) throws Exception {
        ListCalls.problem(mvc, token, API, params, status, field);
    }

    private static List<String> ids(MvcResult result) throws Exception {
        return ListCalls.ids(result, "$[*].request.id");
    }
}
