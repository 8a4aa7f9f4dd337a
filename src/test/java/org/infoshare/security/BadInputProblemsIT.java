package org.infoshare.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.RowCounts;
import org.infoshare.support.SignedInSession;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Input the platform used to take leniently, store altered, or answer with a 500, a 409 or Tomcat's own page: each
 * is now a 4xx problem detail naming the field and the rule (a GOV.UK page for people), and nothing is written.
 */
@IntegrationTest
class BadInputProblemsIT {

    private static final String LONE_SURROGATE = "\\ud800";
    private static final String NUL = "\\u0000";

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    private record Case(String name, String username, HttpMethod method, String path, String body, int status, String field, String rule) {
    }

    @TestFactory
    Stream<DynamicTest> jsonIsReadStrictlyAndTextTheDatabaseCannotHoldIsRefused() throws Exception {
        String admin = DemoPartnership.COUNCIL_ADMIN;
        String dpo = DemoPartnership.COUNCIL_DPO;
        UUID council = demo.organisation("Westshire County Council").id();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String created = send(admin, HttpMethod.POST, "/api/v1/users",
                "{\"username\":\"strict.%s@westshire-council.example\",\"displayName\":\"Robin Ash\",\"roles\":[\"PRACTITIONER\"]}".formatted(unique));
        UUID member = UUID.fromString(JsonPath.read(created, "$.id"));
        String nextMonth = LocalDate.now().plusMonths(1).toString();
        String organisation = """
                {"name":"Strict Charity %s","type":"VOLUNTARY","controllerRole":"CONTROLLER",
                 "firstAdministrator":{"username":"casey.%s@strict.example","displayName":"Casey Holt","roles":["PARTNERSHIP_ADMINISTRATOR"]%%s}}"""
                .formatted(unique, unique);
        String staff = "{\"username\":\"new.%s@westshire-council.example\",\"displayName\":\"Kim Lee\",\"roles\":[\"PRACTITIONER\"]%%s}".formatted(unique);
        Map<String, Object> specification = councilSpecification(dpo);
        String specPath = "/api/v1/dataset-specifications/" + specification.get("id");
        String specTeam = String.valueOf(specification.get("recipientTeamId"));
        Object specVersion = specification.get("version");

        List<Case> cases = List.of(
                // Lenient binding, now strict: 400 naming the field
                new Case("a number sent as text", admin, HttpMethod.PUT, "/api/v1/users/" + member,
                        "{\"displayName\":\"Robin Ash\",\"roles\":[\"PRACTITIONER\"],\"version\":\"0\"}", 400, "version", "type"),
                new Case("a fraction where a whole number belongs", admin, HttpMethod.PUT, "/api/v1/users/" + member,
                        "{\"displayName\":\"Robin Ash\",\"roles\":[\"PRACTITIONER\"],\"version\":0.5}", 400, "version", "type"),
                new Case("a number where text belongs", admin, HttpMethod.POST, "/api/v1/users", staff.formatted(",\"email\":12"), 400, "email", "type"),
                new Case("a role by its position", admin, HttpMethod.POST, "/api/v1/users",
                        staff.formatted("").replace("[\"PRACTITIONER\"]", "[0]"), 400, "roles[0]", "type"),
                new Case("a boolean sent as text", dpo, HttpMethod.POST, "/api/v1/consents", "{\"explicit\":\"true\"}", 400, "explicit", "type"),
                new Case("a boolean sent as a number", dpo, HttpMethod.PUT, specPath, """
                        {"recipientTeamId":"%s","version":%s,"columns":[{"name":"x","item":"date-of-birth","type":"DATE","required":1}]}"""
                        .formatted(specTeam, specVersion), 400, "columns[0].required", "type"),
                new Case("a date sent as a number", admin, HttpMethod.POST, "/api/v1/me/tokens", "{\"name\":\"Nightly\",\"expiresOn\":20000}",
                        400, "expiresOn", "type"),
                new Case("a date sent as an array", admin, HttpMethod.POST, "/api/v1/me/tokens", "{\"name\":\"Nightly\",\"expiresOn\":[2027,1,2]}",
                        400, "expiresOn", "type"),
                new Case("a time sent as a number", dpo, HttpMethod.POST, "/api/v1/consents", "{\"givenTime\":930}", 400, "givenTime", "type"),
                new Case("a key given twice", admin, HttpMethod.POST, "/api/v1/me/tokens",
                        "{\"name\":\"Nightly\",\"name\":\"Weekly\",\"expiresOn\":\"" + nextMonth + "\"}", 400, "name", "duplicate-field"),
                new Case("a nested key given twice", admin, HttpMethod.POST, "/api/v1/organisations",
                        organisation.formatted(",\"displayName\":\"Someone Else\""), 400, "firstAdministrator.displayName", "duplicate-field"),
                new Case("a second document after the first", admin, HttpMethod.POST, "/api/v1/me/tokens",
                        "{\"name\":\"Nightly\",\"expiresOn\":\"" + nextMonth + "\"} {}", 400, "", "json"),
                // Text the database cannot hold: 422 naming the field (was a 409, or silently stored as '?')
                new Case("a NUL in a team's name", admin, HttpMethod.POST, "/api/v1/organisations/" + council + "/teams",
                        "{\"name\":\"Tri" + NUL + "age\"}", 422, "name", "no-nul-character"),
                new Case("a lone surrogate in a team's name", admin, HttpMethod.POST, "/api/v1/organisations/" + council + "/teams",
                        "{\"name\":\"Tri" + LONE_SURROGATE + "age\"}", 422, "name", "valid-unicode"),
                new Case("a NUL in a nested field", admin, HttpMethod.POST, "/api/v1/organisations",
                        organisation.formatted("").replace("Casey Holt", "Casey" + NUL), 422, "firstAdministrator.displayName", "no-nul-character"),
                new Case("a lone surrogate in a list", dpo, HttpMethod.PUT, specPath, """
                        {"recipientTeamId":"%s","version":%s,"columns":[{"name":"x","item":"date-of-birth","type":"CODE",
                         "allowedValues":["A","B%s"]}]}""".formatted(specTeam, specVersion, LONE_SURROGATE), 422, "columns[0].allowedValues[1]", "valid-unicode"),
                new Case("a NUL in a query parameter", admin, HttpMethod.GET, "/api/v1/subjects?reference=CSC%00104233", null, 422, "reference", "no-nul-character"),
                // The five password endpoints that answered a lone surrogate with a 500
                new Case("first administrator's password", admin, HttpMethod.POST, "/api/v1/organisations",
                        organisation.formatted(",\"password\":\"correct-horse-" + LONE_SURROGATE + "-battery\""), 422, "firstAdministrator.password", "valid-unicode"),
                new Case("a new member of staff's password", admin, HttpMethod.POST, "/api/v1/users",
                        staff.formatted(",\"password\":\"correct-horse-" + LONE_SURROGATE + "-battery\""), 422, "password", "valid-unicode"),
                new Case("a password reset", admin, HttpMethod.PUT, "/api/v1/users/" + member + "/password",
                        "{\"password\":\"correct-horse-" + LONE_SURROGATE + "-battery\"}", 422, "password", "valid-unicode"),
                new Case("one's own current password", admin, HttpMethod.PUT, "/api/v1/me/password",
                        "{\"currentPassword\":\"" + LONE_SURROGATE + "\",\"newPassword\":\"a-much-better-password\"}", 422, "currentPassword", "valid-unicode"),
                new Case("one's own new password", admin, HttpMethod.PUT, "/api/v1/me/password",
                        "{\"currentPassword\":\"" + DemoPartnership.PASSWORD + "\",\"newPassword\":\"a-much-better-" + LONE_SURROGATE + "\"}",
                        422, "newPassword", "valid-unicode"),
                // A specification changed without its columns would lose them all
                new Case("a specification without its columns", dpo, HttpMethod.PUT, specPath,
                        "{\"recipientTeamId\":\"" + specTeam + "\",\"version\":" + specVersion + "}", 422, "columns", "required"));

        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            MockHttpServletRequestBuilder request = request(c.method(), URI.create(c.path()))
                    .header("Authorization", "Bearer " + demo.token(c.username()));
            Map<String, Long> before = RowCounts.ofEveryTable(jdbc);
            String specBefore = specificationRow(specification.get("id"));
            if (c.body() != null) {
                request.contentType(MediaType.APPLICATION_JSON).content(c.body());
            }
            MvcResult result = mvc.perform(request).andReturn();
            String body = result.getResponse().getContentAsString();
            assertThat(result.getResponse().getStatus()).as(body).isEqualTo(c.status());
            assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
            List<Map<String, String>> errors = JsonPath.read(body, "$.errors");
            assertThat(errors).as(body).anySatisfy(error -> {
                assertThat(error.get("field")).isEqualTo(c.field());
                assertThat(error.get("rule")).isEqualTo(c.rule());
                assertThat(error.get("message")).isNotBlank();
            });
            assertThat(RowCounts.ofEveryTable(jdbc)).as("nothing written").isEqualTo(before);
            assertThat(specificationRow(specification.get("id"))).as("the specification is unchanged").isEqualTo(specBefore);
        }));
    }

    @Test
    void aNulInAFormFieldIsRefusedBeforeAnythingReadsIt() throws Exception {
        MockHttpSession session = SignedInSession.of(mvc, DemoPartnership.COUNCIL_ADMIN);
        UUID council = demo.organisation("Westshire County Council").id();
        Map<String, Long> before = RowCounts.ofEveryTable(jdbc);
        MvcResult result = mvc.perform(post("/organisations/" + council + "/teams/new").session(session).with(csrf())
                        .param("name", "Tri\u0000age").param("description", "x"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(RowCounts.ofEveryTable(jdbc)).isEqualTo(before);

        // Through the real server, the GOV.UK error page names the field; sign-in is protected the same way.
        HttpResponse<String> page = http(HttpRequest.newBuilder(uri("/sign-in")).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin%00@westshire-council.example&password=x")));
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body()).contains("This request could not be completed").contains("&#39;username&#39; must not contain a NUL character");
        assertThat(RowCounts.ofEveryTable(jdbc)).isEqualTo(before);
    }

    @Test
    void addressesTheContainerOrTheFirewallRefuseAreProblemsForTheApiAndGovukPagesForPeople() throws Exception {
        for (String path : List.of("/api/v1/subjects/a%2Fb", "/api/v1/subjects/a%2fb", "/api/v1/subjects/a%00b", "/api/v1/subjects/a%5Cb",
                "/api/v1/subjects/%FF", "/api/v1/subjects/a;b", "/api/v1//subjects", "/api/v1/subjects/%2e%2e/x")) {
            HttpResponse<String> response = http(HttpRequest.newBuilder(uri(path)).GET());
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("application/problem+json");
            assertThat(JsonPath.<String>read(response.body(), "$.errors[0].field")).as(path).isEqualTo("path");
            assertThat(JsonPath.<String>read(response.body(), "$.errors[0].rule")).as(path).isEqualTo("path-characters");
        }
        for (String path : List.of("/decisions/a%2Fb", "/decisions/a%00b", "/decisions/a;b")) {
            HttpResponse<String> response = http(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET());
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
            assertThat(response.body()).as(path).contains("govuk-template").doesNotContain("Apache Tomcat").doesNotContain("HTTP Status");
        }
    }

    private Map<String, Object> councilSpecification(String dpo) throws Exception {
        String list = mvc.perform(get("/api/v1/dataset-specifications").header("Authorization", "Bearer " + demo.token(dpo)))
                .andReturn().getResponse().getContentAsString();
        String council = demo.organisation("Westshire County Council").id().toString();
        List<Map<String, Object>> own = JsonPath.read(list, "$[?(@.senderOrganisationId == '" + council + "')]");
        assertThat(own).as("the demo's council specification").isNotEmpty();
        return own.get(0);
    }

    private String specificationRow(Object id) {
        return jdbc.sql("select row_to_json(s)::text from dataset_specification s where id = :id").param("id", UUID.fromString(id.toString()))
                .query(String.class).single();
    }

    private String send(String username, HttpMethod method, String path, String body) throws Exception {
        MvcResult result = mvc.perform(request(method, path).header("Authorization", "Bearer " + demo.token(username))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isLessThan(300);
        return result.getResponse().getContentAsString();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> http(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
