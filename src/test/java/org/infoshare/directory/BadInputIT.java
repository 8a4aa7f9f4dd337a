package org.infoshare.directory;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Bad input to the directory, through the API and the forms: each is refused with a problem naming the
 * field and the rule (or the GOV.UK error summary), and nothing at all is written — no row, no ledger entry.
 */
@IntegrationTest
class BadInputIT {

    private static final String LONG_201 = "N".repeat(201);
    private static final String LONG_101 = "T".repeat(101);

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPartnership demo;

    @Autowired
    JdbcClient jdbc;

    /** One refused request: what is sent, and the status, field and rule the answer must name. */
    private record Case(String name, HttpMethod method, String path, String body, int status, String field, String rule) {
    }

    @TestFactory
    Stream<DynamicTest> theApiRefusesBadInputByFieldAndRuleAndWritesNothing() throws Exception {
        String admin = demo.token(DemoPartnership.COUNCIL_ADMIN);
        UUID council = demo.organisation(DemoDirectory.COUNCIL).id();
        UUID police = demo.organisation(DemoDirectory.POLICE).id();
        UUID policeTeam = teamOf(police);
        String unique = UUID.randomUUID().toString().substring(0, 8);

        // A member of staff of our own, and a version of them that has since gone stale.
        String created = send(admin, HttpMethod.POST, "/api/v1/users", """
                {"username":"bad-input.%s@westshire-council.example","displayName":"Robin Ash","roles":["PRACTITIONER"]}"""
                .formatted(unique), 201);
        UUID member = UUID.fromString(JsonPath.read(created, "$.id"));
        String memberUsername = JsonPath.read(created, "$.username");
        send(admin, HttpMethod.PUT, "/api/v1/users/" + member,
                "{\"displayName\":\"Robin Ash\",\"roles\":[\"PRACTITIONER\"],\"version\":0}", 200);
        // The council's profile, re-sent unchanged to move its version on.
        String profile = send(admin, HttpMethod.GET, "/api/v1/organisations/" + council, null, 200);
        int councilVersion = JsonPath.read(profile, "$.version");
        String councilUpdate = "{\"name\":\"%s\",\"type\":\"LOCAL_AUTHORITY\",\"icoRegistration\":\"%s\",\"controllerRole\":\"CONTROLLER\",\"version\":%%d}"
                .formatted(DemoDirectory.COUNCIL, JsonPath.read(profile, "$.icoRegistration"));
        send(admin, HttpMethod.PUT, "/api/v1/organisations/" + council, councilUpdate.formatted(councilVersion), 200);

        String newOrganisation = """
                {"name":"%s","type":"VOLUNTARY","controllerRole":"CONTROLLER",%s
                 "firstAdministrator":{"username":"%s","displayName":"Casey Holt","roles":["PARTNERSHIP_ADMINISTRATOR"]%s}}""";
        String okName = "Bad Input Charity " + unique;
        String okAdmin = "casey." + unique + "@bad-input.example";
        String newStaff = "{\"username\":\"%s\",\"displayName\":\"%s\",\"roles\":[\"PRACTITIONER\"]%s}";
        String okUsername = "new." + unique + "@westshire-council.example";
        LocalDate nextMonth = LocalDate.now().plusMonths(1);

        List<Case> cases = List.of(
                // Unreadable requests: 400
                new Case("malformed JSON", HttpMethod.POST, "/api/v1/organisations", "{\"name\": \"Half", 400, "", "json"),
                new Case("malformed JSON in a team", HttpMethod.POST, "/api/v1/organisations/" + council + "/teams", "{name: 'x'}", 400, "", "json"),
                new Case("unknown field", HttpMethod.POST, "/api/v1/organisations",
                        newOrganisation.formatted(okName, "\"colour\":\"red\",", okAdmin, ""), 400, "colour", "unknown-field"),
                new Case("unknown nested field", HttpMethod.POST, "/api/v1/organisations",
                        newOrganisation.formatted(okName, "\"dataProtectionOfficer\":{\"name\":\"Pat\",\"colour\":\"red\"},", okAdmin, ""),
                        400, "dataProtectionOfficer.colour", "unknown-field"),
                new Case("unknown field on staff", HttpMethod.POST, "/api/v1/users",
                        newStaff.formatted(okUsername, "Kim Lee", ",\"superuser\":true"), 400, "superuser", "unknown-field"),
                new Case("unknown enum value", HttpMethod.POST, "/api/v1/organisations",
                        newOrganisation.formatted(okName, "", okAdmin, "").replace("VOLUNTARY", "SPACESHIP"), 400, "type", "format"),
                new Case("unknown role", HttpMethod.POST, "/api/v1/users",
                        newStaff.formatted(okUsername, "Kim Lee", "").replace("[\"PRACTITIONER\"]", "[\"SUPERUSER\"]"), 400, "roles[0]", "format"),
                new Case("a text where a list belongs", HttpMethod.POST, "/api/v1/users",
                        newStaff.formatted(okUsername, "Kim Lee", "").replace("[\"PRACTITIONER\"]", "{\"role\":1}"), 400, "roles", "type"),
                new Case("a word where a number belongs", HttpMethod.PUT, "/api/v1/organisations/" + council,
                        councilUpdate.replace("%d", "\"latest\""), 400, "version", "type"),
                new Case("not a date", HttpMethod.POST, "/api/v1/me/tokens", "{\"name\":\"Nightly\",\"expiresOn\":\"2026-13-45\"}", 400, "expiresOn", "format"),
                // Missing required fields: 422
                new Case("empty organisation", HttpMethod.POST, "/api/v1/organisations", "{}", 422, "name", "required"),
                new Case("organisation without a first administrator", HttpMethod.POST, "/api/v1/organisations",
                        "{\"name\":\"" + okName + "\",\"type\":\"VOLUNTARY\",\"controllerRole\":\"CONTROLLER\"}", 422, "firstAdministrator", "required"),
                new Case("blank team name", HttpMethod.POST, "/api/v1/organisations/" + council + "/teams", "{\"name\":\"  \"}", 422, "name", "required"),
                new Case("staff without roles", HttpMethod.POST, "/api/v1/users",
                        "{\"username\":\"" + okUsername + "\",\"displayName\":\"Kim Lee\",\"roles\":[]}", 422, "roles", "required"),
                new Case("revocation without a reason", HttpMethod.POST, "/api/v1/users/" + member + "/revocation", "{}", 422, "reason", "required"),
                new Case("update without a version", HttpMethod.PUT, "/api/v1/users/" + member,
                        "{\"displayName\":\"Robin Ash\",\"roles\":[\"PRACTITIONER\"]}", 422, "version", "required"),
                // Over-long text: 422
                new Case("over-long organisation name", HttpMethod.POST, "/api/v1/organisations",
                        newOrganisation.formatted(LONG_201, "", okAdmin, ""), 422, "name", "max-length"),
                new Case("over-long team name", HttpMethod.POST, "/api/v1/organisations/" + council + "/teams",
                        "{\"name\":\"" + LONG_101 + "\"}", 422, "name", "max-length"),
                new Case("over-long staff name", HttpMethod.POST, "/api/v1/users", newStaff.formatted(okUsername, LONG_201, ""), 422, "displayName", "max-length"),
                new Case("over-long name of a first administrator", HttpMethod.POST, "/api/v1/organisations",
                        newOrganisation.formatted(okName, "", okAdmin, "").replace("Casey Holt", LONG_201), 422, "firstAdministrator.displayName", "max-length"),
                new Case("over-long staff name in an update", HttpMethod.PUT, "/api/v1/users/" + member,
                        "{\"displayName\":\"" + LONG_201 + "\",\"roles\":[\"PRACTITIONER\"],\"version\":1}", 422, "displayName", "max-length"),
                new Case("over-long token name", HttpMethod.POST, "/api/v1/me/tokens",
                        "{\"name\":\"" + LONG_101 + "\",\"expiresOn\":\"" + nextMonth + "\"}", 422, "name", "max-length"),
                new Case("over-long token name for someone", HttpMethod.POST, "/api/v1/users/" + member + "/tokens",
                        "{\"name\":\"" + LONG_101 + "\",\"expiresOn\":\"" + nextMonth + "\"}", 422, "name", "max-length"),
                // Formats: 422
                new Case("bad email", HttpMethod.POST, "/api/v1/users",
                        newStaff.formatted(okUsername, "Kim Lee", ",\"email\":\"kim at council\""), 422, "email", "email"),
                new Case("bad DPO email", HttpMethod.POST, "/api/v1/organisations",
                        newOrganisation.formatted(okName, "\"dataProtectionOfficer\":{\"email\":\"not-an-address\"},", okAdmin, ""),
                        422, "dataProtectionOfficer.email", "email"),
                new Case("bad DPO phone", HttpMethod.POST, "/api/v1/organisations",
                        newOrganisation.formatted(okName, "\"dataProtectionOfficer\":{\"phone\":\"call me maybe\"},", okAdmin, ""),
                        422, "dataProtectionOfficer.phone", "format"),
                new Case("bad ICO number", HttpMethod.PUT, "/api/v1/organisations/" + council,
                        councilUpdate.formatted(councilVersion + 1).replaceFirst("\"icoRegistration\":\"[^\"]*\"", "\"icoRegistration\":\"12345\""),
                        422, "icoRegistration", "format"),
                new Case("username with a space", HttpMethod.POST, "/api/v1/users", newStaff.formatted("kim lee@westshire-council.example", "Kim Lee", ""),
                        422, "username", "format"),
                new Case("token expiring in the past", HttpMethod.POST, "/api/v1/me/tokens",
                        "{\"name\":\"Nightly\",\"expiresOn\":\"" + LocalDate.now().minusDays(1) + "\"}", 422, "expiresOn", "within-a-year"),
                new Case("token for longer than a year", HttpMethod.POST, "/api/v1/me/tokens",
                        "{\"name\":\"Nightly\",\"expiresOn\":\"" + LocalDate.now().plusYears(2) + "\"}", 422, "expiresOn", "within-a-year"),
                new Case("training that expires before it was done", HttpMethod.PUT, "/api/v1/users/" + member + "/training",
                        "{\"completedOn\":\"" + LocalDate.now() + "\",\"expiresOn\":\"" + LocalDate.now().minusDays(1) + "\"}", 422, "expiresOn", "after-start"),
                // Passwords: 422
                new Case("password too short", HttpMethod.PUT, "/api/v1/users/" + member + "/password", "{\"password\":\"short-pw-11\"}", 422, "password", "min-length"),
                new Case("password containing the username", HttpMethod.PUT, "/api/v1/users/" + member + "/password",
                        "{\"password\":\"my-" + memberUsername.toUpperCase() + "-2026\"}", 422, "password", "not-username"),
                new Case("new staff password containing the username", HttpMethod.POST, "/api/v1/users",
                        newStaff.formatted(okUsername, "Kim Lee", ",\"password\":\"!!" + okUsername + "!!\""), 422, "password", "not-username"),
                new Case("new staff password too short", HttpMethod.POST, "/api/v1/users",
                        newStaff.formatted(okUsername, "Kim Lee", ",\"password\":\"tiny\""), 422, "password", "min-length"),
                new Case("own password, wrong current one", HttpMethod.PUT, "/api/v1/me/password",
                        "{\"currentPassword\":\"not-my-password\",\"newPassword\":\"a-much-better-password\"}", 422, "currentPassword", "matches"),
                // Clashes with what is recorded: 409
                new Case("duplicate organisation name, other case", HttpMethod.POST, "/api/v1/organisations",
                        newOrganisation.formatted(DemoDirectory.POLICE.toUpperCase(), "", okAdmin, ""), 409, "name", "unique"),
                new Case("renaming to another organisation's name", HttpMethod.PUT, "/api/v1/organisations/" + council,
                        councilUpdate.formatted(councilVersion + 1).replace(DemoDirectory.COUNCIL, " westshire police "), 409, "name", "unique"),
                new Case("duplicate team name, other case", HttpMethod.POST, "/api/v1/organisations/" + council + "/teams",
                        "{\"name\":\"early HELP\"}", 409, "name", "unique"),
                new Case("duplicate username, other case", HttpMethod.POST, "/api/v1/users",
                        newStaff.formatted(DemoPartnership.COUNCIL_PRACTITIONER.toUpperCase(), "Kim Lee", ""), 409, "username", "unique"),
                new Case("duplicate username of another organisation's person", HttpMethod.POST, "/api/v1/organisations",
                        newOrganisation.formatted(okName, "", DemoPartnership.POLICE_PRACTITIONER, ""), 409, "firstAdministrator.username", "unique"),
                new Case("stale staff version", HttpMethod.PUT, "/api/v1/users/" + member,
                        "{\"displayName\":\"Robin Ash-Stale\",\"roles\":[\"PRACTITIONER\"],\"version\":0}", 409, "version", "current-version"),
                new Case("stale organisation version", HttpMethod.PUT, "/api/v1/organisations/" + council,
                        councilUpdate.formatted(councilVersion), 409, "version", "current-version"),
                // Teams of another organisation: 422
                new Case("team of another organisation", HttpMethod.POST, "/api/v1/users",
                        newStaff.formatted(okUsername, "Kim Lee", ",\"teamIds\":[\"" + policeTeam + "\"]"), 422, "teamIds", "team-in-organisation"),
                new Case("team that does not exist", HttpMethod.PUT, "/api/v1/users/" + member,
                        "{\"displayName\":\"Robin Ash\",\"roles\":[\"PRACTITIONER\"],\"teamIds\":[\"" + UUID.randomUUID() + "\"],\"version\":1}",
                        422, "teamIds", "team-in-organisation"),
                new Case("first administrator in an existing team", HttpMethod.POST, "/api/v1/organisations",
                        newOrganisation.formatted(okName, "", okAdmin, ",\"teamIds\":[\"" + policeTeam + "\"]"), 422, "firstAdministrator.teamIds", "team-in-organisation"),
                new Case("first member who is not an administrator", HttpMethod.POST, "/api/v1/organisations",
                        newOrganisation.formatted(okName, "", okAdmin, "").replace("PARTNERSHIP_ADMINISTRATOR", "PRACTITIONER"),
                        422, "firstAdministrator.roles", "includes-administrator"),
                // Unknown and malformed ids: 404
                new Case("unknown staff id", HttpMethod.PUT, "/api/v1/users/" + UUID.randomUUID(),
                        "{\"displayName\":\"Robin Ash\",\"roles\":[\"PRACTITIONER\"],\"version\":0}", 404, null, null),
                new Case("malformed staff id", HttpMethod.PUT, "/api/v1/users/not-a-uuid",
                        "{\"displayName\":\"Robin Ash\",\"roles\":[\"PRACTITIONER\"],\"version\":0}", 404, null, null),
                new Case("unknown organisation", HttpMethod.POST, "/api/v1/organisations/" + UUID.randomUUID() + "/teams", "{\"name\":\"Triage\"}", 404, null, null),
                new Case("malformed organisation id", HttpMethod.POST, "/api/v1/organisations/12345/teams", "{\"name\":\"Triage\"}", 404, null, null),
                new Case("unknown team", HttpMethod.PUT, "/api/v1/organisations/" + council + "/teams/" + UUID.randomUUID(), "{\"name\":\"Triage\"}", 404, null, null),
                new Case("unknown assurance", HttpMethod.DELETE, "/api/v1/organisations/" + council + "/security-assurances/" + UUID.randomUUID(), null, 404, null, null),
                new Case("unknown token", HttpMethod.DELETE, "/api/v1/me/tokens/" + UUID.randomUUID(), null, 404, null, null),
                new Case("malformed token id", HttpMethod.DELETE, "/api/v1/users/" + member + "/tokens/zzz", null, 404, null, null),
                new Case("tokens of someone unknown", HttpMethod.POST, "/api/v1/users/" + UUID.randomUUID() + "/tokens",
                        "{\"name\":\"Nightly\",\"expiresOn\":\"" + nextMonth + "\"}", 404, null, null));

        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            String memberBefore = row("app_user", member);
            String councilBefore = row("organisation", council);
            Map<String, Long> before = RowCounts.of(jdbc);

            MvcResult result = mvc.perform(withBody(request(c.method(), c.path()).header("Authorization", "Bearer " + admin), c.body()))
                    .andReturn();

            String body = result.getResponse().getContentAsString();
            assertThat(result.getResponse().getStatus()).as(body).isEqualTo(c.status());
            assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
            if (c.rule() != null) {
                List<Map<String, String>> errors = JsonPath.read(body, "$.errors");
                assertThat(errors).as(body).anySatisfy(error -> {
                    assertThat(error.get("field")).isEqualTo(c.field());
                    assertThat(error.get("rule")).isEqualTo(c.rule());
                    assertThat(error.get("message")).isNotBlank();
                });
            } else {
                assertThat(JsonPath.<String>read(body, "$.type")).isEqualTo("urn:infoshare:problem:not-found");
            }
            assertThat(RowCounts.of(jdbc)).as("nothing written").isEqualTo(before);
            assertThat(row("app_user", member)).as("the member of staff is unchanged").isEqualTo(memberBefore);
            assertThat(row("organisation", council)).as("the council is unchanged").isEqualTo(councilBefore);
        }));
    }

    @Test
    void overLongAndMissingValuesOnFormsShowTheErrorSummaryAndWriteNothing() throws Exception {
        MockHttpSession session = SignedInSession.of(mvc, DemoPartnership.COUNCIL_ADMIN);
        UUID council = demo.organisation(DemoDirectory.COUNCIL).id();
        Map<String, Long> before = RowCounts.of(jdbc);
        String councilBefore = row("organisation", council);

        String team = form(session, post("/organisations/" + council + "/teams/new").param("name", LONG_101).param("description", "x"));
        assertThat(team).contains("govuk-error-summary").contains("href=\"#name\"")
                .contains("Team name must be 100 characters or fewer").contains("<title>Error: ");

        String staff = form(session, post("/staff/new").param("kind", "PERSON")
                .param("username", "form." + UUID.randomUUID() + "@westshire-council.example")
                .param("displayName", LONG_201).param("email", "not an email").param("roles", "PRACTITIONER")
                .param("trainingCompletedOn.day", "31").param("trainingCompletedOn.month", "2").param("trainingCompletedOn.year", "2025"));
        assertThat(staff).contains("govuk-error-summary").contains("href=\"#displayName\"").contains("href=\"#email\"")
                .contains("Full name must be 200 characters or fewer")
                .contains("Enter an email address in the correct format");

        String organisation = form(session, post("/organisations/new").param("name", LONG_201).param("type", "VOLUNTARY")
                .param("controllerRole", "CONTROLLER")
                .param("firstAdministrator.username", "x." + UUID.randomUUID() + "@example.org")
                .param("firstAdministrator.displayName", "Casey Holt"));
        assertThat(organisation).contains("govuk-error-summary").contains("href=\"#name\"").contains("Name must be 200 characters or fewer");

        String duplicate = form(session, post("/organisations/" + council + "/teams/new").param("name", "EARLY help"));
        assertThat(duplicate).contains("govuk-error-summary").contains("This organisation already has a team called");

        String token = form(session, post("/account/tokens/new").param("name", LONG_101)
                .param("expiresOn.day", "1").param("expiresOn.month", "1").param("expiresOn.year", String.valueOf(LocalDate.now().getYear() + 1)));
        assertThat(token).contains("govuk-error-summary").contains("Token name must be 100 characters or fewer");

        int version = JsonPath.read(mvc.perform(get("/api/v1/organisations/" + council)
                .header("Authorization", "Bearer " + demo.token(DemoPartnership.COUNCIL_ADMIN))).andReturn().getResponse().getContentAsString(), "$.version");
        before = RowCounts.of(jdbc);
        String stale = form(session, post("/organisations/" + council + "/edit").param("name", "Westshire County Council (renamed)")
                .param("type", "LOCAL_AUTHORITY").param("controllerRole", "CONTROLLER").param("version", String.valueOf(version - 1)));
        assertThat(stale).contains("govuk-error-summary").contains("Someone else changed this record since you read it");

        assertThat(RowCounts.of(jdbc)).isEqualTo(before);
        assertThat(row("organisation", council)).isEqualTo(councilBefore);
    }

    @Test
    void aNameTakenInAnotherOrganisationIsFineForATeam() throws Exception {
        String admin = demo.token(DemoPartnership.COUNCIL_ADMIN);
        UUID council = demo.organisation(DemoDirectory.COUNCIL).id();
        Map<String, Long> before = RowCounts.of(jdbc);

        send(admin, HttpMethod.POST, "/api/v1/organisations/" + council + "/teams", "{\"name\":\"Public protection desk\"}", 201);

        Map<String, Long> after = RowCounts.of(jdbc);
        assertThat(after.get("team")).isEqualTo(before.get("team") + 1);
        assertThat(after.get("ledger_entry")).isEqualTo(before.get("ledger_entry") + 1);
    }

    private String form(MockHttpSession session, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request.session(session).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).as("the form is shown again").isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private String send(String token, HttpMethod method, String path, String body, int expected) throws Exception {
        MvcResult result = mvc.perform(withBody(request(method, path).header("Authorization", "Bearer " + token), body)).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(expected);
        return result.getResponse().getContentAsString();
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder withBody(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body) {
        return body == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private UUID teamOf(UUID organisation) {
        return jdbc.sql("select id from team where organisation_id = :o order by name limit 1").param("o", organisation).query(UUID.class).single();
    }

    /** The whole row as text: any change to any column shows. */
    private String row(String table, UUID id) {
        return jdbc.sql("select t::text from " + table + " t where id = :id").param("id", id).query(String.class).single();
    }

}
