package org.infoshare.delivery;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.ShareDecisions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.delivery.DisclosureIT.COUNCIL_DPO;
import static org.infoshare.delivery.DisclosureIT.HEALTH_VISITOR;
import static org.infoshare.delivery.DisclosureIT.POLICE_SERGEANT;
import static org.infoshare.delivery.DisclosureIT.SOCIAL_WORKER;
import static org.infoshare.delivery.DisclosureIT.body;
import static org.infoshare.delivery.DisclosureIT.concern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A disclosure opened, or tried, by someone it was never meant for: a potential incident in the sender's register (002 §4.8). */
@IntegrationTest
class DisclosureIncidentsIT {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired JdbcClient jdbc;

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + demo.token(username)).contentType(MediaType.APPLICATION_JSON);
    }

    private ShareDecisions.Decided decided() throws Exception {
        return new ShareDecisions(mvc, demo).toPolice(SOCIAL_WORKER);
    }

    private UUID sent(String body) throws Exception {
        String response = mvc.perform(as(SOCIAL_WORKER, post("/api/v1/disclosures")).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(response, "$.id"));
    }

    @Test
    void anAttemptBySomeoneTheDisclosureWasNotMeantForIsOneIncidentForTheSendersDpo() throws Exception {
        ShareDecisions.Decided decision = decided();
        UUID sergeant = demo.userId(POLICE_SERGEANT);
        UUID id = sent(body(decision.decisionId(), "\"recipientUserId\":\"" + sergeant + "\"", concern("For DS Harris only"), "", null));
        String nhs = HEALTH_VISITOR;
        mvc.perform(as(nhs, get("/api/v1/disclosures/" + id))).andExpect(status().isNotFound());
        mvc.perform(as(nhs, get("/api/v1/disclosures/" + id + "/record"))).andExpect(status().isNotFound());
        List<Map<String, Object>> incidents = jdbc.sql("select * from incident where record_id = :id").param("id", id).query().listOfRows();
        assertThat(incidents).singleElement().satisfies(row -> {
            assertThat(row.get("source")).isEqualTo("ACCESS_REFUSED");
            assertThat(row.get("attempted_by")).isEqualTo(demo.userId(nhs));
            assertThat(row.get("attempts")).isEqualTo(2);
            assertThat(row.get("organisation_id")).isEqualTo(demo.organisation("Westshire County Council").id());
        });
        mvc.perform(as(COUNCIL_DPO, get("/api/v1/incidents/" + incidents.get(0).get("id"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("UNAUTHORISED_ACCESS"))
                .andExpect(jsonPath("$.attempts").value(2));
        // The sender looking at their own disclosure, or its recipient opening it, is no incident.
        mvc.perform(as(POLICE_SERGEANT, get("/api/v1/disclosures/" + id))).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from incident where record_id = :id").param("id", id).query(Long.class).single()).isEqualTo(1);
    }
}
