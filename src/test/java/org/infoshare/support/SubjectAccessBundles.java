package org.infoshare.support;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.directory.DemoDirectory;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Team;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A released subject access bundle, made entirely through the API as the council's staff make one: the social worker
 * records a child and discloses their safeguarding concern (naming a third party, whose name is withheld) and address
 * to the police; a subject access request arrives; the DPO checks identity, confirms the person, prepares, approves
 * and releases the bundle. For tests outside the rights module that need the bundle as the person receives it.
 */
public final class SubjectAccessBundles {

    private static final String SOCIAL_WORKER = DemoPartnership.COUNCIL_PRACTITIONER;
    private static final String DPO = DemoPartnership.COUNCIL_DPO;

    private final MockMvc mvc;
    private final DemoPartnership demo;
    private final DirectoryLookup directory;
    private final ShareDecisions shares;

    public SubjectAccessBundles(MockMvc mvc, DemoPartnership demo, DirectoryLookup directory) {
        this.mvc = mvc;
        this.demo = demo;
        this.directory = directory;
        this.shares = new ShareDecisions(mvc, demo);
    }

    /** The released bundle's PDF, downloaded by the DPO. */
    public byte[] releasedPdf() throws Exception {
        UUID request = released();
        return mvc.perform(get("/api/v1/rights/requests/" + request + "/bundle/released.pdf").header("Authorization", "Bearer " + demo.token(DPO)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
    }

    /** A subject access request about a child with a disclosure on record, its bundle approved and released; its id. */
    public UUID released() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        UUID person = UUID.fromString(JsonPath.read(shares.post(SOCIAL_WORKER, "/api/v1/subjects",
                "{\"reference\":\"SAB-%s\",\"name\":\"Rowan Bundlechild\",\"dateOfBirth\":\"2015-03-14\"}"
                        .formatted(UUID.randomUUID().toString().substring(0, 12))), "$.id"));
        disclose(person);

        String request = JsonPath.read(shares.post(SOCIAL_WORKER, "/api/v1/rights/requests", """
                {"kind":"ACCESS","receivedOn":"%s","receivedHow":"LETTER","capacity":"THE_PERSON","requesterName":"Dana Requester",
                 "requesterContact":"12 Oak Lane, Westshire","personName":"Rowan Bundlechild","personDateOfBirth":"2015-03-14",
                 "personReference":null,"details":"Please send me everything you hold about me and who you shared it with"}"""
                .formatted(today)), "$.id");
        String base = "/api/v1/rights/requests/" + request;
        shares.post(DPO, base + "/identity", "{\"check\":\"PHOTO_IDENTITY\",\"checkedOn\":\"%s\"}".formatted(today));
        shares.post(DPO, base + "/person", "{\"subjectId\":\"%s\"}".formatted(person));
        shares.post(DPO, base + "/bundle", "");
        shares.post(DPO, base + "/bundle/approval", "");
        shares.post(DPO, base + "/bundle/release", "{\"method\":\"SECURE_EMAIL\",\"releasedOn\":\"%s\"}".formatted(today));
        return UUID.fromString(request);
    }

    private void disclose(UUID person) throws Exception {
        ShareDecisions.Decided decided = shares.to(SOCIAL_WORKER, person, DemoDirectory.POLICE);
        UUID team = directory.teams(demo.organisation(DemoDirectory.POLICE).id()).stream()
                .filter(t -> t.name().equals("Public Protection Desk")).map(Team::id).findFirst().orElseThrow();
        shares.post(SOCIAL_WORKER, "/api/v1/disclosures", """
                {"decisionId":"%s","recipientTeamId":"%s","accessUntil":null,"items":[
                 {"code":"safeguarding-concern","content":"Jane Smith saw bruising at the school gate","kind":"FACT","historical":false,"notToSubject":false},
                 {"code":"address","content":"14 Elm Street, Westshire","kind":"FACT","historical":false,"notToSubject":false}],
                 "protectedIdentities":["Jane Smith"]}""".formatted(decided.decisionId(), team));
    }
}
