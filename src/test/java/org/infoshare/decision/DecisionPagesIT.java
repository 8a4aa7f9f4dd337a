package org.infoshare.decision;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The guided decision journey, the decision page, advice, and the consent register pages, as a browser uses them. */
@IntegrationTest
class DecisionPagesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPartnership demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPractitionerWalksTheJourneyOneQuestionAtATimeAndGetsAPrintableDecision() throws Exception {
        MockHttpSession session = signIn(DemoPartnership.COUNCIL_PRACTITIONER);
        String police = demo.organisation("Westshire Police").id().toString();
        String location = mvc.perform(get("/decisions/new").session(session)).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).isEqualTo("/decisions/new/person");
        mvc.perform(get(location).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("How urgent is it, and who is it about?")))
                .andExpect(content().string(containsString("The seven golden rules")));
        location = mvc.perform(post(location).session(session).with(csrf())
                        .param("reference", "UI-" + UUID.randomUUID().toString().substring(0, 8)).param("name", "Riley Test")
                        .param("dateOfBirth.day", "3").param("dateOfBirth.month", "4").param("dateOfBirth.year", "2016").param("urgency", "URGENT"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        // An unanswered question is refused with a GOV.UK error and the journey does not move on.
        mvc.perform(post(location).session(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Select an answer")));

        Map<String, Map<String, String>> answers = new HashMap<>();
        answers.put("who-and-why", Map.of("recipient", police, "recipientPerson", "DS Harris", "purpose", "SAFEGUARDING_CHILD", "purposeLegitimate", "YES"));
        answers.put("what", Map.of("items", "safeguarding-concern"));
        answers.put("information", Map.of("alive", "YES", "identifiable", "YES", "confidential", "YES", "consent", DecisionDraft.NOT_SOUGHT));
        answers.put("confidence", Map.of("receivedInConfidenceFrom", DecisionDraft.NONE, "consentNotSoughtReason", "WOULD_PLACE_CHILD_AT_RISK"));
        answers.put("risk", Map.of("childAtRisk", "YES", "vitalInterests", "NO"));
        answers.put("basis", Map.of("lessIntrusiveMeans", "NO", "proportionate", "YES"));
        answers.put("openness", Map.of("outsideUk", "NO", "informPerson", "NO", "adviceWanted", "NO"));
        answers.put("follow-up", Map.of("notInformReason", "WOULD_CREATE_OR_INCREASE_RISK"));
        int pages = 0;
        while (!location.endsWith("/check")) {
            String slug = location.substring(location.lastIndexOf('/') + 1);
            assertThat(answers).as("no answer prepared for " + slug).containsKey(slug);
            mvc.perform(get(location).session(session)).andExpect(status().isOk());
            MockHttpServletRequestBuilder request = post(location).session(session).with(csrf());
            answers.get(slug).forEach(request::param);
            location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
            assertThat(++pages).isLessThan(12);
        }
        mvc.perform(get(location).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("The outcome and your answers")))
                .andExpect(content().string(containsString("Westshire Police")))
                .andExpect(content().string(containsString("govuk-panel__title\">Share<")));
        long decisionsBefore = jdbc.sql("select count(*) from sharing_decision").query(Long.class).single();
        mvc.perform(post("/decisions/new/rationale").session(session).with(csrf()).param("rationale", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter your reasons for the decision")));
        assertThat(jdbc.sql("select count(*) from sharing_decision").query(Long.class).single()).isEqualTo(decisionsBefore);
        String decision = mvc.perform(post("/decisions/new/rationale").session(session).with(csrf())
                        .param("rationale", "The child described being hit; police need to know before the strategy discussion"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(decision).startsWith("/decisions/");
        mvc.perform(get(decision).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("The lawful basis")))
                .andExpect(content().string(containsString("UK GDPR Art 6(1)(e)")))
                .andExpect(content().string(containsString("How the decision was reached")))
                .andExpect(content().string(containsString("confirm what you shared in writing")));

        MockHttpSession officer = signIn(DemoPartnership.POLICE_PRACTITIONER);
        mvc.perform(get(decision).session(officer)).andExpect(status().isNotFound());
        MockHttpSession lapsed = signIn(DemoPartnership.COUNCIL_LAPSED);
        mvc.perform(get(decision).session(lapsed)).andExpect(status().isForbidden());
        mvc.perform(get("/decisions").session(lapsed)).andExpect(status().isForbidden());
    }

    @Test
    void consentIsRecordedWithdrawnAndDownloadedAsFhirInTheUi() throws Exception {
        MockHttpSession session = signIn(DemoPartnership.COUNCIL_PRACTITIONER);
        String nhs = demo.organisation("Westshire Community Health NHS Trust").id().toString();
        mvc.perform(post("/consents/new").session(session).with(csrf()).param("reference", "C-" + UUID.randomUUID().toString().substring(0, 8))
                        .param("name", "Sam Test").param("answer", "GIVEN").param("givenBy", "PERSON").param("explicit", "true")
                        .param("medium", "VERBAL").param("givenOn.day", "1").param("givenOn.month", "11").param("givenOn.year", "2026")
                        .param("purposes", "HEALTH_AND_CARE").param("recipients", nhs))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the time verbal consent was given or refused")))
                .andExpect(content().string(containsString("Enter what was agreed")));
        String record = mvc.perform(post("/consents/new").session(session).with(csrf()).param("reference", "C-" + UUID.randomUUID().toString().substring(0, 8))
                        .param("name", "Sam Test").param("dateOfBirth.day", "1").param("dateOfBirth.month", "1").param("dateOfBirth.year", "1980")
                        .param("answer", "GIVEN").param("givenBy", "PERSON").param("capacity", "ASSUMED").param("explicit", "true")
                        .param("medium", "VERBAL").param("givenOn.day", "1").param("givenOn.month", "11").param("givenOn.year", "2026")
                        .param("givenTime", "09:30").param("whatWasAgreed", "Health visitor may share with the GP practice")
                        .param("purposes", "HEALTH_AND_CARE").param("recipients", nhs))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(record).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Health visitor may share with the GP practice")));
        mvc.perform(post(record + "/withdraw").session(session).with(csrf()).param("withdrawnOn.day", "2").param("withdrawnOn.month", "11")
                .param("withdrawnOn.year", "2026")).andExpect(status().is3xxRedirection());
        mvc.perform(get(record).session(session)).andExpect(content().string(containsString("Withdrawn")));
        mvc.perform(get(record + "/fhir").session(session)).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("application/fhir+json")))
                .andExpect(content().string(containsString("\"resourceType\": \"Consent\"")));
    }

    @Test
    void aManagerAdvisesFromTheQueue() throws Exception {
        String token = demo.token(DemoPartnership.COUNCIL_PRACTITIONER);
        String subject = com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/v1/subjects").header("Authorization", "Bearer " + token)
                        .contentType("application/json").content("{\"reference\":\"ADV-%s\",\"name\":\"Alex Test\",\"dateOfBirth\":\"2018-01-01\",\"confirmedDifferent\":true}"
                                .formatted(UUID.randomUUID().toString().substring(0, 8))))
                .andReturn().getResponse().getContentAsString(), "$.id");
        String police = demo.organisation("Westshire Police").id().toString();
        String id = com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/v1/decisions").header("Authorization", "Bearer " + token)
                        .contentType("application/json").content(DecisionApiIT.decision(subject, police, "null", "\"WOULD_PLACE_CHILD_AT_RISK\"", "NOT_SURE", "Unsure")))
                .andReturn().getResponse().getContentAsString(), "$.id");
        MockHttpSession manager = signIn(DemoPartnership.COUNCIL_MANAGER);
        mvc.perform(get("/advice").session(manager)).andExpect(status().isOk()).andExpect(content().string(containsString("/advice/" + id)));
        mvc.perform(post("/advice/" + id).session(manager).with(csrf()).param("advice", "Please share"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Answer yes or no")));
        mvc.perform(post("/advice/" + id).session(manager).with(csrf()).param("answers[CHILD_AT_RISK]", "YES").param("advice", "Yes, this meets the threshold"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/decisions/" + id).session(manager)).andExpect(content().string(containsString("Yes, this meets the threshold")));
        MockHttpSession practitioner = signIn(DemoPartnership.COUNCIL_PRACTITIONER);
        mvc.perform(get("/advice").session(practitioner)).andExpect(status().isForbidden());
    }

    private MockHttpSession signIn(String username) throws Exception {
        MvcResult result = mvc.perform(post("/sign-in").with(csrf()).param("username", username).param("password", DemoPartnership.PASSWORD))
                .andExpect(status().is3xxRedirection()).andReturn();
        return (MockHttpSession) result.getRequest().getSession();
    }
}
