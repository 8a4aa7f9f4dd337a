package org.infoshare.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.RowCounts;
import org.infoshare.support.SignedInSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Every query is scoped to the caller's organisation and role: another organisation's staff are "not found"
 * exactly like staff who do not exist; other organisations are visible but not changeable; roles limit
 * who sees and who changes the directory.
 */
@IntegrationTest
class ScopingIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPartnership demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    String adminToken;
    UUID council;
    UUID police;
    UUID policeOfficer;

    @BeforeEach
    void setUp() {
        adminToken = demo.token(DemoPartnership.COUNCIL_ADMIN);
        council = demo.organisation(DemoDirectory.COUNCIL).id();
        police = demo.organisation(DemoDirectory.POLICE).id();
        policeOfficer = demo.userId(DemoPartnership.POLICE_PRACTITIONER);
    }

    @Test
    void anotherOrganisationsStaffAreNotFoundExactlyLikeStaffWhoDoNotExist() throws Exception {
        String other = problem(mvc.perform(get("/api/v1/users/" + policeOfficer).header("Authorization", bearer(adminToken)))
                .andExpect(status().isNotFound()).andReturn());
        String missing = problem(mvc.perform(get("/api/v1/users/" + UUID.randomUUID()).header("Authorization", bearer(adminToken)))
                .andExpect(status().isNotFound()).andReturn());
        assertThat(other).isEqualTo(missing).contains("urn:infoshare:problem:not-found");

        MockHttpSession session = SignedInSession.of(mvc, DemoPartnership.COUNCIL_ADMIN);
        String otherPage = mvc.perform(get("/staff/" + policeOfficer).session(session))
                .andExpect(status().isNotFound()).andExpect(view().name("error/404"))
                .andReturn().getResponse().getContentAsString();
        String missingPage = mvc.perform(get("/staff/" + UUID.randomUUID()).session(session))
                .andExpect(status().isNotFound()).andExpect(view().name("error/404"))
                .andReturn().getResponse().getContentAsString();
        // The CSRF token is masked afresh on every page, so it is the one part allowed to differ.
        assertThat(withoutCsrfTokens(otherPage)).isEqualTo(withoutCsrfTokens(missingPage)).doesNotContain("DC Aisha Khan");
    }

    @Test
    void everyStaffEndpointAnswersNotFoundForAnotherOrganisationsStaffAndChangesNothing() throws Exception {
        demo.token(DemoPartnership.POLICE_PRACTITIONER);
        UUID policeToken = jdbc.sql("select id from api_token where user_id = :user order by created_at desc limit 1")
                .param("user", policeOfficer).query(UUID.class).single();
        MockHttpSession session = SignedInSession.of(mvc, DemoPartnership.COUNCIL_ADMIN);
        Map<String, Long> before = RowCounts.of(jdbc);
        String policeOfficerRow = policeOfficerRow();

        List<String> leaks = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            Class<?> controller = entry.getValue().getBeanType();
            if (controller != StaffApi.class && controller != StaffPages.class) {
                continue;
            }
            for (String pattern : entry.getKey().getPatternValues()) {
                if (!pattern.contains("{id}")) {
                    continue;
                }
                String path = pattern.replace("{id}", policeOfficer.toString()).replace("{tokenId}", policeToken.toString());
                for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
                    MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method.name()), path);
                    if (controller == StaffApi.class) {
                        request.header("Authorization", bearer(adminToken));
                        if (method != RequestMethod.GET && method != RequestMethod.DELETE) {
                            request.contentType(MediaType.APPLICATION_JSON).content("{}");
                        }
                    } else {
                        request.session(session).with(csrf());
                    }
                    int status = mvc.perform(request).andReturn().getResponse().getStatus();
                    checked++;
                    if (status != 404) {
                        leaks.add(method + " " + path + " answered " + status);
                    }
                }
            }
        }

        assertThat(checked).as("staff endpoints that take an id").isGreaterThanOrEqualTo(25);
        assertThat(leaks).isEmpty();
        assertThat(RowCounts.of(jdbc)).isEqualTo(before);
        assertThat(policeOfficerRow()).isEqualTo(policeOfficerRow);
        assertThat(jdbc.sql("select revoked_at is null from api_token where id = :id").param("id", policeToken)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aCouncilAdministratorSeesThePoliceButCannotChangeThem() throws Exception {
        MockHttpSession session = SignedInSession.of(mvc, DemoPartnership.COUNCIL_ADMIN);
        UUID policeTeam = jdbc.sql("select id from team where organisation_id = :o limit 1").param("o", police).query(UUID.class).single();
        Map<String, Long> before = RowCounts.of(jdbc);
        int policeVersion = organisationVersion(police);

        mvc.perform(get("/api/v1/organisations/" + police).header("Authorization", bearer(adminToken)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(DemoDirectory.POLICE));
        mvc.perform(put("/api/v1/organisations/" + police).header("Authorization", bearer(adminToken))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name":"Taken Over","type":"POLICE","controllerRole":"CONTROLLER","version":%d}""".formatted(policeVersion)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:infoshare:problem:forbidden"));
        mvc.perform(post("/api/v1/organisations/" + police + "/teams").header("Authorization", bearer(adminToken))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Planted team\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/organisations/" + police + "/teams/" + policeTeam).header("Authorization", bearer(adminToken))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Renamed\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/organisations/" + police + "/security-assurances").header("Authorization", bearer(adminToken))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"scheme\":\"DSPT\",\"validUntil\":\"2030-01-01\"}"))
                .andExpect(status().isForbidden());
        // A police team addressed through the council's own organisation is simply not there.
        mvc.perform(put("/api/v1/organisations/" + council + "/teams/" + policeTeam).header("Authorization", bearer(adminToken))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Renamed\"}"))
                .andExpect(status().isNotFound());

        mvc.perform(get("/organisations/" + police).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/organisations/" + police + "/edit"))));
        for (String page : List.of("/edit", "/teams/new", "/assurances/new", "/teams/" + policeTeam + "/edit")) {
            mvc.perform(get("/organisations/" + police + page).session(session))
                    .andExpect(status().isForbidden()).andExpect(view().name("error/403"));
        }
        mvc.perform(post("/organisations/" + police + "/teams/new").session(session).with(csrf()).param("name", "Planted team"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organisations/" + police + "/edit").session(session).with(csrf())
                        .param("name", "Taken Over").param("type", "POLICE").param("controllerRole", "CONTROLLER")
                        .param("version", String.valueOf(policeVersion)))
                .andExpect(status().isForbidden());

        assertThat(RowCounts.of(jdbc)).isEqualTo(before);
        assertThat(organisationVersion(police)).isEqualTo(policeVersion);
        assertThat(jdbc.sql("select name from organisation where id = :id").param("id", police).query(String.class).single())
                .isEqualTo(DemoDirectory.POLICE);
    }

    @Test
    void practitionersDoNotSeeTheStaffDirectory() throws Exception {
        String token = demo.token(DemoPartnership.COUNCIL_PRACTITIONER);
        UUID colleague = demo.userId(DemoPartnership.COUNCIL_MANAGER);

        mvc.perform(get("/api/v1/users").header("Authorization", bearer(token)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.type").value("urn:infoshare:problem:forbidden"));
        mvc.perform(get("/api/v1/users/" + colleague).header("Authorization", bearer(token))).andExpect(status().isForbidden());
        MockHttpSession session = SignedInSession.of(mvc, DemoPartnership.COUNCIL_PRACTITIONER);
        mvc.perform(get("/staff").session(session)).andExpect(status().isForbidden()).andExpect(view().name("error/403"));
        mvc.perform(get("/staff/" + colleague).session(session)).andExpect(status().isForbidden());
        // They still see themselves.
        mvc.perform(get("/api/v1/me").header("Authorization", bearer(token)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.displayName").value("Sam Okafor"));
        mvc.perform(get("/account").session(session)).andExpect(status().isOk()).andExpect(content().string(containsString("Sam Okafor")));
    }

    @Test
    void managersListTheirOwnStaffButCannotAddAnyone() throws Exception {
        String token = demo.token(DemoPartnership.COUNCIL_MANAGER);
        MockHttpSession session = SignedInSession.of(mvc, DemoPartnership.COUNCIL_MANAGER);
        Map<String, Long> before = RowCounts.of(jdbc);

        String staff = mvc.perform(get("/api/v1/users").header("Authorization", bearer(token)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> organisations = JsonPath.read(staff, "$[*].organisationId");
        assertThat(organisations).isNotEmpty().containsOnly(council.toString());
        mvc.perform(post("/api/v1/users").header("Authorization", bearer(token)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"new.%s@westshire-council.example\",\"displayName\":\"New Person\",\"roles\":[\"PRACTITIONER\"]}"
                                .formatted(UUID.randomUUID())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/staff").session(session)).andExpect(status().isOk()).andExpect(content().string(containsString("Sam Okafor")));
        mvc.perform(get("/staff/new").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/staff/new").session(session).with(csrf())
                        .param("username", "new." + UUID.randomUUID() + "@westshire-council.example")
                        .param("displayName", "New Person").param("roles", "PRACTITIONER"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/staff/" + demo.userId(DemoPartnership.COUNCIL_PRACTITIONER) + "/revoke").session(session).with(csrf())
                        .param("reason", "LEFT_ORGANISATION"))
                .andExpect(status().isForbidden());

        assertThat(RowCounts.of(jdbc)).isEqualTo(before);
    }

    @Test
    void anAdministratorCannotRevokeThemselves() throws Exception {
        UUID self = demo.userId(DemoPartnership.COUNCIL_ADMIN);
        MockHttpSession session = SignedInSession.of(mvc, DemoPartnership.COUNCIL_ADMIN);
        Map<String, Long> before = RowCounts.of(jdbc);

        mvc.perform(post("/api/v1/users/" + self + "/revocation").header("Authorization", bearer(adminToken))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"LEFT_ORGANISATION\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].rule").value("not-self"));
        mvc.perform(post("/staff/" + self + "/revoke").session(session).with(csrf()).param("reason", "LEFT_ORGANISATION"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("You cannot revoke your own access")));
        // Nor take away their own administration.
        int version = jdbc.sql("select version from app_user where id = :id").param("id", self).query(Integer.class).single();
        mvc.perform(put("/api/v1/users/" + self).header("Authorization", bearer(adminToken)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Alex Turner\",\"roles\":[\"PRACTITIONER\"],\"version\":%d}".formatted(version)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("roles"))
                .andExpect(jsonPath("$.errors[0].rule").value("keep-own-administration"));

        assertThat(RowCounts.of(jdbc)).isEqualTo(before);
        assertThat(jdbc.sql("select status from app_user where id = :id").param("id", self).query(String.class).single()).isEqualTo("ACTIVE");
        mvc.perform(get("/api/v1/me").header("Authorization", bearer(adminToken))).andExpect(status().isOk());
    }

    @Test
    void noListingShowsAnotherOrganisationsStaff() throws Exception {
        Set<String> policeNames = Set.of("DC Aisha Khan", "DS Tom Harris", "Nina Brooks", "Paul Grant");
        String staff = mvc.perform(get("/api/v1/users").header("Authorization", bearer(adminToken)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> organisations = JsonPath.read(staff, "$[*].organisationId");
        List<String> ids = JsonPath.read(staff, "$[*].id");
        assertThat(organisations).containsOnly(council.toString());
        assertThat(ids).doesNotContain(policeOfficer.toString());

        MockHttpSession session = SignedInSession.of(mvc, DemoPartnership.COUNCIL_ADMIN);
        List<String> pages = new ArrayList<>();
        for (String path : List.of("/staff?show=all", "/organisations", "/organisations/" + police, "/account")) {
            pages.add(mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        }
        for (String path : List.of("/api/v1/organisations", "/api/v1/organisations/" + police, "/api/v1/organisations/" + police + "/teams")) {
            pages.add(mvc.perform(get(path).header("Authorization", bearer(adminToken)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        }
        for (String page : pages) {
            for (String name : policeNames) {
                assertThat(page).doesNotContain(name).doesNotContain(DemoPartnership.POLICE_PRACTITIONER);
            }
        }
    }

    private String policeOfficerRow() {
        return jdbc.sql("select status || ':' || version || ':' || coalesce(password_hash, '') from app_user where id = :id")
                .param("id", policeOfficer).query(String.class).single();
    }

    private int organisationVersion(UUID id) {
        return jdbc.sql("select version from organisation where id = :id").param("id", id).query(Integer.class).single();
    }

    /** The problem document without its {@code instance}, which names the address asked for. */
    private static String problem(MvcResult result) throws Exception {
        Map<String, Object> problem = JsonPath.read(result.getResponse().getContentAsString(), "$");
        problem.remove("instance");
        return new java.util.TreeMap<>(problem).toString();
    }

    private static String bearer(String token) {
        return "Bearer " + token;
    }

    private static String withoutCsrfTokens(String page) {
        return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"\"");
    }
}
