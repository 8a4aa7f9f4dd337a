package org.infoshare.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.directory.DemoDirectory;
import org.infoshare.support.DemoPartnership;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The agreement API as the tests drive it: demo users' requests, and agreements between the council and the
 * police taken as far as a test needs (a draft, a complete document, a signed-off DPIA, in force).
 */
public final class AgreementApiCalls {

    static final String COUNCIL_DPO = DemoPartnership.COUNCIL_DPO;
    static final String COUNCIL_PRACTITIONER = DemoPartnership.COUNCIL_PRACTITIONER;
    public static final String POLICE_DPO = "dpo@westshire-police.example";
    static final String SCHOOL_DPO = "dpo@riverside-academy.example";
    static final String CHARITY_DPO = "dpo@family-lifeline.example";

    private final MockMvc mvc;
    private final DemoPartnership demo;
    private final JsonMapper json;
    private final Map<String, String> tokens = new HashMap<>();

    public AgreementApiCalls(MockMvc mvc, DemoPartnership demo, JsonMapper json) {
        this.mvc = mvc;
        this.demo = demo;
        this.json = json;
    }

    /** The request, made by this demo user with a JSON body. */
    public MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        String token = tokens.computeIfAbsent(username, demo::token);
        return request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }

    UUID council() {
        return demo.organisation(DemoDirectory.COUNCIL).id();
    }

    UUID police() {
        return demo.organisation(DemoDirectory.POLICE).id();
    }

    UUID createDraft(String title) throws Exception {
        String body = mvc.perform(as(COUNCIL_DPO, post("/api/v1/agreements")).content("{\"title\":\"" + title + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }

    /** The Supporting Families terms between council and police, under this title. */
    AgreementDocument complete(String title) {
        return DocumentCopy.edit(AgreementFixtures.supportingFamilies(council(), police()), c -> c.title = title);
    }

    int revision(UUID id) throws Exception {
        String body = mvc.perform(as(COUNCIL_DPO, get("/api/v1/agreements/" + id))).andReturn().getResponse().getContentAsString();
        List<Integer> revisions = JsonPath.read(body, "$.versions[-1:].revision");
        return revisions.get(0);
    }

    ResultActions saveDraft(UUID id, AgreementDocument document) throws Exception {
        return mvc.perform(as(COUNCIL_DPO, put("/api/v1/agreements/" + id + "/draft"))
                .content(json.writeValueAsString(Map.of("document", document, "revision", revision(id)))));
    }

    /** Screened as needing a full DPIA, assessed and signed off by the council's Data Protection Officer. */
    void dpiaDone(UUID id) throws Exception {
        mvc.perform(as(COUNCIL_DPO, put("/api/v1/agreements/" + id + "/dpia/screening")).content("""
                        {"largeScale":true,"systematicMonitoring":false,"dataMatching":true,"innovativeTechnology":false,
                         "denialOfService":false,"evaluationOrScoring":false,"automatedDecisions":false,
                         "invisibleProcessing":false,"riskOfPhysicalHarm":false}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fullRequired").value(true));
        mvc.perform(as(COUNCIL_DPO, put("/api/v1/agreements/" + id + "/dpia/assessment"))
                        .content(json.writeValueAsString(Map.of("assessment", AgreementFixtures.completeAssessment()))))
                .andExpect(status().isOk());
        mvc.perform(as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/dpia/sign-off")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.signedOffAt").isNotEmpty());
    }

    /** A fresh agreement between council and police, active. */
    public UUID activeAgreement(String title) throws Exception {
        UUID id = createDraft(title);
        saveDraft(id, complete(title)).andExpect(status().isOk());
        dpiaDone(id);
        mvc.perform(as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/submission"))).andExpect(status().isOk());
        mvc.perform(as(COUNCIL_DPO, post("/api/v1/agreements/" + id + "/versions/1/signatures"))).andExpect(status().isCreated());
        mvc.perform(as(POLICE_DPO, post("/api/v1/agreements/" + id + "/versions/1/signatures")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        return id;
    }
}
