package org.infoshare.decision;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Requests, reviews and the registers' pages render and refuse bad input with GOV.UK errors. */
@IntegrationTest
class DecisionPagesRenderIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPartnership demo;

    @Test
    void aRequestIsSentRefusedExplainedAndReopenedThroughThePages() throws Exception {
        MockHttpSession officer = signIn(DemoPartnership.POLICE_PRACTITIONER);
        String council = demo.organisation("Westshire County Council").id().toString();
        mvc.perform(get("/requests").session(officer)).andExpect(status().isOk()).andExpect(content().string(containsString("Requests for information")));
        mvc.perform(get("/requests/new").session(officer)).andExpect(status().isOk()).andExpect(content().string(containsString("The legal basis of your request")));
        mvc.perform(post("/requests/new").session(officer).with(csrf()).param("reference", "R-" + UUID.randomUUID().toString().substring(0, 8)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("enter their full name")));
        String request = mvc.perform(post("/requests/new").session(officer).with(csrf())
                        .param("reference", "R-" + UUID.randomUUID().toString().substring(0, 8)).param("name", "Kim Test")
                        .param("dateOfBirth.day", "1").param("dateOfBirth.month", "2").param("dateOfBirth.year", "2013")
                        .param("holderOrganisationId", council).param("purpose", "SAFEGUARDING_CHILD").param("gatewayCode", "CA1989-S47")
                        .param("forPartnershipFunctions", "false").param("urgency", "URGENT").param("items", "address").param("reason", "Strategy meeting"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(request).session(officer)).andExpect(status().isOk()).andExpect(content().string(containsString("Waiting for an answer")));

        MockHttpSession practitioner = signIn(DemoPartnership.COUNCIL_PRACTITIONER);
        mvc.perform(get("/requests").session(practitioner)).andExpect(status().isOk()).andExpect(content().string(containsString(request)));
        mvc.perform(get(request).session(practitioner)).andExpect(status().isOk()).andExpect(content().string(containsString("Decide whether to share")));
        String id = request.substring(request.lastIndexOf('/') + 1);
        mvc.perform(get("/decisions/answer-request/" + id).session(practitioner)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/decisions/new/person").session(practitioner)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kim Test")));

        // Answer through the API (the journey itself is covered elsewhere) and see the refusal explained in the requester's page.
        String token = demo.token(DemoPartnership.COUNCIL_PRACTITIONER);
        String subject = JsonPath.read(mvc.perform(post("/api/v1/subjects").header("Authorization", "Bearer " + token).contentType("application/json")
                .content("{\"reference\":\"K-%s\",\"name\":\"Kim Test\"}".formatted(UUID.randomUUID().toString().substring(0, 8))))
                .andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/v1/requests/" + id + "/decision").header("Authorization", "Bearer " + token).contentType("application/json")
                        .content("{\"decision\":" + DecisionApiIT.decision(subject, demo.organisation("Westshire Police").id().toString(), "null",
                                "\"NOT_REASONABLE\"", "NO", "Nothing held").replace("\"lessIntrusiveMeans\":\"NO\"", "\"lessIntrusiveMeans\":\"YES\"")
                                + ",\"messageToRequester\":\"The school nurse can tell you this directly\"}"))
                .andExpect(status().isOk());
        mvc.perform(get(request).session(officer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("The school nurse can tell you this directly")))
                .andExpect(content().string(containsString("Ask them to reconsider")));
        mvc.perform(post(request + "/new-information").session(officer).with(csrf()).param("newInformation", " "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Enter the new information")));
        mvc.perform(post(request + "/new-information").session(officer).with(csrf()).param("newInformation", "The nurse is on leave"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(request).session(practitioner)).andExpect(content().string(containsString("The nurse is on leave")));
    }

    @Test
    void theRegisterAndTheQueuesRender() throws Exception {
        MockHttpSession practitioner = signIn(DemoPartnership.COUNCIL_PRACTITIONER);
        mvc.perform(get("/consents").session(practitioner)).andExpect(status().isOk()).andExpect(content().string(containsString("Consent register")));
        mvc.perform(get("/consents/new").session(practitioner)).andExpect(status().isOk()).andExpect(content().string(containsString("With which organisations?")));
        mvc.perform(post("/consents/new").session(practitioner).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")));
        mvc.perform(get("/decisions").session(practitioner)).andExpect(status().isOk()).andExpect(content().string(containsString("Start a decision")));
        MockHttpSession manager = signIn(DemoPartnership.COUNCIL_MANAGER);
        mvc.perform(get("/advice").session(manager)).andExpect(status().isOk()).andExpect(content().string(containsString("Decisions waiting for your advice")));
        mvc.perform(get("/consents/" + UUID.randomUUID()).session(practitioner)).andExpect(status().isNotFound());
        mvc.perform(get("/requests/" + UUID.randomUUID()).session(practitioner)).andExpect(status().isNotFound());
        mvc.perform(get("/advice/reviews/" + UUID.randomUUID()).session(manager)).andExpect(status().isNotFound());
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(post("/sign-in").with(csrf()).param("username", username).param("password", DemoPartnership.PASSWORD))
                .andExpect(status().is3xxRedirection()).andReturn().getRequest().getSession();
    }
}
