package org.infoshare.subject;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.RowCounts;
import org.infoshare.support.SignedInSession;
import org.junit.jupiter.api.BeforeEach;
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
 * Finding people through the keyed indexes (ADR 0012): a misspelt name, a date of birth, a reference or an NHS
 * number finds the organisation's people the caller may see, never another organisation's; adding someone already
 * recorded is answered with the likely matches and writes nothing until the caller confirms a different person.
 */
@IntegrationTest
class PeopleSearchIT {

    private static final String SOCIAL_WORKER = DemoPartnership.COUNCIL_PRACTITIONER;
    private static final String EARLY_HELP = "earlyhelp@westshire-council.example";

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired JdbcClient jdbc;

    private LocalDate born;
    private String id;

    /** A child of the assessment team's, born on a day nobody else in these tests is. */
    @BeforeEach
    void johnSmith() throws Exception {
        born = LocalDate.of(2012, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        id = JsonPath.read(send(SOCIAL_WORKER, "/api/v1/subjects", """
                {"reference":"FIND-%s","name":"John Smith","dateOfBirth":"%s","confirmedDifferent":true}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), born), 201), "$.id");
    }

    @Test
    void aNameSpeltAsHeardFindsThePersonAndTheDateOfBirthPutsThemFirst() throws Exception {
        String found = search(SOCIAL_WORKER, "Jon Smyth", 200);
        assertThat(JsonPath.<List<String>>read(found, "$.items[*].id")).contains(id);
        String exact = search(SOCIAL_WORKER, "Jon Smyth " + born.getDayOfMonth() + "/" + born.getMonthValue() + "/" + born.getYear(), 200);
        assertThat(JsonPath.<String>read(exact, "$.items[0].id")).isEqualTo(id);
        assertThat(JsonPath.<Integer>read(exact, "$.number")).isEqualTo(1);
        assertThat(JsonPath.<List<String>>read(search(SOCIAL_WORKER, "Jon Brown", 200), "$.items[*].id")).doesNotContain(id);
    }

    @Test
    void anotherOrganisationAndAnotherTeamFindNobody() throws Exception {
        for (String outsider : List.of(DemoPartnership.POLICE_PRACTITIONER, EARLY_HELP)) {
            String found = search(outsider, "John Smith " + born, 200);
            assertThat(JsonPath.<List<String>>read(found, "$.items[*].id")).as(outsider).doesNotContain(id);
        }
    }

    @Test
    void anNhsNumberOrAReferenceFindsExactlyThatPerson() throws Exception {
        String nhs = validNhsNumber();
        String reference = "NHS-" + UUID.randomUUID().toString().substring(0, 8);
        String withNhs = JsonPath.read(send(SOCIAL_WORKER, "/api/v1/subjects", """
                {"reference":"%s","name":"Ava Lee","nhsNumber":"%s"}""".formatted(reference, nhs), 201), "$.id");
        String spaced = nhs.substring(0, 3) + " " + nhs.substring(3, 6) + " " + nhs.substring(6);
        assertThat(JsonPath.<List<String>>read(search(SOCIAL_WORKER, spaced, 200), "$.items[*].id")).containsExactly(withNhs);
        assertThat(JsonPath.<List<String>>read(search(SOCIAL_WORKER, reference.toLowerCase(), 200), "$.items[*].id")).containsExactly(withNhs);
    }

    @Test
    void aSearchWithNothingToLookForOrABadPageIsRefusedNamingTheField() throws Exception {
        String token = demo.token(SOCIAL_WORKER);
        MvcResult blank = mvc.perform(get("/api/v1/subjects/search").param("q", " ").header("Authorization", "Bearer " + token)).andReturn();
        assertThat(blank.getResponse().getStatus()).isEqualTo(422);
        assertThat(JsonPath.<String>read(blank.getResponse().getContentAsString(), "$.errors[0].field")).isEqualTo("q");
        assertThat(JsonPath.<String>read(blank.getResponse().getContentAsString(), "$.errors[0].rule")).isEqualTo("required");
        MvcResult page = mvc.perform(get("/api/v1/subjects/search").param("q", "Smith").param("page", "0")
                .header("Authorization", "Bearer " + token)).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(422);
        assertThat(JsonPath.<String>read(page.getResponse().getContentAsString(), "$.errors[0].field")).isEqualTo("page");
    }

    @Test
    void addingSomeoneAlreadyRecordedIsAnsweredWithTheMatchesAndWritesNothing() throws Exception {
        String body = """
                {"reference":"DUP-%s","name":"Jon Smyth","dateOfBirth":"%s"}""".formatted(UUID.randomUUID().toString().substring(0, 8), born);
        // Each token is a row of its own: both are issued before counting, so that only the refused requests are compared.
        String socialWorker = demo.token(SOCIAL_WORKER);
        String earlyHelp = demo.token(EARLY_HELP);
        Map<String, Long> before = RowCounts.ofEveryTable(jdbc);
        String conflict = sendWith(socialWorker, "/api/v1/subjects", body, 409);
        assertThat(JsonPath.<String>read(conflict, "$.errors[0].field")).isEqualTo("confirmedDifferent");
        assertThat(JsonPath.<List<String>>read(conflict, "$.candidates[*].id")).contains(id);
        assertThat(JsonPath.<List<String>>read(conflict, "$.candidates[?(@.id == '" + id + "')].reason")).containsExactly("SIMILAR_NAME_AND_DATE_OF_BIRTH");
        assertThat(JsonPath.<List<String>>read(conflict, "$.candidates[?(@.id == '" + id + "')].person.name")).containsExactly("John Smith");

        // Another team is told someone exists, not who.
        String unseen = sendWith(earlyHelp, "/api/v1/subjects", body, 409);
        assertThat(JsonPath.<List<Object>>read(unseen, "$.candidates[?(@.id == '" + id + "')].person")).containsExactly((Object) null);
        assertThat(unseen).doesNotContain("John Smith");
        Map<String, Long> after = RowCounts.ofEveryTable(jdbc);
        after.remove("record_read");
        before.remove("record_read");
        assertThat(after).isEqualTo(before);

        send(SOCIAL_WORKER, "/api/v1/subjects", body.replace("}", ",\"confirmedDifferent\":true}"), 201);
    }

    @Test
    void anNhsNumberThatCannotBeOneIsRefused() throws Exception {
        String refused = send(SOCIAL_WORKER, "/api/v1/subjects", """
                {"reference":"BADNHS-%s","name":"Ava Lee","nhsNumber":"943 476 5918"}""".formatted(UUID.randomUUID().toString().substring(0, 8)), 422);
        assertThat(JsonPath.<String>read(refused, "$.errors[0].field")).isEqualTo("nhsNumber");
        assertThat(JsonPath.<String>read(refused, "$.errors[0].rule")).isEqualTo("nhs-number-check-digit");
    }

    @Test
    void thePersonPageShowsOnlyFamilyTheViewerMaySeeAndRecordsTheRead() throws Exception {
        String child = JsonPath.read(send(EARLY_HELP, "/api/v1/subjects", """
                {"reference":"EHF-%s","name":"Rowan Vale","dateOfBirth":"2019-02-03","confirmedDifferent":true}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8)), 201), "$.id");
        send(EARLY_HELP, "/api/v1/subjects/" + child + "/relatives", """
                {"relativeId":"%s","relationship":"SIBLING"}""".formatted(id), 201);
        String family = mvc.perform(get("/api/v1/subjects/" + child + "/family").header("Authorization", "Bearer " + demo.token(EARLY_HELP)))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Object>>read(family, "$.members")).isEmpty();
        assertThat(JsonPath.<Integer>read(family, "$.notShown")).isEqualTo(1);

        long reads = readsOf(child);
        MockHttpSession session = SignedInSession.of(mvc, EARLY_HELP);
        String page = mvc.perform(get("/people/" + child).session(session)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Rowan Vale").contains("1 other family member is recorded").doesNotContain("John Smith");
        assertThat(readsOf(child)).isEqualTo(reads + 1);
    }

    @Test
    void theSearchPageFindsAMisspeltNameAndSaysWhatIsWrongWithAnEmptySearch() throws Exception {
        MockHttpSession session = SignedInSession.of(mvc, SOCIAL_WORKER);
        String page = mvc.perform(get("/people").param("q", "jon smyth " + born).session(session)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/people/" + id).contains("John Smith");
        String empty = mvc.perform(get("/people").param("q", "!!!").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("Nobody you work with matches");
    }

    private long readsOf(String subject) {
        return jdbc.sql("select count(*) from record_read where subject_id = :id").param("id", UUID.fromString(subject)).query(Long.class).single();
    }

    private String search(String username, String q, int status) throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/subjects/search").param("q", q).header("Authorization", "Bearer " + demo.token(username))).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(status);
        return result.getResponse().getContentAsString();
    }

    private String send(String username, String path, String body, int status) throws Exception {
        return sendWith(demo.token(username), path, body, status);
    }

    private String sendWith(String token, String path, String body, int status) throws Exception {
        MvcResult result = mvc.perform(post(path).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path + " " + result.getResponse().getContentAsString()).isEqualTo(status);
        return result.getResponse().getContentAsString();
    }

    private static String validNhsNumber() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            StringBuilder digits = new StringBuilder();
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                int d = random.nextInt(10);
                digits.append(d);
                sum += d * (10 - i);
            }
            int check = (11 - sum % 11) % 11;
            if (check != 10) {
                return digits.append(check).toString();
            }
        }
    }
}
