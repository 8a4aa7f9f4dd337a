package org.infoshare.web;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.infoshare.directory.ApiTokens;
import org.infoshare.directory.DirectoryCommands;
import org.infoshare.directory.StaffAdministration;
import org.infoshare.directory.StaffMember;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
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

/** Health and info are public; metrics need a service operator's API token, as a scraper would send. */
@IntegrationTest
class OperationsEndpointsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPartnership demo;

    @Autowired
    StaffAdministration staff;

    @Autowired
    ApiTokens tokens;

    @Test
    void healthIncludesTheDatabaseAndNeedsNoSignIn() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
        mvc.perform(get("/actuator/info")).andExpect(status().isOk());
    }

    @Test
    void metricsAreForAServiceOperatorsTokenOnly() throws Exception {
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:infoshare:problem:unauthenticated"));
        for (String other : new String[] {DemoPartnership.COUNCIL_ADMIN, DemoPartnership.COUNCIL_AUDITOR, DemoPartnership.COUNCIL_PRACTITIONER}) {
            mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + demo.token(other)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value("urn:infoshare:problem:forbidden"));
        }
        Actor admin = demo.actor(DemoPartnership.COUNCIL_ADMIN);
        String username = "metrics." + UUID.randomUUID().toString().substring(0, 8) + "@westshire-council.example";
        StaffMember scraper = staff.create(admin, new DirectoryCommands.NewStaffMember(Actor.Kind.SYSTEM, username, "Metrics scraper",
                null, null, Set.of(Role.OPERATOR), Set.of(), null, null, null, null, null, null));
        String operator = tokens.issue(admin, scraper.id(), new DirectoryCommands.IssueToken("Prometheus", LocalDate.now().plusDays(30))).secret();
        mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + operator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")))
                .andExpect(content().string(containsString("hikaricp_connections")));
        // The operator's role opens nothing about the partnership's information.
        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + operator)).andExpect(status().isForbidden());
    }
}
