package org.infoshare.rights;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.support.ShareDecisions;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Team;
import org.infoshare.rights.rules.IdentityCheck;
import org.infoshare.rights.rules.ReceivedHow;
import org.infoshare.rights.rules.RequesterCapacity;
import org.infoshare.rights.rules.RightKind;
import org.infoshare.shared.Actor;
import org.infoshare.support.DemoPartnership;
import org.springframework.test.web.servlet.MockMvc;

/**
 * People, shares and rights requests for the rights tests: the council's social worker records a child and shares
 * their safeguarding concern and address with named teams elsewhere; the council's DPO receives requests about them.
 */
final class RightsFixtures {

    static final String SOCIAL_WORKER = DemoPartnership.COUNCIL_PRACTITIONER;
    static final String COUNCIL_DPO = DemoPartnership.COUNCIL_DPO;
    static final String POLICE_DPO = "dpo@westshire-police.example";
    static final String OFFICER = DemoPartnership.POLICE_PRACTITIONER;
    static final String HEALTH_VISITOR = DemoPartnership.NHS_PRACTITIONER;
    static final String NHS_DPO = "dpo@westshire-nhs.example";

    private final MockMvc mvc;
    private final DemoPartnership demo;
    private final DirectoryLookup directory;
    private final RightsRequests requests;
    private final ShareDecisions shares;

    RightsFixtures(MockMvc mvc, DemoPartnership demo, DirectoryLookup directory, RightsRequests requests) {
        this.mvc = mvc;
        this.demo = demo;
        this.directory = directory;
        this.requests = requests;
        this.shares = new ShareDecisions(mvc, demo);
    }

    Actor actor(String username) {
        return demo.actor(username);
    }

    /** A child in the council's records, with their reference, name and date of birth as given. */
    UUID person(String reference, String name, LocalDate dateOfBirth) throws Exception {
        String body = shares.post(SOCIAL_WORKER, "/api/v1/subjects", "{\"reference\":\"%s\",\"name\":\"%s\",\"dateOfBirth\":\"%s\",\"confirmedDifferent\":true}"
                .formatted(reference, name, dateOfBirth));
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }

    UUID person() throws Exception {
        return person("RR-" + UUID.randomUUID().toString().substring(0, 12), "Rowan Testchild", LocalDate.of(2015, 3, 14));
    }

    /** A disclosure about the person to a team of another organisation, carrying the items given (as JSON objects). */
    UUID disclose(UUID subject, String organisation, String team, String items, String identities) throws Exception {
        ShareDecisions.Decided decided = shares.to(SOCIAL_WORKER, subject, organisation);
        String body = """
                {"decisionId":"%s","recipientTeamId":"%s","accessUntil":null,"items":[%s],"protectedIdentities":[%s]}"""
                .formatted(decided.decisionId(), team(organisation, team), items, identities);
        return UUID.fromString(JsonPath.read(shares.post(SOCIAL_WORKER, "/api/v1/disclosures", body), "$.id"));
    }

    static String concern(String text, boolean notToSubject) {
        return "{\"code\":\"safeguarding-concern\",\"content\":\"" + text + "\",\"kind\":\"FACT\",\"historical\":false,\"notToSubject\":"
                + notToSubject + "}";
    }

    static String address(String text) {
        return "{\"code\":\"address\",\"content\":\"" + text + "\",\"kind\":\"FACT\",\"historical\":false,\"notToSubject\":false}";
    }

    UUID team(String organisation, String name) {
        return directory.teams(demo.organisation(organisation).id()).stream().filter(t -> t.name().equals(name)).map(Team::id).findFirst()
                .orElseThrow();
    }

    /** A request received by the council, recorded by the social worker. */
    RightsRequest received(RightKind kind, LocalDate receivedOn, String name, LocalDate dateOfBirth, String reference) {
        return requests.record(actor(SOCIAL_WORKER), new RightsCommands.RecordRequest(kind, receivedOn, ReceivedHow.LETTER,
                RequesterCapacity.THE_PERSON, "Dana Requester", "12 Oak Lane, Westshire", name, dateOfBirth, reference,
                "Please send me everything you hold about me and who you shared it with"));
    }

    /** A request about the person, received today, with identity checked and the person confirmed by the DPO. */
    RightsRequest confirmed(RightKind kind, UUID subject) {
        Actor dpo = actor(COUNCIL_DPO);
        RightsRequest request = received(kind, LocalDate.now(java.time.ZoneId.of("Europe/London")), "Rowan Testchild", LocalDate.of(2015, 3, 14), null);
        requests.recordIdentity(dpo, request.id(), new RightsCommands.RecordIdentity(IdentityCheck.PHOTO_IDENTITY, request.receivedOn()));
        return requests.confirmPerson(dpo, request.id(), new RightsCommands.ConfirmPerson(subject));
    }
}
