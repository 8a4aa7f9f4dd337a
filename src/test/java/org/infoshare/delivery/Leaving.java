package org.infoshare.delivery;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Team;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.ShareDecisions;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A police officer about to leave, made through the API: in the Public Protection Desk and a team of their own
 * (which they would leave empty), with a disclosure addressed to them that nobody has opened and a request for
 * information they sent that is still waiting for its answer.
 */
final class Leaving {

    record Leaver(UUID id, String username, UUID ownTeam, UUID disclosure, UUID request) {
    }

    private final MockMvc mvc;
    private final DemoPartnership demo;
    private final DirectoryLookup directory;

    Leaving(MockMvc mvc, DemoPartnership demo, DirectoryLookup directory) {
        this.mvc = mvc;
        this.demo = demo;
        this.directory = directory;
    }

    Leaver officer(String displayName) throws Exception {
        return officer(displayName, false);
    }

    /**
     * As {@link #officer(String)}; where {@code deskDecided}, the decision their disclosure was sent on named the
     * Public Protection Desk, so that it may go only to someone in the desk.
     */
    Leaver officer(String displayName, boolean deskDecided) throws Exception {
        UUID police = demo.organisation("Westshire Police").id();
        UUID desk = directory.teams(police).stream().filter(t -> t.name().equals("Public Protection Desk")).map(Team::id).findFirst().orElseThrow();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String admin = demo.token(DemoPartnership.POLICE_ADMIN);
        UUID team = id(send(admin, "/api/v1/organisations/" + police + "/teams", "{\"name\":\"Night desk " + suffix + "\"}"));
        String username = "leaving." + suffix + "@westshire-police.example";
        UUID leaver = id(send(admin, "/api/v1/users", """
                {"username":"%s","displayName":"%s","roles":["PRACTITIONER"],"teamIds":["%s","%s"],"password":"%s",
                 "trainingCompletedOn":"%s","trainingExpiresOn":"%s"}"""
                .formatted(username, displayName, desk, team, DemoPartnership.PASSWORD, LocalDate.now().minusDays(10), LocalDate.now().plusYears(1))));

        ShareDecisions decisions = new ShareDecisions(mvc, demo);
        ShareDecisions.Decided decision = deskDecided ? decisions.toPoliceTeam(DemoPartnership.COUNCIL_PRACTITIONER, desk)
                : decisions.toPolice(DemoPartnership.COUNCIL_PRACTITIONER);
        UUID disclosure = id(send(demo.token(DemoPartnership.COUNCIL_PRACTITIONER), "/api/v1/disclosures",
                DisclosureIT.body(decision.decisionId(), "\"recipientUserId\":\"" + leaver + "\"", DisclosureIT.concern("For " + displayName), "", null)));

        String own = demo.token(username);
        UUID subject = id(send(own, "/api/v1/subjects", "{\"reference\":\"LEAVE-%s\",\"name\":\"Robin Leaverchild\",\"dateOfBirth\":\"2014-04-04\",\"confirmedDifferent\":true}"
                .formatted(suffix)));
        UUID request = id(send(own, "/api/v1/requests", """
                {"subjectId":"%s","holderOrganisationId":"%s","purpose":"SAFEGUARDING_CHILD","gatewayCode":"CA1989-S47",
                 "urgency":"URGENT","items":["address"],"reason":"Strategy discussion tomorrow"}"""
                .formatted(subject, demo.organisation("Westshire County Council").id())));
        return new Leaver(leaver, username, team, disclosure, request);
    }

    /** A police officer in a team of their own only, not in the Public Protection Desk. */
    UUID outsideTheDesk(String displayName) throws Exception {
        UUID police = demo.organisation("Westshire Police").id();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String admin = demo.token(DemoPartnership.POLICE_ADMIN);
        UUID team = id(send(admin, "/api/v1/organisations/" + police + "/teams", "{\"name\":\"Day desk " + suffix + "\"}"));
        return id(send(admin, "/api/v1/users", """
                {"username":"outside.%s@westshire-police.example","displayName":"%s","roles":["PRACTITIONER"],"teamIds":["%s"],"password":"%s",
                 "trainingCompletedOn":"%s","trainingExpiresOn":"%s"}"""
                .formatted(suffix, displayName, team, DemoPartnership.PASSWORD, LocalDate.now().minusDays(10), LocalDate.now().plusYears(1))));
    }

    private String send(String token, String path, String body) throws Exception {
        return mvc.perform(post(path).header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    private static UUID id(String body) {
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }
}
