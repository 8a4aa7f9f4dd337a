package org.infoshare.linkage;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Team;
import org.infoshare.support.DemoPartnership;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The linkage API as the demo partnership's people call it: one token each, the council's teams, a run waited for. */
final class LinkageApiCalls {

    private final MockMvc mvc;
    private final DemoPartnership demo;
    private final DirectoryLookup directory;
    private final Map<String, String> tokens;

    /** @param tokens where tokens are kept: a map that lives as long as the test class, so that no later request issues one */
    LinkageApiCalls(MockMvc mvc, DemoPartnership demo, DirectoryLookup directory, Map<String, String> tokens) {
        this.mvc = mvc;
        this.demo = demo;
        this.directory = directory;
        this.tokens = tokens;
    }

    static Map<String, String> tokens() {
        return new ConcurrentHashMap<>();
    }

    MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + tokens.computeIfAbsent(username, demo::token));
    }

    UUID team(String name) {
        UUID council = demo.organisation("Westshire County Council").id();
        return directory.teams(council).stream().filter(t -> t.name().equals(name)).map(Team::id).findFirst().orElseThrow();
    }

    /** Starts a run of the plan as its analyst and waits (a minute at most) for it to finish. */
    UUID finishedRun(String analyst, UUID plan) throws Exception {
        String started = mvc.perform(as(analyst, post("/api/v1/linkage-plans/" + plan + "/runs")))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        UUID id = UUID.fromString(JsonPath.read(started, "$.id"));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String status = "RUNNING";
        while ("RUNNING".equals(status) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            status = JsonPath.read(mvc.perform(as(analyst, get("/api/v1/linkage-runs/" + id))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(), "$.status");
        }
        assertThat(status).as("the run finished within a minute").isEqualTo("FINISHED");
        return id;
    }
}
