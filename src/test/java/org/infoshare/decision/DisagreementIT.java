package org.infoshare.decision;

import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.RowCounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Professional judgement (001 Q4): the practitioner who made a decision disagrees with its outcome; their manager
 * or the DPO decides on the questions of judgement; both views, and the engine's first outcome, stay on the record.
 */
@IntegrationTest
class DisagreementIT {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired JdbcClient jdbc;

    @Test
    void aDisagreementGoesToTheManagerWhoDecidesAndBothViewsAreKept() throws Exception {
        String practitioner = demo.token(DemoPartnership.COUNCIL_PRACTITIONER);
        String manager = demo.token(DemoPartnership.COUNCIL_MANAGER);
        String police = demo.organisation("Westshire Police").id().toString();
        String subject = JsonPath.read(post(practitioner, "/api/v1/subjects", "{\"reference\":\"D-%s\",\"name\":\"Robin Test\",\"dateOfBirth\":\"2015-05-05\",\"confirmedDifferent\":true}"
                .formatted(UUID.randomUUID().toString().substring(0, 8))).andReturn().getResponse().getContentAsString(), "$.id");
        String id = JsonPath.read(post(practitioner, "/api/v1/decisions", DecisionApiIT.decision(subject, police, "null", "\"WOULD_PLACE_CHILD_AT_RISK\"", "YES",
                "Marks seen at school")).andExpect(status().isCreated()).andExpect(jsonPath("$.outcome").value("SHARE"))
                .andReturn().getResponse().getContentAsString(), "$.id");

        Map<String, Long> before = RowCounts.of(jdbc);
        post(manager, "/api/v1/decisions/" + id + "/disagreement",
                "{\"wantedOutcome\":\"DO_NOT_SHARE\",\"reasons\":\"Not mine\"}").andExpect(status().isForbidden());
        post(practitioner, "/api/v1/decisions/" + id + "/disagreement", "{\"wantedOutcome\":\"SHARE\",\"reasons\":\"Same\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].rule").value("different-outcome"));
        post(practitioner, "/api/v1/decisions/" + id + "/disagreement", "{\"wantedOutcome\":\"DO_NOT_SHARE\",\"reasons\":\" \"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("reasons"));
        assertThat(RowCounts.of(jdbc)).isEqualTo(before);

        post(practitioner, "/api/v1/decisions/" + id + "/disagreement",
                "{\"wantedOutcome\":\"DO_NOT_SHARE\",\"reasons\":\"The marks are explained: the family told the school nurse about the fall\",\"judgeRole\":\"MANAGER\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("AWAITING_JUDGEMENT"))
                .andExpect(jsonPath("$.judgeRole").value("MANAGER"))
                .andExpect(jsonPath("$.disagreement.wantedOutcome").value("DO_NOT_SHARE"));
        mvc.perform(get("/api/v1/decisions/" + id + "/authorised-share").header("Authorization", "Bearer " + practitioner))
                .andExpect(status().isNotFound());
        post(practitioner, "/api/v1/decisions/" + id + "/disagreement", "{\"wantedOutcome\":\"DO_NOT_SHARE\",\"reasons\":\"Again\"}")
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/judgements").header("Authorization", "Bearer " + manager))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')]").exists());
        mvc.perform(get("/api/v1/decisions/" + id + "/judgement-questions").header("Authorization", "Bearer " + manager))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.CHILD_AT_RISK").value("YES"))
                .andExpect(jsonPath("$.PROPORTIONATE").value("YES"));
        post(practitioner, "/api/v1/decisions/" + id + "/judgement", "{\"answers\":{\"CHILD_AT_RISK\":\"NO\"},\"reasons\":\"Mine\"}")
                .andExpect(status().isForbidden());
        post(manager, "/api/v1/decisions/" + id + "/judgement", "{\"answers\":{\"CHILD_AT_RISK\":\"NOT_SURE\"},\"reasons\":\"Unsure\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("answers.CHILD_AT_RISK"));

        post(manager, "/api/v1/decisions/" + id + "/judgement",
                "{\"answers\":{\"CHILD_AT_RISK\":\"NO\"},\"reasons\":\"I agree: the nurse's record explains the marks, so there is no reason to share\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECIDED"))
                .andExpect(jsonPath("$.outcome").value("DO_NOT_SHARE"))
                .andExpect(jsonPath("$.result.path[0].question").value("What did the manager decide on the practitioner's disagreement?"))
                .andExpect(jsonPath("$.earlierResults[0].outcome").value("SHARE"))
                .andExpect(jsonPath("$.disagreement.reasons").value("The marks are explained: the family told the school nurse about the fall"))
                .andExpect(jsonPath("$.judgement.answers.CHILD_AT_RISK").value("NO"))
                .andExpect(jsonPath("$.judgement.reasons").value("I agree: the nurse's record explains the marks, so there is no reason to share"));
        post(manager, "/api/v1/decisions/" + id + "/judgement", "{\"answers\":{},\"reasons\":\"Twice\"}").andExpect(status().isConflict());
        assertThat(jdbc.sql("select string_agg(action, ',' order by id) from ledger_entry where subject_id = :id").param("id", id).query(String.class).single())
                .isEqualTo("decision.recorded,decision.disagreed,decision.judged");
    }

    private ResultActions post(String token, String path, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
