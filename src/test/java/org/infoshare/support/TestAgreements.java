package org.infoshare.support;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.agreement.AgreementRegister;
import org.infoshare.agreement.AgreementTerms;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Fresh agreements for tests that must not share the demo's: a copy of the demo's active Supporting Families
 * agreement (council and police, seed 002) under a new title, imported, assessed, submitted and signed by both
 * parties through the API, so that it is active.
 */
public final class TestAgreements {

    public static final String COUNCIL_DPO = "dpo@westshire-council.example";
    public static final String POLICE_DPO = "dpo@westshire-police.example";

    private final MockMvc mvc;
    private final DemoPartnership demo;
    private final AgreementRegister register;
    private final JsonMapper json = JsonMapper.builder().build();

    public TestAgreements(MockMvc mvc, DemoPartnership demo, AgreementRegister register) {
        this.mvc = mvc;
        this.demo = demo;
        this.register = register;
    }

    /** The demo's active agreement between the council and the police. */
    public AgreementTerms supportingFamilies() {
        return register.between(demo.organisation("Westshire County Council").id(), demo.organisation("Westshire Police").id())
                .stream().filter(AgreementTerms::inForce)
                .filter(t -> t.title().equals("Westshire Supporting Families Data Sharing Agreement"))
                .findFirst().orElseThrow();
    }

    /** A new active agreement between the council and the police with the Supporting Families terms. */
    public UUID activeCopy(String title) throws Exception {
        String council = demo.token(COUNCIL_DPO);
        String police = demo.token(POLICE_DPO);
        String exported = mvc.perform(as(council, get("/api/v1/agreements/" + supportingFamilies().agreementId() + "/export")
                        .param("format", "json")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        ObjectNode file = (ObjectNode) json.readTree(exported);
        file.remove("reference");
        ((ObjectNode) file.get("agreement")).put("title", title);
        String created = mvc.perform(as(council, post("/api/v1/agreements/imports"))
                        .content(json.writeValueAsString(json.createObjectNode().put("format", "JSON").put("content", json.writeValueAsString(file)))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        UUID id = UUID.fromString(JsonPath.read(created, "$.id"));
        mvc.perform(as(council, put("/api/v1/agreements/" + id + "/dpia/screening")).content("""
                        {"largeScale":true,"systematicMonitoring":false,"dataMatching":true,"innovativeTechnology":false,
                         "denialOfService":false,"evaluationOrScoring":false,"automatedDecisions":false,
                         "invisibleProcessing":false,"riskOfPhysicalHarm":false}"""))
                .andExpect(status().isOk());
        String assessment = """
                {"assessment":{"benefits":"Families are identified early and supported.",
                 "risksToIndividuals":[{"description":"Information seen beyond those with a need to know.","likelihood":"REMOTE","severity":"SIGNIFICANT"}],
                 "risksToOrganisation":[{"description":"Regulatory action if shared inappropriately.","likelihood":"REMOTE","severity":"SEVERE"}],
                 "riskOfNotSharing":"Families at risk are not identified.",
                 "mitigations":"Minimisation, need-to-know access, encryption and audit.",
                 "residualRisk":"LOW","dpoAdvice":"Proceed."}}""";
        mvc.perform(as(council, put("/api/v1/agreements/" + id + "/dpia/assessment")).content(assessment)).andExpect(status().isOk());
        mvc.perform(as(council, post("/api/v1/agreements/" + id + "/dpia/sign-off"))).andExpect(status().isOk());
        mvc.perform(as(council, post("/api/v1/agreements/" + id + "/submission"))).andExpect(status().isOk());
        mvc.perform(as(council, post("/api/v1/agreements/" + id + "/versions/1/signatures"))).andExpect(status().isCreated());
        mvc.perform(as(police, post("/api/v1/agreements/" + id + "/versions/1/signatures")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        return id;
    }

    private static MockHttpServletRequestBuilder as(String token, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }
}
