package org.infoshare.rights;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.directory.DemoDirectory;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.shared.UkCalendar;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Informing people through the API: the privacy notice in versions naming its datasets, and told or not told per person. */
@IntegrationTest
class InformingApiIT {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired DirectoryLookup directory;
    @Autowired RightsRequests requests;
    @Autowired JdbcClient jdbc;

    @Test
    void theDpoPublishesVersionsNamingOnlyTheOrganisationsOwnDatasets() throws Exception {
        UUID council = demo.organisation(DemoDirectory.COUNCIL).id();
        UUID ours = jdbc.sql("select id from dataset_specification where sender_organisation = :o or recipient_organisation = :o limit 1")
                .param("o", council).query(UUID.class).single();
        UUID notOurs = jdbc.sql("select id from dataset_specification where sender_organisation <> :o and recipient_organisation <> :o limit 1")
                .param("o", council).query(UUID.class).optional().orElse(UUID.randomUUID());
        String today = LocalDate.now(UkCalendar.ZONE).toString();

        send(post("/api/v1/rights/privacy-notices"), DemoPartnership.COUNCIL_PRACTITIONER, notice("Practitioner's notice", today, ours))
                .andExpect(status().isForbidden());
        long before = count();
        send(post("/api/v1/rights/privacy-notices"), RightsFixtures.COUNCIL_DPO, notice("Borrowed datasets", today, notOurs))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("datasetSpecificationIds"))
                .andExpect(jsonPath("$.errors[0].rule").value("our-dataset"));
        send(post("/api/v1/rights/privacy-notices"), RightsFixtures.COUNCIL_DPO, "{\"title\":\"\",\"body\":\"x\",\"publishedOn\":null}")
                .andExpect(status().isUnprocessableContent());
        assertThat(count()).isEqualTo(before);

        String first = send(post("/api/v1/rights/privacy-notices"), RightsFixtures.COUNCIL_DPO, notice("How we use your information", today, ours))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.datasetSpecificationIds[0]").value(ours.toString()))
                .andReturn().getResponse().getContentAsString();
        int version = JsonPath.read(first, "$.version");
        send(post("/api/v1/rights/privacy-notices"), RightsFixtures.COUNCIL_DPO, notice("How we use your information (revised)", today, ours))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(version + 1));
        send(get("/api/v1/rights/privacy-notices"), DemoPartnership.COUNCIL_PRACTITIONER, null)
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].version").value(version + 1));
        UUID id = UUID.fromString(JsonPath.read(first, "$.id"));
        assertThatThrownBy(() -> jdbc.sql("update privacy_notice set body = 'changed' where id = :id").param("id", id).update())
                .hasMessageContaining("publish a new version");
        assertThatThrownBy(() -> jdbc.sql("delete from privacy_notice_dataset where notice_id = :id").param("id", id).update())
                .hasMessageContaining("publish a new version");
    }

    @Test
    void toldOrNotToldIsRecordedPerPersonAndTheNoteNeverReachesTheLedger() throws Exception {
        RightsFixtures fixtures = new RightsFixtures(mvc, demo, directory, requests);
        UUID person = fixtures.person();
        UUID disclosure = fixtures.disclose(person, DemoDirectory.POLICE, "Public Protection Desk", RightsFixtures.concern("A fall at home", false), "");
        String today = LocalDate.now(UkCalendar.ZONE).toString();
        send(post("/api/v1/rights/privacy-notices"), RightsFixtures.COUNCIL_DPO, notice("How we use your information", today, null))
                .andExpect(status().isCreated());
        long before = jdbc.sql("select count(*) from person_informed").query(Long.class).single();

        send(post("/api/v1/rights/informed"), RightsFixtures.SOCIAL_WORKER, """
                {"subjectId":"%s","disclosureId":"%s","told":false,"reason":null}""".formatted(person, disclosure))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        send(post("/api/v1/rights/informed"), RightsFixtures.SOCIAL_WORKER, """
                {"subjectId":"%s","told":true,"toldOn":"%s","method":"LETTER","reason":"ALREADY_AWARE"}""".formatted(person, today))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        send(post("/api/v1/rights/informed"), RightsFixtures.OFFICER, """
                {"subjectId":"%s","told":false,"reason":"ALREADY_AWARE"}""".formatted(person))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from person_informed").query(Long.class).single()).isEqualTo(before);

        send(post("/api/v1/rights/informed"), RightsFixtures.SOCIAL_WORKER, """
                {"subjectId":"%s","disclosureId":"%s","told":true,"toldOn":"%s","method":"LETTER","note":"Letter to Mum, 4 Elm Road"}"""
                .formatted(person, disclosure, today))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.noticeVersion").isNumber());
        send(post("/api/v1/rights/informed"), RightsFixtures.SOCIAL_WORKER, """
                {"subjectId":"%s","disclosureId":"%s","told":false,"reason":"ALREADY_AWARE"}""".formatted(person, disclosure))
                .andExpect(status().isConflict());
        send(post("/api/v1/rights/informed"), RightsFixtures.SOCIAL_WORKER, """
                {"subjectId":"%s","told":false,"reason":"WOULD_CREATE_OR_INCREASE_RISK"}""".formatted(person))
                .andExpect(status().isCreated());

        send(get("/api/v1/subjects/" + person + "/informed"), RightsFixtures.SOCIAL_WORKER, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].told").value(true)).andExpect(jsonPath("$[0].note").value("Letter to Mum, 4 Elm Road"))
                .andExpect(jsonPath("$[1].reason").value("WOULD_CREATE_OR_INCREASE_RISK"));
        send(get("/api/v1/subjects/" + person + "/informed"), RightsFixtures.OFFICER, null).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from ledger_entry where details like '%Elm Road%'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from person_informed where position(convert_to('Elm Road', 'UTF8') in note_enc) > 0")
                .query(Long.class).single()).isZero();
    }

    private long count() {
        return jdbc.sql("select count(*) from privacy_notice").query(Long.class).single();
    }

    private static String notice(String title, String on, UUID dataset) {
        return "{\"title\":\"%s\",\"body\":\"We hold what you tell us to keep children safe.\",\"publishedOn\":\"%s\",\"datasetSpecificationIds\":[%s]}"
                .formatted(title, on, dataset == null ? "" : "\"" + dataset + "\"");
    }

    private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String user, String body)
            throws Exception {
        request.header("Authorization", "Bearer " + demo.token(user));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }
}
