package org.infoshare.web;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.Public;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.access.SignedIn;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.SignedInSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The access rules at run time, on handlers that exist only in this test's own application context: one
 * without a rule (or with conflicting rules) is refused to everybody, even on a path the filter chain
 * leaves open; one for personal data refuses a user whose mandatory training has lapsed.
 */
@IntegrationTest
@DirtiesContext
class AccessRuleEnforcementIT {

    static final AtomicInteger reached = new AtomicInteger();

    @TestConfiguration(proxyBeanMethods = false)
    static class Probes {
        @Bean
        ProbeApi probeApi() {
            return new ProbeApi();
        }

        @Bean
        ProbePages probePages() {
            return new ProbePages();
        }

        @Bean
        ConflictingProbePages conflictingProbePages() {
            return new ConflictingProbePages();
        }
    }

    @RestController
    static class ProbeApi {
        @GetMapping("/api/v1/probe/no-rule")
        String noRule() {
            reached.incrementAndGet();
            return "reached";
        }

        @GetMapping("/api/v1/probe/conflicting")
        @Public
        @SignedIn
        String conflicting() {
            reached.incrementAndGet();
            return "reached";
        }

        @GetMapping("/api/v1/probe/personal-data")
        @SignedIn(personalData = true)
        Map<String, String> personalData(Actor actor) {
            reached.incrementAndGet();
            return Map.of("opened", "yes");
        }

        @GetMapping("/api/v1/probe/practitioners-personal-data")
        @RolesAllowed(value = Role.PRACTITIONER, personalData = true)
        Map<String, String> practitionersPersonalData(Actor actor) {
            reached.incrementAndGet();
            return Map.of("opened", "yes");
        }
    }

    @Controller
    static class ProbePages {
        @GetMapping("/probe/no-rule")
        @ResponseBody
        String noRule() {
            reached.incrementAndGet();
            return "reached";
        }

        /** Under /public/**, which the filter chain leaves open: only the missing rule stands in the way. */
        @GetMapping("/public/probe/no-rule")
        @ResponseBody
        String publicPathNoRule() {
            reached.incrementAndGet();
            return "reached";
        }

        @GetMapping("/probe/personal-data")
        @SignedIn(personalData = true)
        @ResponseBody
        String personalData() {
            reached.incrementAndGet();
            return "opened personal data";
        }
    }

    /** Conflicting rules on the class cannot be rescued by a rule on the method. */
    @Controller
    @Public
    @SignedIn
    static class ConflictingProbePages {
        @GetMapping("/public/probe/conflicting-class")
        @SignedIn
        @ResponseBody
        String conflictingClass() {
            reached.incrementAndGet();
            return "reached";
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPartnership demo;

    @BeforeEach
    void reset() {
        reached.set(0);
    }

    @Test
    void aHandlerWithoutARuleIsRefusedToEveryone() throws Exception {
        mvc.perform(get("/public/probe/no-rule")).andExpect(status().isForbidden());
        mvc.perform(get("/public/probe/conflicting-class")).andExpect(status().isForbidden());
        for (String username : new String[] {DemoPartnership.COUNCIL_ADMIN, DemoPartnership.COUNCIL_PRACTITIONER, DemoPartnership.COUNCIL_DPO}) {
            MockHttpSession session = SignedInSession.of(mvc, username);
            mvc.perform(get("/probe/no-rule").session(session))
                    .andExpect(status().isForbidden())
                    .andExpect(view().name("error/403"));
            mvc.perform(get("/public/probe/no-rule").session(session)).andExpect(status().isForbidden());
            mvc.perform(get("/public/probe/conflicting-class").session(session)).andExpect(status().isForbidden());
            String token = demo.token(username);
            for (String path : new String[] {"/api/v1/probe/no-rule", "/api/v1/probe/conflicting"}) {
                mvc.perform(get(path).header("Authorization", "Bearer " + token))
                        .andExpect(status().isForbidden())
                        .andExpect(jsonPath("$.type").value("urn:infoshare:problem:forbidden"));
            }
        }
        assertThat(reached).as("no refused handler ran").hasValue(0);
    }

    @Test
    void personalDataIsRefusedWhileTrainingHasLapsed() throws Exception {
        String lapsedToken = demo.token(DemoPartnership.COUNCIL_LAPSED);
        for (String path : new String[] {"/api/v1/probe/personal-data", "/api/v1/probe/practitioners-personal-data"}) {
            mvc.perform(get(path).header("Authorization", "Bearer " + lapsedToken))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value("urn:infoshare:problem:training-lapsed"))
                    .andExpect(jsonPath("$.detail").value(containsString("training has lapsed")));
        }
        MockHttpSession lapsed = SignedInSession.of(mvc, DemoPartnership.COUNCIL_LAPSED);
        mvc.perform(get("/probe/personal-data").session(lapsed))
                .andExpect(status().isForbidden())
                .andExpect(view().name("error/403"))
                .andExpect(content().string(containsString("Your training has lapsed")))
                .andExpect(content().string(containsString("record your renewed training")));
        // Pages without personal data stay open to them, with a warning.
        mvc.perform(get("/").session(lapsed)).andExpect(status().isOk());
        assertThat(reached).hasValue(0);
    }

    @Test
    void personalDataOpensForAUserWithCurrentTraining() throws Exception {
        String token = demo.token(DemoPartnership.COUNCIL_PRACTITIONER);
        mvc.perform(get("/api/v1/probe/personal-data").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.opened").value("yes"));
        mvc.perform(get("/api/v1/probe/practitioners-personal-data").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        mvc.perform(get("/probe/personal-data").session(SignedInSession.of(mvc, DemoPartnership.COUNCIL_PRACTITIONER)))
                .andExpect(status().isOk())
                .andExpect(content().string("opened personal data"));
        // A role rule is checked before training: the DPO (current training) is not a practitioner.
        mvc.perform(get("/api/v1/probe/practitioners-personal-data").header("Authorization", "Bearer " + demo.token(DemoPartnership.COUNCIL_DPO)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:infoshare:problem:forbidden"));
        assertThat(reached).hasValue(3);
    }

    @Test
    void anonymousCallersAreAskedToSignInFirst() throws Exception {
        mvc.perform(get("/probe/personal-data"))
                .andExpect(status().isFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/sign-in"));
        mvc.perform(get("/api/v1/probe/personal-data")).andExpect(status().isUnauthorized());
        assertThat(reached).hasValue(0);
    }
}
