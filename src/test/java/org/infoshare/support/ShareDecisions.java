package org.infoshare.support;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Completed share decisions for tests, made through the decisions API: the council's social worker
 * decides to share a child's safeguarding concern and address with the police (a third item, school
 * attendance, is judged unnecessary and withheld).
 */
public final class ShareDecisions {

    public static final String SUBJECT_NAME = "Kayden Testchild";

    private final MockMvc mvc;
    private final DemoPartnership demo;

    public ShareDecisions(MockMvc mvc, DemoPartnership demo) {
        this.mvc = mvc;
        this.demo = demo;
    }

    public record Decided(UUID decisionId, UUID subjectId) {
    }

    public Decided toPolice(String username) throws Exception {
        return decide(username, null);
    }

    /** A share that relies on consent rather than on a child being at risk. */
    public Decided toPoliceOnConsent(String username, UUID subject, String consentId) throws Exception {
        return decide(username, subject, consentId);
    }

    public UUID subject(String username) throws Exception {
        String body = post(username, "/api/v1/subjects", "{\"reference\":\"DLV-%s\",\"name\":\"%s\",\"dateOfBirth\":\"2016-05-01\",\"confirmedDifferent\":true}"
                .formatted(UUID.randomUUID().toString().substring(0, 18), SUBJECT_NAME));
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }

    private Decided decide(String username, UUID subject) throws Exception {
        return decide(username, subject == null ? subject(username) : subject, null);
    }

    /** A share of a child's safeguarding concern and address about an existing person, to the organisation named. */
    public Decided to(String username, UUID subject, String organisation) throws Exception {
        return decide(username, subject, null, organisation);
    }

    private Decided decide(String username, UUID subject, String consentId) throws Exception {
        return decide(username, subject, consentId, "Westshire Police");
    }

    /** A share to one named team of the police: what is sent on it stays within that team. */
    public Decided toPoliceTeam(String username, UUID team) throws Exception {
        return decide(username, subject(username), null, "Westshire Police", team);
    }

    private Decided decide(String username, UUID subject, String consentId, String organisation) throws Exception {
        return decide(username, subject, consentId, organisation, null);
    }

    private Decided decide(String username, UUID subject, String consentId, String organisation, UUID team) throws Exception {
        String police = demo.organisation(organisation).id().toString();
        String body = """
                {"subjectId":"%s","recipientOrganisationId":"%s","recipientTeamId":%s,"purpose":"SAFEGUARDING_CHILD","purposeLegitimate":"YES",
                 "items":[{"code":"safeguarding-concern","identifiesOthers":true},{"code":"address"},{"code":"school-attendance","necessary":false}],
                 "identifiable":true,"confidential":true,"consentId":%s,"consentNotSoughtReason":%s,"childAtRisk":"%s","vitalInterests":"NO",
                 "proportionate":"YES","lessIntrusiveMeans":"NO","outsideUk":"NO","informPerson":"NO",
                 "notInformReason":"WOULD_CREATE_OR_INCREASE_RISK","rationale":"Bruises seen twice; the neighbour's account supports it"}"""
                .formatted(subject, police, team == null ? "null" : "\"" + team + "\"", consentId == null ? "null" : "\"" + consentId + "\"",
                        consentId == null ? "\"WOULD_PLACE_CHILD_AT_RISK\"" : "null", consentId == null ? "YES" : "NO");
        String decided = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/decisions")
                        .header("Authorization", "Bearer " + demo.token(username)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.outcome").value("SHARE"))
                .andReturn().getResponse().getContentAsString();
        return new Decided(UUID.fromString(JsonPath.read(decided, "$.id")), subject);
    }

    public String post(String username, String path, String body) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                        .header("Authorization", "Bearer " + demo.token(username)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is2xxSuccessful())
                .andReturn().getResponse().getContentAsString();
    }
}
