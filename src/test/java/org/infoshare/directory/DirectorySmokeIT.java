package org.infoshare.directory;

import java.util.UUID;

import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DirectorySmokeIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPartnership demo;

    @Test
    void aTokenReadsTheDirectoryAndAnotherOrganisationsStaffAreNotFound() throws Exception {
        String token = demo.token(DemoPartnership.COUNCIL_ADMIN);
        mvc.perform(get("/api/v1/organisations").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                // The six demo partners, and any organisation another test has onboarded since.
                .andExpect(jsonPath("$[*].name", org.hamcrest.Matchers.hasItems(DemoDirectory.COUNCIL, DemoDirectory.POLICE,
                        DemoDirectory.NHS, DemoDirectory.SCHOOL, DemoDirectory.PROBATION, DemoDirectory.CHARITY)));
        UUID policeOfficer = demo.userId(DemoPartnership.POLICE_PRACTITIONER);
        mvc.perform(get("/api/v1/users/" + policeOfficer).header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:infoshare:problem:not-found"));
        mvc.perform(get("/api/v1/users/" + UUID.randomUUID()).header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
    }

    @Test
    void unknownFieldsAreRefusedByName() throws Exception {
        String token = demo.token(DemoPartnership.COUNCIL_ADMIN);
        UUID council = demo.organisation("Westshire County Council").id();
        mvc.perform(post("/api/v1/organisations/" + council + "/teams").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Triage\",\"colour\":\"red\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("colour"))
                .andExpect(jsonPath("$.errors[0].rule").value("unknown-field"));
    }

    @Test
    void aRevokedUsersTokenDiesOnItsNextRequest() throws Exception {
        String adminToken = demo.token(DemoPartnership.COUNCIL_ADMIN);
        String created = mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + adminToken)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"username":"temp.%s@westshire-council.example","displayName":"Temp Worker","roles":["PRACTITIONER"]}"""
                                .formatted(UUID.randomUUID())))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        UUID id = UUID.fromString(com.jayway.jsonpath.JsonPath.read(created, "$.id"));
        String username = com.jayway.jsonpath.JsonPath.read(created, "$.username");
        String workerToken = mvc.perform(post("/api/v1/users/" + id + "/tokens").header("Authorization", "Bearer " + adminToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"t\",\"expiresOn\":\"" + java.time.LocalDate.now().plusDays(10) + "\"}"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String secret = com.jayway.jsonpath.JsonPath.read(workerToken, "$.secret");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Temp Worker"));
        mvc.perform(post("/api/v1/users/" + id + "/revocation").header("Authorization", "Bearer " + adminToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"LEFT_ORGANISATION\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
        org.assertj.core.api.Assertions.assertThat(username).startsWith("temp.");
    }
}
