package org.infoshare.directory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.UkCalendar;
import org.infoshare.support.ListCalls;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.RowCounts;
import org.infoshare.support.SignInAccounts;
import org.infoshare.support.SignedInSession;
import org.infoshare.web.PagedResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The administrator's lists page and filter on the server (ADR 0017): pages hold the next rows with none repeated,
 * totals count every match, each filter narrows, page links keep the filter, another organisation sees none of them,
 * and a bad parameter is refused naming it and changes nothing. The staff are seeded in an organisation of their
 * own, so no other test's list moves.
 */
@IntegrationTest
class AdminListPagingIT {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired SignInAccounts accounts;
    @Autowired StaffAdministration staff;
    @Autowired OrganisationAdministration organisations;
    @Autowired JdbcClient jdbc;

    private StaffMember admin;
    private String token;

    @BeforeEach
    void anOrganisationOfItsOwn() {
        admin = accounts.newOrganisationAdministrator();
        token = demo.token(admin.username());
    }

    @Test
    void theStaffListPagesInNameOrderAndNarrowsByNameStatusRoleTeamAndDayAdded() throws Exception {
        Actor actor = demo.actor(admin.username());
        Team team = organisations.createTeam(actor, admin.organisationId(), new DirectoryCommands.SaveTeam("Paging team", null));
        List<String> practitioners = new ArrayList<>();
        List<String> managers = new ArrayList<>();
        for (int i = 30; i >= 1; i--) {
            boolean practitioner = i % 3 == 0 || i < 4;
            StaffMember m = staff.create(actor, member("Zed %02d".formatted(i), practitioner ? Role.PRACTITIONER : Role.MANAGER,
                    practitioner ? Set.of(team.id()) : Set.of()));
            (practitioner ? practitioners : managers).add(m.id().toString());
        }
        List<String> revoked = managers.subList(0, 3);
        List<String> leaving = managers.subList(3, 5);
        jdbc.sql("update app_user set status = 'REVOKED', revoked_at = now(), revocation_reason = 'LEFT_ORGANISATION' where id in (:ids)")
                .param("ids", revoked.stream().map(UUID::fromString).toList()).update();
        for (String id : leaving) {
            jdbc.sql("""
                            insert into scheduled_revocation (user_id, organisation_id, revoke_on, reason, hand_over_to, scheduled_by, scheduled_at)
                            values (:user, :organisation, :on, 'LEFT_ORGANISATION', :admin, :admin, now())""")
                    .param("user", UUID.fromString(id)).param("organisation", admin.organisationId())
                    .param("on", LocalDate.now().plusDays(30)).param("admin", admin.id()).update();
        }

        MvcResult all = api("/api/v1/users", Map.of());
        assertThat(total(all)).isEqualTo(31);
        assertThat(all.getResponse().getHeader(PagedResponse.PAGE_SIZE)).isEqualTo("100");
        assertThat(all.getResponse().getHeader("Link")).isNull();
        List<String> names = JsonPath.read(all.getResponse().getContentAsString(), "$[*].displayName");
        assertThat(names).as("name order, as always").isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER).contains("Zed 01", "Zed 30");

        Set<String> seen = new HashSet<>();
        List<String> paged = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            MvcResult page = api("/api/v1/users", Map.of("size", "10", "page", Integer.toString(n)));
            assertThat(page.getResponse().getHeader(PagedResponse.PAGE)).isEqualTo(Integer.toString(n));
            assertThat(seen.addAll(ids(page))).isTrue();
            paged.addAll(ids(page));
        }
        assertThat(paged).containsExactlyElementsOf(ids(all));
        MvcResult second = api("/api/v1/users", Map.of("role", "MANAGER", "size", "5", "page", "2"));
        assertThat(second.getResponse().getHeader("Link")).contains("rel=\"first\"").contains("rel=\"prev\"").contains("rel=\"next\"")
                .contains("page=3").contains("role=MANAGER");

        assertThat(ids(api("/api/v1/users", Map.of("status", "REVOKED")))).containsExactlyInAnyOrderElementsOf(revoked);
        assertThat(ids(api("/api/v1/users", Map.of("status", "leaving")))).containsExactlyInAnyOrderElementsOf(leaving);
        assertThat(ids(api("/api/v1/users", Map.of("status", "ACTIVE")))).hasSize(28).doesNotContainAnyElementsOf(revoked).containsAll(leaving);
        assertThat(ids(api("/api/v1/users", Map.of("role", "PRACTITIONER")))).containsExactlyInAnyOrderElementsOf(practitioners);
        assertThat(ids(api("/api/v1/users", Map.of("team", team.id().toString())))).containsExactlyInAnyOrderElementsOf(practitioners);
        assertThat(ids(api("/api/v1/users", Map.of("team", UUID.randomUUID().toString())))).isEmpty();
        assertThat(total(api("/api/v1/users", Map.of("person", "zed 0")))).isEqualTo(9);
        LocalDate today = UkCalendar.today(java.time.Clock.systemUTC());
        assertThat(ids(api("/api/v1/users", Map.of("from", today.plusDays(1).toString())))).isEmpty();
        assertThat(total(api("/api/v1/users", Map.of("from", today.minusDays(1).toString(), "to", today.plusDays(1).toString())))).isEqualTo(31);

        // Another organisation's administrator sees none of them, and this one none of theirs.
        MvcResult council = api(demo.token(DemoPartnership.COUNCIL_ADMIN), "/api/v1/users", Map.of("size", "100", "role", "MANAGER"));
        assertThat(ids(council)).doesNotContainAnyElementsOf(managers);
        assertThat(ids(all)).doesNotContain(demo.userId(DemoPartnership.COUNCIL_MANAGER).toString());

        // In the browser: those with access, the count, a hundred a page (a roster read whole), page links that keep the filter.
        StaffMember manager = accounts.colleagueOf(admin, Role.MANAGER);
        MockHttpSession session = SignedInSession.of(mvc, manager.username(), SignInAccounts.PASSWORD);
        assertThat(page(session, Map.of())).contains("Filter the staff").contains("Showing 1 to 29 of 29")
                .doesNotContain("/staff/" + revoked.get(0)).doesNotContain("govuk-pagination__list");
        for (int i = 1; i <= 72; i++) {
            staff.create(actor, member("Yew %02d".formatted(i), Role.PRACTITIONER, Set.of()));
        }
        String first = page(session, Map.of());
        assertThat(first).contains("Showing 1 to 100 of 101").doesNotContain("/staff/" + revoked.get(0))
                .containsPattern("href=\"/staff\\?page=2\"");
        String everyone = page(session, Map.of("status", "ALL"));
        assertThat(everyone).contains("Showing 1 to 100 of 104").containsPattern("href=\"/staff\\?[^\"]*status=ALL[^\"]*page=2\"");
        assertThat(page(session, Map.of("status", "ALL", "page", "2"))).contains("Showing 101 to 104 of 104");
        assertThat(page(session, Map.of("show", "all"))).contains("of 104");
        assertThat(page(session, Map.of("status", "REVOKED"))).contains("/staff/" + revoked.get(0)).doesNotContain("/staff/" + leaving.get(0));
        assertThat(page(session, Map.of("team", team.id().toString()))).contains("/staff/" + practitioners.get(0))
                .doesNotContain("/staff/" + managers.get(5));
        assertThat(page(session, Map.of("person", "nobody by this name"))).contains("No staff match the filter");
    }

    @Test
    void agreementsPageNewestFirstAndNarrowByStatusOtherPartyAndDay() throws Exception {
        // Drafts of an organisation of its own: only its staff see them, so no other test's list moves.
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            MvcResult created = mvc.perform(post("/api/v1/agreements").header("Authorization", "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Paging draft %02d\"}".formatted(i))).andReturn();
            assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString()).isEqualTo(201);
            drafts.add(0, JsonPath.read(created.getResponse().getContentAsString(), "$.id"));
        }
        MvcResult all = api("/api/v1/agreements", Map.of());
        long inForceElsewhere = total(all) - drafts.size();
        assertThat(inForceElsewhere).as("others' agreements that have been in force").isPositive();
        assertThat(ids(all).subList(0, drafts.size())).as("newest first, as always").containsExactlyElementsOf(drafts);
        List<String> paged = new ArrayList<>();
        for (int n = 1; n <= (total(all) + 9) / 10; n++) {
            MvcResult page = api("/api/v1/agreements", Map.of("size", "10", "page", Integer.toString(n)));
            assertThat(new HashSet<>(paged)).doesNotContainAnyElementsOf(ids(page));
            paged.addAll(ids(page));
        }
        assertThat(paged).containsExactlyElementsOf(ids(all));
        MvcResult draftsOnly = api("/api/v1/agreements", Map.of("status", "draft", "size", "10", "page", "2"));
        assertThat(total(draftsOnly)).isEqualTo(26);
        assertThat(ids(draftsOnly)).containsExactlyElementsOf(drafts.subList(10, 20));
        assertThat(draftsOnly.getResponse().getHeader("Link")).contains("rel=\"prev\"").contains("rel=\"next\"").contains("status=draft");
        List<String> statuses = JsonPath.read(api("/api/v1/agreements", Map.of("status", "ACTIVE")).getResponse().getContentAsString(), "$[*].status");
        assertThat(statuses).isNotEmpty().containsOnly("ACTIVE");
        String council = demo.organisation("Westshire County Council").id().toString();
        MvcResult withCouncil = api("/api/v1/agreements", Map.of("organisation", council));
        assertThat(ids(withCouncil)).isNotEmpty().doesNotContainAnyElementsOf(drafts);
        List<List<String>> parties = JsonPath.read(withCouncil.getResponse().getContentAsString(), "$[*].parties");
        assertThat(parties).allSatisfy(p -> assertThat(p).contains("Westshire County Council"));
        assertThat(ids(api("/api/v1/agreements", Map.of("organisation", admin.organisationId().toString())))).containsExactlyElementsOf(drafts);
        LocalDate today = UkCalendar.today(java.time.Clock.systemUTC());
        assertThat(ids(api("/api/v1/agreements", Map.of("from", today.plusDays(1).toString())))).isEmpty();
        assertThat(ids(api("/api/v1/agreements", Map.of("from", today.minusDays(1).toString(), "to", today.plusDays(1).toString()))))
                .containsAll(drafts);

        // Another organisation never sees these drafts, filtered or not.
        String dpo = demo.token(DemoPartnership.COUNCIL_DPO);
        assertThat(ids(api(dpo, "/api/v1/agreements", Map.of("status", "DRAFT", "size", "100")))).doesNotContainAnyElementsOf(drafts);
        assertThat(ids(api(dpo, "/api/v1/agreements", Map.of("organisation", admin.organisationId().toString())))).isEmpty();

        StaffMember manager = accounts.colleagueOf(admin, Role.MANAGER);
        MockHttpSession session = SignedInSession.of(mvc, manager.username(), SignInAccounts.PASSWORD);
        String page = mvc.perform(get("/agreements").param("status", "DRAFT").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Filter the agreements").contains("Showing 1 to 25 of 26").contains("/agreements/" + drafts.get(0))
                .doesNotContain("/agreements/" + drafts.get(25)).containsPattern("href=\"/agreements\\?[^\"]*status=DRAFT[^\"]*page=2\"");
        String none = mvc.perform(get("/agreements").param("status", "TERMINATED").param("organisation", admin.organisationId().toString())
                .session(session)).andReturn().getResponse().getContentAsString();
        assertThat(none).contains("No agreements match the filter");
        refused(session, "/agreements", Map.of("status", "MAYBE"), "Status must be one of");
        refused(session, "/agreements", Map.of("organisation", "police"), "Choose an organisation from the list");
        refused(session, "/agreements", Map.of("page", "0"), "Page must be a number from 1");
        for (Map<String, String> bad : List.of(Map.of("page", "0"), Map.of("size", "0"), Map.of("size", "101"), Map.of("status", "MAYBE"),
                Map.of("from", "2026-11-05", "to", "2026-11-01"))) {
            problem("/api/v1/agreements", bad, 422, bad.containsKey("to") ? "to" : bad.keySet().iterator().next());
        }
        problem("/api/v1/agreements", Map.of("page", "two"), 400, "page");
        problem("/api/v1/agreements", Map.of("organisation", "police"), 400, "organisation");
        problem("/api/v1/agreements", Map.of("to", "2026-02-31"), 400, "to");
    }

    @Test
    void datasetsReceivedAndSentPageNewestFirstAndNarrowByStatusOrganisationAndDay() throws Exception {
        // The demo police dataset is published to the council's Early Help team.
        String council = demo.token("earlyhelp@westshire-council.example");
        String police = demo.token(DemoPartnership.POLICE_PRACTITIONER);
        String policeId = demo.organisation("Westshire Police").id().toString();
        String councilId = demo.organisation("Westshire County Council").id().toString();
        String nhsId = demo.organisation("Westshire Community Health NHS Trust").id().toString();

        MvcResult received = api(council, "/api/v1/datasets", Map.of());
        assertThat(total(received)).as("the demo police dataset").isPositive();
        assertThat(received.getResponse().getHeader(PagedResponse.PAGE_SIZE)).isEqualTo("100");
        List<String> paged = new ArrayList<>();
        for (int n = 1; n <= total(received); n++) {
            MvcResult page = api(council, "/api/v1/datasets", Map.of("size", "1", "page", Integer.toString(n)));
            assertThat(paged).doesNotContainAnyElementsOf(ids(page));
            paged.addAll(ids(page));
            if (n == 1 && total(received) > 1) {
                assertThat(page.getResponse().getHeader("Link")).contains("rel=\"next\"").contains("size=1");
            }
        }
        assertThat(paged).containsExactlyElementsOf(ids(received));
        List<String> senders = JsonPath.read(api(council, "/api/v1/datasets", Map.of("organisation", policeId)).getResponse().getContentAsString(),
                "$[*].senderOrganisationId");
        assertThat(senders).isNotEmpty().containsOnly(policeId);
        assertThat(ids(api(council, "/api/v1/datasets", Map.of("organisation", nhsId)))).isEmpty();
        assertThat(ids(api(council, "/api/v1/datasets", Map.of("status", "PUBLISHED")))).containsExactlyElementsOf(ids(received));
        assertThat(ids(api(council, "/api/v1/datasets", Map.of("from", LocalDate.now().plusDays(2).toString())))).isEmpty();

        MvcResult sent = api(police, "/api/v1/datasets/sent", Map.of());
        assertThat(total(sent)).isPositive();
        List<String> outcomes = JsonPath.read(api(police, "/api/v1/datasets/sent", Map.of("status", "published")).getResponse().getContentAsString(),
                "$[*].status");
        assertThat(outcomes).isNotEmpty().containsOnly("PUBLISHED");
        List<String> recipients = JsonPath.read(api(police, "/api/v1/datasets/sent", Map.of("organisation", councilId)).getResponse()
                .getContentAsString(), "$[*].recipientOrganisationId");
        assertThat(recipients).isNotEmpty().containsOnly(councilId);
        assertThat(ids(api(police, "/api/v1/datasets/sent", Map.of("to", "2000-01-01")))).isEmpty();

        // Another organisation sees none of them: not the police's uploads, nor what was published to the council's teams.
        String nurse = demo.token(DemoPartnership.NHS_PRACTITIONER);
        assertThat(ids(api(nurse, "/api/v1/datasets", Map.of()))).doesNotContainAnyElementsOf(ids(received));
        assertThat(ids(api(nurse, "/api/v1/datasets/sent", Map.of()))).doesNotContainAnyElementsOf(ids(sent));

        for (String path : List.of("/api/v1/datasets", "/api/v1/datasets/sent")) {
            problem(council, path, Map.of("page", "0"), 422, "page");
            problem(council, path, Map.of("size", "0"), 422, "size");
            problem(council, path, Map.of("size", "101"), 422, "size");
            problem(council, path, Map.of("status", "MAYBE"), 422, "status");
            problem(council, path, Map.of("from", "2026-11-05", "to", "2026-11-01"), 422, "to");
            problem(council, path, Map.of("page", "two"), 400, "page");
            problem(council, path, Map.of("organisation", "police"), 400, "organisation");
        }
    }

    @Test
    void badParametersAreRefusedNamingTheFieldAndChangeNothing() throws Exception {
        StaffMember manager = accounts.colleagueOf(admin, Role.MANAGER);
        MockHttpSession session = SignedInSession.of(mvc, manager.username(), SignInAccounts.PASSWORD);
        Map<String, Long> before = RowCounts.of(jdbc);
        problem("/api/v1/users", Map.of("page", "0"), 422, "page");
        problem("/api/v1/users", Map.of("size", "0"), 422, "size");
        problem("/api/v1/users", Map.of("size", "101"), 422, "size");
        problem("/api/v1/users", Map.of("status", "MAYBE"), 422, "status");
        problem("/api/v1/users", Map.of("role", "KING"), 422, "role");
        problem("/api/v1/users", Map.of("from", "2026-11-05", "to", "2026-11-01"), 422, "to");
        problem("/api/v1/users", Map.of("page", "two"), 400, "page");
        problem("/api/v1/users", Map.of("size", "ten"), 400, "size");
        problem("/api/v1/users", Map.of("team", "social work"), 400, "team");
        problem("/api/v1/users", Map.of("from", "5 November"), 400, "from");

        refused(session, "/staff", Map.of("status", "MAYBE"), "Status must be one of");
        refused(session, "/staff", Map.of("role", "KING"), "Role must be one of");
        refused(session, "/staff", Map.of("team", "social work"), "Choose a team from the list");
        refused(session, "/staff", Map.of("page", "0"), "Page must be a number from 1");
        refused(session, "/staff", Map.of("page", "two"), "Page must be a whole number");
        refused(session, "/staff", Map.of("from.day", "31", "from.month", "2", "from.year", "2026"), "href=\"#from\"");
        assertThat(RowCounts.of(jdbc)).isEqualTo(before);
    }

    private static DirectoryCommands.NewStaffMember member(String name, Role role, Set<UUID> teams) {
        String username = name.replace(' ', '.').toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8) + "@paging.example";
        return new DirectoryCommands.NewStaffMember(Actor.Kind.PERSON, username, name, username, "Worker", Set.of(role), teams, null,
                LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(11), null, null, null);
    }

    private String page(MockHttpSession session, Map<String, String> params) throws Exception {
        return ListCalls.page(mvc, session, "/staff", params);
    }

    private void refused(MockHttpSession session, String path, Map<String, String> params, String says) throws Exception {
        assertThat(ListCalls.refused(mvc, session, path, params, says)).doesNotContain("govuk-table__body");
    }

    private MvcResult api(String path, Map<String, String> params) throws Exception {
        return api(token, path, params);
    }

    private MvcResult api(String bearer, String path, Map<String, String> params) throws Exception {
        return ListCalls.api(mvc, bearer, path, params);
    }

    private void problem(String path, Map<String, String> params, int status, String field) throws Exception {
        problem(token, path, params, status, field);
    }

    private void problem(String bearer, String path, Map<String, String> params, int status, String field) throws Exception {
        ListCalls.problem(mvc, bearer, path, params, status, field);
    }

    private static long total(MvcResult result) {
        return ListCalls.total(result);
    }

    private static List<String> ids(MvcResult result) throws Exception {
        return ListCalls.ids(result, "$[*].id");
    }
}
