package org.infoshare.rights;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.infoshare.directory.DemoDirectory;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Team;
import org.infoshare.ledger.Ledger;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.rights.rules.NoticeKind;
import org.infoshare.rights.rules.ReceivedHow;
import org.infoshare.rights.rules.RequesterCapacity;
import org.infoshare.rights.rules.RightKind;
import org.infoshare.shared.Actor;
import org.infoshare.support.ListCalls;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.SeededRecords;
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
import static org.infoshare.rights.RightsFixtures.OFFICER;
import static org.infoshare.rights.RightsFixtures.POLICE_DPO;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The notices sent and received page and filter on the server (ADR 0017): who may see a notice received is decided
 * in SQL before counting, so an addressee's page is never short and the total counts only theirs; pages repeat no
 * row, each filter narrows, page links keep the filter and a bad parameter is refused. The notices are the NHS
 * trust's, sent on days long past, so no other test's first page changes.
 */
@IntegrationTest
class RightsNoticePagingIT {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired DirectoryLookup directory;
    @Autowired RightsRequests requests;
    @Autowired NoticeStore store;
    @Autowired JdbcClient jdbc;
    @Autowired Ledger ledger;
    @Autowired TransactionTemplate transactions;

    @Test
    void noticesPageAndNarrowAndTheAddresseeSeesOnlyTheirs() throws Exception {
        UUID police = demo.organisation(DemoDirectory.POLICE).id();
        UUID council = demo.organisation(DemoDirectory.COUNCIL).id();
        Actor officer = demo.actor(OFFICER);
        UUID officersTeam = officer.teamIds().iterator().next();
        UUID otherTeam = directory.teams(police).stream().map(Team::id).filter(t -> !officer.teamIds().contains(t)).findFirst().orElseThrow();
        UUID request = request();
        // Sent on the 1st to the 6th: to the police as a whole, to the officer, to the officer's team, to another team,
        // to the police and answered, and to the council.
        List<String> ids = List.of(
                notice(NoticeKind.ERASURE, request, police, null, null, 1),
                notice(NoticeKind.RECTIFICATION, request, police, null, officer.userId(), 2),
                notice(NoticeKind.ERASURE, request, police, officersTeam, null, 3),
                notice(NoticeKind.RECTIFICATION, request, police, otherTeam, null, 4),
                notice(NoticeKind.RECTIFICATION, request, police, null, null, 5),
                notice(NoticeKind.ERASURE, request, council, null, null, 6));
        jdbc.sql("update rights_notice set status = 'CONFIRMED', outcome = 'CORRECTED', confirmed_at = now() where id = :id")
                .param("id", UUID.fromString(ids.get(4))).update();
        SeededRecords.recorded(transactions, ledger, ProtectedRecords.RIGHTS_NOTICE, List.of(UUID.fromString(ids.get(4))));
        Map<String, String> march = Map.of("from", "2019-03-01", "to", "2019-03-31");

        String nhs = demo.token(NHS_DPO);
        MvcResult sent = api(nhs, "sent", march);
        assertThat(ids(sent)).as("newest first").containsExactly(ids.get(5), ids.get(4), ids.get(3), ids.get(2), ids.get(1), ids.get(0));
        assertThat(sent.getResponse().getHeader(PagedResponse.TOTAL)).isEqualTo("6");
        Set<String> seen = new HashSet<>();
        List<String> paged = new ArrayList<>();
        for (int n = 1; n <= 3; n++) {
            MvcResult page = api(nhs, "sent", Map.of("from", "2019-03-01", "to", "2019-03-31", "size", "2", "page", Integer.toString(n)));
            assertThat(seen.addAll(ids(page))).isTrue();
            paged.addAll(ids(page));
            if (n == 1) {
                assertThat(page.getResponse().getHeader("Link")).contains("rel=\"next\"").contains("page=2").contains("from=2019-03-01");
            }
        }
        assertThat(paged).containsExactlyElementsOf(ids(sent));
        assertThat(ids(api(nhs, "sent", Map.of("organisation", council.toString(), "from", "2019-03-01")))).containsExactly(ids.get(5));
        assertThat(ids(api(nhs, "sent", Map.of("status", "confirmed", "from", "2019-03-01", "to", "2019-03-31")))).containsExactly(ids.get(4));
        assertThat(ids(api(nhs, "sent", Map.of("kind", "ERASURE", "from", "2019-03-01", "to", "2019-03-31"))))
                .containsExactly(ids.get(5), ids.get(2), ids.get(0));

        // The police DPO sees every notice to the police, open ones first; the officer only those addressed to them or their team.
        assertThat(ids(api(demo.token(POLICE_DPO), "received", march)))
                .containsExactly(ids.get(3), ids.get(2), ids.get(1), ids.get(0), ids.get(4));
        MvcResult officers = api(demo.token(OFFICER), "received", Map.of("from", "2019-03-01", "to", "2019-03-31", "size", "1"));
        assertThat(officers.getResponse().getHeader(PagedResponse.TOTAL)).as("counted after narrowing").isEqualTo("2");
        assertThat(ids(officers)).containsExactly(ids.get(2));
        assertThat(ids(api(demo.token(OFFICER), "received", Map.of("from", "2019-03-01", "to", "2019-03-31", "size", "1", "page", "2"))))
                .containsExactly(ids.get(1));
        assertThat(ids(api(demo.token(COUNCIL_DPO), "received", march))).containsExactly(ids.get(5));
        assertThat(ids(api(demo.token(COUNCIL_DPO), "sent", march))).doesNotContainAnyElementsOf(ids);
        assertThat(mvc.perform(get("/api/v1/rights/notices/sent").header("Authorization", "Bearer " + demo.token(OFFICER)))
                .andReturn().getResponse().getStatus()).isIn(403, 404);

        problem(nhs, "sent", Map.of("size", "0"), 422, "size");
        problem(nhs, "received", Map.of("size", "101"), 422, "size");
        problem(nhs, "sent", Map.of("page", "0"), 422, "page");
        problem(nhs, "sent", Map.of("status", "LOST"), 422, "status");
        problem(nhs, "received", Map.of("kind", "EVERYTHING"), 422, "kind");
        problem(nhs, "sent", Map.of("organisation", "the police"), 400, "organisation");
        problem(nhs, "received", Map.of("page", "one"), 400, "page");

        // In the browser: the officer's page lists theirs only; the DPO's sent list keeps the filter; a bad field is shown.
        MockHttpSession officerSession = SignedInSession.of(mvc, OFFICER);
        String officerPage = page(officerSession, Map.of("from.day", "1", "from.month", "3", "from.year", "2019", "to.day", "31",
                "to.month", "3", "to.year", "2019"));
        assertThat(officerPage).contains("Filter the notices").contains(ids.get(1)).contains(ids.get(2))
                .doesNotContain(ids.get(0)).doesNotContain(ids.get(3)).doesNotContain("Notices your organisation sent");
        MockHttpSession dpoSession = SignedInSession.of(mvc, NHS_DPO);
        String sentPage = page(dpoSession, Map.of("sent", "true", "kind", "RECTIFICATION", "from.day", "1", "from.month", "3",
                "from.year", "2019", "to.day", "31", "to.month", "3", "to.year", "2019"));
        assertThat(sentPage).contains("id=\"sent\"").contains(ids.get(1)).contains(ids.get(4)).doesNotContain(ids.get(0)).contains("name=\"sent\"");
        assertThat(page(dpoSession, Map.of("status", "LOST"))).contains("There is a problem").contains("<title>Error: ")
                .doesNotContain("govuk-table__body");
        assertThat(page(dpoSession, Map.of("from.day", "40", "from.month", "3", "from.year", "2019"))).contains("There is a problem")
                .doesNotContain("govuk-table__body");
    }

    @Test
    void theReceivedPageShowsTwentyFiveWithLinksThatKeepTheFilter() throws Exception {
        UUID police = demo.organisation(DemoDirectory.POLICE).id();
        UUID request = request();
        List<String> ids = new ArrayList<>();
        for (int day = 1; day <= 27; day++) {
            ids.add(noticeOn(NoticeKind.ERASURE, request, police, LocalDate.of(2018, 6, day)));
        }
        MockHttpSession session = SignedInSession.of(mvc, POLICE_DPO);
        Map<String, String> june = Map.of("from.day", "1", "from.month", "6", "from.year", "2018", "to.day", "30", "to.month", "6",
                "to.year", "2018");
        assertThat(page(session, june)).contains("Showing 1 to 25 of 27").contains(ids.get(26)).doesNotContain(ids.get(0))
                .containsPattern("href=\"/rights/notices\\?[^\"]*from.year=2018[^\"]*page=2\"");
        Map<String, String> second = new java.util.HashMap<>(june);
        second.put("page", "2");
        assertThat(page(session, second)).contains("Showing 26 to 27 of 27").contains(ids.get(0)).doesNotContain(ids.get(26));
    }

    private UUID request() {
        return requests.record(demo.actor(HEALTH_VISITOR), new RightsCommands.RecordRequest(RightKind.ERASURE, LocalDate.of(2019, 2, 1),
                ReceivedHow.LETTER, RequesterCapacity.THE_PERSON, "Ash Requester", "4 Birch Way, Westshire", "Ash Requester", null, null,
                "Please erase what you hold about me")).id();
    }

    private String notice(NoticeKind kind, UUID request, UUID recipient, UUID team, UUID user, int day) {
        return insert(kind, request, recipient, team, user, LocalDate.of(2019, 3, day));
    }

    private String noticeOn(NoticeKind kind, UUID request, UUID recipient, LocalDate day) {
        return insert(kind, request, recipient, null, null, day);
    }

    private String insert(NoticeKind kind, UUID request, UUID recipient, UUID team, UUID user, LocalDate day) {
        UUID id = UUID.randomUUID();
        store.insert(new RightsNotice(id, kind, request, null, demo.organisation(DemoDirectory.NHS).id(), recipient, team, user, kind.asked(),
                null, day.atTime(12, 0).toInstant(ZoneOffset.UTC), demo.userId(NHS_DPO), LocalDate.now().plusYears(1), false, null, null, null, null, null,
                null, null, List.of()));
        SeededRecords.recorded(transactions, ledger, ProtectedRecords.RIGHTS_NOTICE, List.of(id));
        return id.toString();
    }

    private String page(MockHttpSession session, Map<String, String> params) throws Exception {
        return ListCalls.page(mvc, session, "/rights/notices", params);
    }

    private MvcResult api(String token, String list, Map<String, String> params) throws Exception {
        return ListCalls.api(mvc, token, "/api/v1/rights/notices/" + list, params);
    }

    private void problem(String token, String list, Map<String, String> params, int status, String field) throws Exception {
        ListCalls.problem(mvc, token, "/api/v1/rights/notices/" + list, params, status, field);
    }

    private static List<String> ids(MvcResult result) throws Exception {
        return ListCalls.ids(result, "$[*].notice.id");
    }
}
