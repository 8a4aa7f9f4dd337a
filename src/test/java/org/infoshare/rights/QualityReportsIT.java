package org.infoshare.rights;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.directory.DemoDirectory;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Data quality (002 §4.7) through the API: an inaccuracy reported by a recipient reaches every other recipient of that
 * item and the sender, nobody else; nothing is withdrawn and nothing is recorded as a potential breach.
 */
@IntegrationTest
class QualityReportsIT {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired DirectoryLookup directory;
    @Autowired RightsRequests requests;
    @Autowired JdbcClient jdbc;

    @Test
    void aReportedInaccuracyReachesExactlyTheItemsRecipientsAndIsNotABreach() throws Exception {
        RightsFixtures fixtures = new RightsFixtures(mvc, demo, directory, requests);
        UUID person = fixtures.person();
        UUID toPolice = fixtures.disclose(person, DemoDirectory.POLICE, "Public Protection Desk",
                RightsFixtures.concern("Rowan missed school on 3 March", false) + "," + RightsFixtures.address("1 Mill Lane"), "");
        UUID toNhsConcern = fixtures.disclose(person, DemoDirectory.NHS, "Safeguarding Children Team",
                RightsFixtures.concern("Rowan missed school on 3 March", false), "");
        fixtures.disclose(person, DemoDirectory.NHS, "Health Visiting", RightsFixtures.address("1 Mill Lane"), "");
        UUID council = demo.organisation(DemoDirectory.COUNCIL).id();
        UUID police = demo.organisation(DemoDirectory.POLICE).id();
        UUID nhs = demo.organisation(DemoDirectory.NHS).id();
        long reports = count("quality_report");

        // another organisation's disclosure answers as a missing one (the refused attempt is itself a potential incident)
        report(DemoPartnership.NHS_PRACTITIONER, toPolice, "safeguarding-concern").andExpect(status().isNotFound());
        long incidents = count("incident");
        report(RightsFixtures.OFFICER, toPolice, "school-attendance")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("itemCode")).andExpect(jsonPath("$.errors[0].rule").value("disclosed-item"));
        assertThat(count("quality_report")).isEqualTo(reports);

        String made = report(RightsFixtures.OFFICER, toPolice, "safeguarding-concern").andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN")).andReturn().getResponse().getContentAsString();
        UUID id = UUID.fromString(JsonPath.read(made, "$.id"));

        List<UUID> told = jdbc.sql("select recipient_organisation from rights_notice where quality_report_id = :id order by recipient_organisation")
                .param("id", id).query(UUID.class).list();
        assertThat(told).containsExactlyInAnyOrder(nhs, council);
        UUID nhsTeam = jdbc.sql("select recipient_team from rights_notice where quality_report_id = :id and recipient_organisation = :nhs")
                .param("id", id).param("nhs", nhs).query(UUID.class).single();
        assertThat(nhsTeam).isEqualTo(fixtures.team(DemoDirectory.NHS, "Safeguarding Children Team"));
        assertThat(jdbc.sql("select count(*) from rights_notice where quality_report_id = :id and kind <> 'DATA_QUALITY'").param("id", id)
                .query(Long.class).single()).isZero();
        assertThat(count("incident")).isEqualTo(incidents);
        assertThat(jdbc.sql("select withdrawn_at is null from disclosure where id = :id").param("id", toPolice).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select count(*) from ledger_entry where action like '%breach%' and subject_id = :id").param("id", toPolice.toString())
                .query(Long.class).single()).isZero();
        assertThat(toNhsConcern).isNotNull();

        send(get("/api/v1/rights/quality-reports"), RightsFixtures.OFFICER, null).andExpect(status().isForbidden());
        send(get("/api/v1/rights/quality-reports"), RightsFixtures.POLICE_DPO, null).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '%s')]".formatted(id)).exists());
        send(get("/api/v1/rights/quality-reports/" + id), RightsFixtures.NHS_DPO, null).andExpect(status().isNotFound());
        send(get("/api/v1/rights/quality-reports/" + id + "/notices"), RightsFixtures.COUNCIL_DPO, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));

        send(post("/api/v1/rights/quality-reports/" + id + "/closing"), RightsFixtures.POLICE_DPO, null).andExpect(status().isNotFound());
        send(post("/api/v1/rights/quality-reports/" + id + "/correction"), RightsFixtures.COUNCIL_DPO, """
                {"disclosureId":"%s","itemCode":"address","content":"2 Mill Lane","why":"Moved"}""".formatted(toPolice))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].rule").value("reported-item"));
        send(post("/api/v1/rights/quality-reports/" + id + "/correction"), RightsFixtures.COUNCIL_DPO, """
                {"disclosureId":"%s","itemCode":"safeguarding-concern","content":"Rowan missed school on 13 March","why":"The register shows the 13th"}"""
                .formatted(toPolice))
                .andExpect(status().isOk());
        send(get("/api/v1/rights/quality-reports/" + id), RightsFixtures.COUNCIL_DPO, null).andExpect(jsonPath("$.status").value("CORRECTED"));
        send(post("/api/v1/rights/quality-reports/" + id + "/closing"), RightsFixtures.COUNCIL_DPO, null).andExpect(status().isConflict());
        assertThat(police).isNotEqualTo(council);
    }

    private ResultActions report(String user, UUID disclosure, String item) throws Exception {
        return send(post("/api/v1/rights/quality-reports"), user, """
                {"disclosureId":"%s","itemCode":"%s","whatIsWrong":"The date is wrong: it was the 13th"}""".formatted(disclosure, item));
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String user, String body) throws Exception {
        request.header("Authorization", "Bearer " + demo.token(user));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }
}
