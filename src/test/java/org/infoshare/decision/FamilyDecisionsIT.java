package org.infoshare.decision;

import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.RowCounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Families: people linked with their relationships, and a decision about a family weighing each member separately. */
@IntegrationTest
class FamilyDecisionsIT {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired JdbcClient jdbc;

    String practitioner;
    String police;
    String child;
    String mother;
    String partner;

    @BeforeEach
    void aFamily() throws Exception {
        practitioner = demo.token(DemoPartnership.COUNCIL_PRACTITIONER);
        police = demo.organisation("Westshire Police").id().toString();
        child = subject("Jamie Family", "2017-02-02");
        mother = subject("Jo Family", "1990-03-03");
        partner = subject("Lee Family", "1988-04-04");
        post("/api/v1/subjects/" + child + "/relatives", "{\"relativeId\":\"%s\",\"relationship\":\"PARENT\"}".formatted(mother)).andExpect(status().isCreated());
        post("/api/v1/subjects/" + child + "/relatives", "{\"relativeId\":\"%s\",\"relationship\":\"PARTNER_OF_PARENT\"}".formatted(partner))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.members.length()").value(2));
    }

    @Test
    void theFamilyShowsFromEitherSideAndALinkIsMadeOnce() throws Exception {
        mvc.perform(get("/api/v1/subjects/" + mother + "/family").header("Authorization", "Bearer " + practitioner))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members[0].subject.id").value(child))
                .andExpect(jsonPath("$.members[0].relationship").value("Child"))
                .andExpect(jsonPath("$.members[1].subject.id").value(partner))
                .andExpect(jsonPath("$.members[1].through").value(child));
        String officer = demo.token(DemoPartnership.POLICE_PRACTITIONER);
        String elsewhere = JsonPath.read(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/subjects")
                        .header("Authorization", "Bearer " + officer).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reference\":\"P-%s\",\"name\":\"Someone Else\"}".formatted(UUID.randomUUID().toString().substring(0, 8))))
                .andReturn().getResponse().getContentAsString(), "$.id");
        Map<String, Long> before = RowCounts.of(jdbc);
        post("/api/v1/subjects/" + mother + "/relatives", "{\"relativeId\":\"%s\",\"relationship\":\"SIBLING\"}".formatted(child))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].rule").value("already-linked"));
        post("/api/v1/subjects/" + mother + "/relatives", "{\"relativeId\":\"%s\",\"relationship\":\"SIBLING\"}".formatted(mother))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].rule").value("another-person"));
        post("/api/v1/subjects/" + mother + "/relatives", "{\"relativeId\":\"%s\",\"relationship\":\"SIBLING\"}".formatted(elsewhere))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("relativeId"));
        mvc.perform(get("/api/v1/subjects/" + mother + "/family").header("Authorization", "Bearer " + officer))
                .andExpect(status().isNotFound());
        assertThat(RowCounts.of(jdbc)).isEqualTo(before);
    }

    @Test
    void eachMemberIsWeighedSeparately() throws Exception {
        String body = post("/api/v1/family-decisions", familyDecision(member(child, true, "\"WOULD_PLACE_CHILD_AT_RISK\"", null, "safeguarding-concern", null),
                member(mother, false, "\"WOULD_PLACE_CHILD_AT_RISK\"", "NO", "address", "mental-health"),
                member(partner, false, "\"WOULD_PLACE_CHILD_AT_RISK\"", "NO", "police-involvement", "school-attendance")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.decisions.length()").value(3))
                .andReturn().getResponse().getContentAsString();
        String family = JsonPath.read(body, "$.id");
        // The child: everything necessary. The adults: what protects the child, nothing more.
        assertThat(JsonPath.<java.util.List<String>>read(body, "$.decisions[0].result.shared[*].code")).containsExactly("safeguarding-concern");
        assertThat(JsonPath.<java.util.List<String>>read(body, "$.decisions[1].result.shared[*].code")).containsExactly("address");
        assertThat(JsonPath.<String>read(body, "$.decisions[1].result.withheld[0].reason")).contains("protects that child");
        assertThat(JsonPath.<java.util.List<String>>read(body, "$.decisions[2].result.shared[*].code")).containsExactly("police-involvement");
        assertThat(JsonPath.<java.util.List<String>>read(body, "$.decisions[*].familyDecisionId")).containsOnly(family);
        mvc.perform(get("/api/v1/family-decisions/" + family).header("Authorization", "Bearer " + practitioner))
                .andExpect(status().isOk()).andExpect(jsonPath("$.decisions.length()").value(3));
        mvc.perform(get("/api/v1/family-decisions/" + family).header("Authorization", "Bearer " + demo.token(DemoPartnership.POLICE_PRACTITIONER)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from ledger_entry where action = 'decision.family-recorded' and subject_id = :id").param("id", family)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from ledger_entry where action = 'decision.recorded' and details like :like")
                .param("like", "%\"family\":\"" + family + "\"%").query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void aMemberOutsideTheFamilyOrWithoutAReasonIsRefusedAndNothingIsWritten() throws Exception {
        String stranger = subject("Sam Stranger", "1970-01-01");
        Map<String, Long> before = RowCounts.of(jdbc);
        post("/api/v1/family-decisions", familyDecision(member(child, true, "\"WOULD_PLACE_CHILD_AT_RISK\"", null, "address", null),
                member(stranger, false, "\"WOULD_PLACE_CHILD_AT_RISK\"", "NO", "address", null)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("members[1].subjectId"))
                .andExpect(jsonPath("$.errors[0].rule").value("family-member"));
        post("/api/v1/family-decisions", familyDecision(member(child, true, "\"WOULD_PLACE_CHILD_AT_RISK\"", null, "address", null),
                member(mother, false, "null", "NO", "address", null)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("members[1].consentNotSoughtReason"))
                .andExpect(jsonPath("$.errors[0].message", containsString("reason must be recorded")));
        assertThat(RowCounts.of(jdbc)).isEqualTo(before);
    }

    private String member(String subject, boolean theChild, String notSought, String adult, String protecting, String other) {
        String items = "{\"code\":\"" + protecting + "\",\"protectsChild\":true}" + (other == null ? "" : ",{\"code\":\"" + other + "\",\"protectsChild\":false}");
        String tests = adult == null ? "" : ",\"adultCareNeeds\":\"%s\",\"adultAbuseOrNeglect\":\"%s\",\"adultUnableToProtect\":\"%s\"".formatted(adult, adult, adult);
        return """
                {"subjectId":"%s","theChildAtRisk":%s,"items":[%s],"consentNotSoughtReason":%s%s,"informPerson":"NO",
                 "notInformReason":"WOULD_CREATE_OR_INCREASE_RISK"}""".formatted(subject, theChild, items, notSought, tests);
    }

    private String familyDecision(String... members) {
        return """
                {"subjectId":"%s","members":[%s],"recipientOrganisationId":"%s","purpose":"SAFEGUARDING_CHILD","purposeLegitimate":"YES",
                 "identifiable":true,"confidential":true,"childAtRisk":"YES","vitalInterests":"NO","proportionate":"YES","lessIntrusiveMeans":"NO",
                 "outsideUk":"NO","rationale":"Jamie disclosed being hit; the police need the household's details for the strategy discussion"}"""
                .formatted(child, String.join(",", members), police);
    }

    private String subject(String name, String dateOfBirth) throws Exception {
        return JsonPath.read(post("/api/v1/subjects", "{\"reference\":\"FAM-%s\",\"name\":\"%s\",\"dateOfBirth\":\"%s\",\"confirmedDifferent\":true}"
                .formatted(UUID.randomUUID().toString().substring(0, 8), name, dateOfBirth)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.id");
    }

    private ResultActions post(String path, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .header("Authorization", "Bearer " + practitioner).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
