package org.infoshare.web;

import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Health and info are public; metrics need an API token, as a scraper would send. */
@IntegrationTest
class OperationsEndpointsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPartnership demo;

    @Test
    void healthIncludesTheDatabaseAndNeedsNoSignIn() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
        mvc.perform(get("/actuator/info")).andExpect(status().isOk());
    }

    @Test
    void metricsAreForTokenHoldersOnly() throws Exception {
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:infoshare:problem:unauthenticated"));
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + demo.token(DemoPartnership.COUNCIL_ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")))
                .andExpect(content().string(containsString("hikaricp_connections")));
    }
}
