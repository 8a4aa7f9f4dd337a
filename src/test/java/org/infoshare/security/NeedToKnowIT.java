package org.infoshare.security;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.ledger.LedgerQueries;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.RowCounts;
import org.infoshare.support.SignedInSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Need to know within an organisation (ADR 0048): a colleague in another team is told that a person, their consent
 * records, the decisions and the requests about them do not exist (404, exactly as for an id that does not), until
 * they record a reason to look ("break glass"), which the Data Protection Officer sees in the UI and the API.
 */
@IntegrationTest
class NeedToKnowIT {

    private static final String SOCIAL_WORKER = DemoPartnership.COUNCIL_PRACTITIONER;
    private static final String EARLY_HELP = "earlyhelp@westshire-council.example";
    private static final String ADULTS = "adults@westshire-council.example";

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired JdbcClient jdbc;
    @Autowired LedgerQueries ledger;

    private String reference;
    private String subject;
    private String consent;
    private String decision;
    private String request;

    /** A child the assessment team works with, with a consent record, a decision and a request about them. */
    @BeforeEach
    void aCaseOfTheAssessmentTeam() throws Exception {
        String nhs = demo.organisation("Westshire Community Health NHS Trust").id().toString();
        reference = "NTK-" + UUID.randomUUID().toString().substring(0, 8);
        subject = JsonPath.read(send(SOCIAL_WORKER, "/api/v1/subjects",
                "{\"reference\":\"" + reference + "\",\"name\":\"Riley Testchild\",\"dateOfBirth\":\"2015-03-04\",\"confirmedDifferent\":true}", 201), "$.id");
        consent = JsonPath.read(send(SOCIAL_WORKER, "/api/v1/consents", """
                {"subjectId":"%s","answer":"GIVEN","givenBy":"PARENTAL_RESPONSIBILITY","giverName":"Jo Parent","explicit":true,
                 "medium":"VERBAL","givenOn":"2026-11-01","givenTime":"10:15","whatWasAgreed":"Share with the health visitor",
                 "purposes":["SAFEGUARDING_CHILD"],"recipients":["%s"]}""".formatted(subject, nhs), 201), "$.id");
        decision = JsonPath.read(send(SOCIAL_WORKER, "/api/v1/decisions", """
                {"subjectId":"%s","recipientOrganisationId":"%s","purpose":"SAFEGUARDING_CHILD","purposeLegitimate":"YES",
                 "items":[{"code":"safeguarding-concern"},{"code":"address"}],"identifiable":true,"confidential":true,
                 "consentId":"%s","consentNotSoughtReason":null,"childAtRisk":"NO","vitalInterests":"NO","proportionate":"YES",
                 "lessIntrusiveMeans":"NO","outsideUk":"NO","informPerson":"NO","notInformReason":"WOULD_CREATE_OR_INCREASE_RISK",
                 "rationale":"They agreed"}""".formatted(subject, nhs, consent), 201), "$.id");
        request = JsonPath.read(send(SOCIAL_WORKER, "/api/v1/requests", """
                {"subjectId":"%s","holderOrganisationId":"%s","purpose":"SAFEGUARDING_CHILD","gatewayCode":"CA1989-S47",
                 "urgency":"ROUTINE","items":["address"],"reason":"Who else is involved"}""".formatted(subject, nhs), 201), "$.id");
    }

    private List<String> records() {
        return List.of("/api/v1/subjects/" + subject, "/api/v1/consents/" + consent, "/api/v1/consents/" + consent + "/history",
                "/api/v1/decisions/" + decision, "/api/v1/decisions/" + decision + "/authorised-share", "/api/v1/requests/" + request);
    }

    @Test
    void anotherTeamIsToldNothingExistsAndNothingIsWritten() throws Exception {
        for (String outsider : List.of(EARLY_HELP, ADULTS)) {
            String token = demo.token(outsider);
            Map<String, Long> before = RowCounts.ofEveryTable(jdbc);
            for (String path : records()) {
                MvcResult refused = mvc.perform(get(path).header("Authorization", "Bearer " + token)).andReturn();
                MvcResult missing = mvc.perform(get(path.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                        UUID.randomUUID().toString())).header("Authorization", "Bearer " + token)).andReturn();
                assertThat(refused.getResponse().getStatus()).as(outsider + " " + path).isEqualTo(404);
                assertThat(withoutInstance(refused.getResponse().getContentAsString()))
                        .isEqualTo(withoutInstance(missing.getResponse().getContentAsString()));
            }
            assertThat(list(token, "/api/v1/subjects?reference=" + reference, "$[*].id")).isEmpty();
            assertThat(list(token, "/api/v1/subjects", "$[*].id")).doesNotContain(subject);
            assertThat(list(token, "/api/v1/consents", "$[*].id")).doesNotContain(consent);
            assertThat(list(token, "/api/v1/decisions", "$[*].id")).doesNotContain(decision);
            assertThat(list(token, "/api/v1/requests/outbox", "$[*].id")).doesNotContain(request);
            assertThat(RowCounts.ofEveryTable(jdbc)).as("refused reads write nothing").isEqualTo(before);
        }
        // The pages say the same.
        MockHttpSession earlyHelp = SignedInSession.of(mvc, EARLY_HELP);
        for (String path : List.of("/consents/" + consent, "/decisions/" + decision, "/requests/" + request)) {
            assertThat(mvc.perform(get(path).session(earlyHelp)).andReturn().getResponse().getStatus()).as(path).isEqualTo(404);
        }
        // Those who work with the child, and those who oversee every case, see them all.
        for (String insider : List.of(SOCIAL_WORKER, DemoPartnership.COUNCIL_MANAGER, DemoPartnership.COUNCIL_DPO, "caldicott@westshire-council.example")) {
            String token = demo.token(insider);
            boolean worksCases = insider.equals(SOCIAL_WORKER) || insider.equals(DemoPartnership.COUNCIL_MANAGER);
            for (String path : records()) {
                if (!worksCases && (path.contains("/requests/") || path.contains("authorised-share"))) {
                    continue; // those endpoints are for practitioners and managers alone
                }
                assertThat(mvc.perform(get(path).header("Authorization", "Bearer " + token)).andReturn().getResponse().getStatus())
                        .as(insider + " " + path).isEqualTo(200);
            }
        }
    }

    @Test
    void breakingGlassOpensThePersonsRecordsForADayAndTheDataProtectionOfficerSeesWhy() throws Exception {
        String token = demo.token(EARLY_HELP);
        // Refused without a reason, for a reference the organisation does not hold, and for those who need none.
        send(EARLY_HELP, "/api/v1/subjects/break-glass", "{\"reference\":\"" + reference + "\",\"explanation\":\"x\"}", 422);
        send(EARLY_HELP, "/api/v1/subjects/break-glass",
                "{\"reference\":\"NOBODY-HERE\",\"reason\":\"NEW_REFERRAL\",\"explanation\":\"A referral came in this morning\"}", 422);
        send("practitioner@westshire-police.example", "/api/v1/subjects/break-glass",
                "{\"reference\":\"" + reference + "\",\"reason\":\"NEW_REFERRAL\",\"explanation\":\"A referral came in this morning\"}", 422);
        send(SOCIAL_WORKER, "/api/v1/subjects/break-glass",
                "{\"reference\":\"" + reference + "\",\"reason\":\"NEW_REFERRAL\",\"explanation\":\"A referral came in this morning\"}", 409);
        send(DemoPartnership.COUNCIL_DPO, "/api/v1/subjects/break-glass",
                "{\"reference\":\"" + reference + "\",\"reason\":\"NEW_REFERRAL\",\"explanation\":\"A referral came in this morning\"}", 403);

        String opened = send(EARLY_HELP, "/api/v1/subjects/break-glass", """
                {"reference":"%s","reason":"NEW_REFERRAL","explanation":"The school referred Riley to early help this morning"}"""
                .formatted(reference), 201);
        assertThat(JsonPath.<String>read(opened, "$.subject.id")).isEqualTo(subject);
        for (String path : records()) {
            if (path.contains("/requests/")) {
                continue; // a request is the sender's (and those who see the person); checked below
            }
            assertThat(mvc.perform(get(path).header("Authorization", "Bearer " + token)).andReturn().getResponse().getStatus())
                    .as(path).isEqualTo(200);
        }
        assertThat(mvc.perform(get("/api/v1/requests/" + request).header("Authorization", "Bearer " + token)).andReturn()
                .getResponse().getStatus()).isEqualTo(200);

        // The Data Protection Officer sees who, whose records, why and until when: in the API, the UI and the audit trail.
        String log = mvc.perform(get("/api/v1/break-glass").header("Authorization", "Bearer " + demo.token(DemoPartnership.COUNCIL_DPO)))
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> entries = JsonPath.read(log, "$[?(@.subjectId == '" + subject + "')]");
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.get("userId")).isEqualTo(demo.userId(EARLY_HELP).toString());
            assertThat(entry.get("reason")).isEqualTo("NEW_REFERRAL");
            assertThat(entry.get("explanation")).isEqualTo("The school referred Riley to early help this morning");
            assertThat(entry.get("subjectReference")).isEqualTo(reference);
        });
        String page = mvc.perform(get("/break-glass").session(SignedInSession.of(mvc, DemoPartnership.COUNCIL_DPO)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Megan Price").contains("Riley Testchild (" + reference + ")")
                .contains("The school referred Riley to early help this morning");
        assertThat(ledger.forSubject("subject", subject)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("access.break-glass");
            assertThat(entry.actorId()).isEqualTo(demo.userId(EARLY_HELP));
            assertThat(entry.details()).containsEntry("reason", "NEW_REFERRAL").doesNotContainValue("The school referred Riley to early help this morning");
        });
        String trail = mvc.perform(get("/audit").param("action", "access.").session(SignedInSession.of(mvc, DemoPartnership.COUNCIL_DPO)))
                .andReturn().getResponse().getContentAsString();
        assertThat(trail).contains("(break glass)");
        // Nobody else sees the log; another practitioner of the team still sees nothing.
        assertThat(mvc.perform(get("/api/v1/break-glass").header("Authorization", "Bearer " + token)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/api/v1/subjects/" + subject).header("Authorization", "Bearer " + demo.token(ADULTS)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);

        // When the day is up, the records close again.
        jdbc.sql("update break_glass set opened_at = opened_at - interval '1 day', until = until - interval '1 day' where subject_id = :s")
                .param("s", UUID.fromString(subject)).update();
        assertThat(mvc.perform(get("/api/v1/subjects/" + subject).header("Authorization", "Bearer " + token)).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void recordingSomethingAboutThePersonMakesTheTeamPartOfTheCase() throws Exception {
        send(EARLY_HELP, "/api/v1/subjects/break-glass", """
                {"reference":"%s","reason":"COVERING_COLLEAGUE","explanation":"Covering for Sam while on leave this week"}"""
                .formatted(reference), 201);
        String nhs = demo.organisation("Westshire Community Health NHS Trust").id().toString();
        send(EARLY_HELP, "/api/v1/consents", """
                {"subjectId":"%s","answer":"REFUSED","givenBy":"PARENTAL_RESPONSIBILITY","giverName":"Jo Parent","explicit":true,
                 "medium":"VERBAL","givenOn":"2026-11-02","givenTime":"11:15","whatWasAgreed":"Did not want school told",
                 "purposes":["EARLY_HELP"],"recipients":["%s"]}""".formatted(subject, nhs), 201);
        UUID earlyHelpTeam = demo.actor(EARLY_HELP).teamIds().iterator().next();
        assertThat(jdbc.sql("select count(*) from subject_involvement where subject_id = :s and team_id = :t")
                .param("s", UUID.fromString(subject)).param("t", earlyHelpTeam).query(Long.class).single()).isEqualTo(1);
        jdbc.sql("update break_glass set opened_at = opened_at - interval '1 day', until = until - interval '1 day' where subject_id = :s")
                .param("s", UUID.fromString(subject)).update();
        assertThat(mvc.perform(get("/api/v1/subjects/" + subject).header("Authorization", "Bearer " + demo.token(EARLY_HELP)))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void disclosuresAdviceRequestsInAndWithdrawalNoticesFollowThePerson() throws Exception {
        String earlyHelp = demo.token(EARLY_HELP);
        UUID council = demo.organisation("Westshire County Council").id();

        // A disclosure's record, in the sending organisation: for those who may see the person.
        String disclosure = JsonPath.read(send(SOCIAL_WORKER, "/api/v1/disclosures", """
                {"decisionId":"%s","recipientUserId":"%s","accessUntil":null,"protectedIdentities":[],
                 "items":[{"code":"safeguarding-concern","content":"Seen upset at school twice","kind":"FACT","historical":false,"notToSubject":false}]}"""
                .formatted(decision, demo.userId(DemoPartnership.NHS_PRACTITIONER)), 201), "$.id");
        assertRefusedLikeAMissingOne(earlyHelp, "/api/v1/disclosures/" + disclosure + "/record");
        assertRefusedLikeAMissingOne(earlyHelp, "/api/v1/disclosures/" + disclosure + "/access");
        assertThat(list(earlyHelp, "/api/v1/disclosures/sent", "$[*].id")).doesNotContain(disclosure);
        assertThat(status(DemoPartnership.COUNCIL_DPO, "/api/v1/disclosures/" + disclosure + "/record")).isEqualTo(200);
        assertThat(status(SOCIAL_WORKER, "/api/v1/disclosures/" + disclosure + "/record")).isEqualTo(200);

        // A withdrawal notice: about the person, so for those who may see them.
        send(SOCIAL_WORKER, "/api/v1/consents/" + consent + "/withdrawal", "{\"withdrawnOn\":\"2026-11-20\"}", 200);
        assertThat(list(demo.token(SOCIAL_WORKER), "/api/v1/consent-withdrawal-notices", "$[*].consentId")).contains(consent);
        assertThat(list(earlyHelp, "/api/v1/consent-withdrawal-notices", "$[*].consentId")).doesNotContain(consent);

        // Advice: an early help worker's decision waiting for a manager's advice is not shown to a manager of another team.
        String child = JsonPath.read(send(EARLY_HELP, "/api/v1/subjects",
                "{\"reference\":\"NTK-EH-" + UUID.randomUUID().toString().substring(0, 8) + "\",\"name\":\"Alex Testchild\",\"dateOfBirth\":\"2014-02-03\",\"confirmedDifferent\":true}", 201), "$.id");
        String police = demo.organisation("Westshire Police").id().toString();
        String advice = JsonPath.read(send(EARLY_HELP, "/api/v1/decisions", """
                {"subjectId":"%s","recipientOrganisationId":"%s","purpose":"SAFEGUARDING_CHILD","purposeLegitimate":"YES",
                 "items":[{"code":"safeguarding-concern"}],"identifiable":true,"confidential":true,"consentId":null,
                 "consentNotSoughtReason":"WOULD_PLACE_CHILD_AT_RISK","childAtRisk":"NOT_SURE","vitalInterests":"NO","proportionate":"YES",
                 "lessIntrusiveMeans":"NO","outsideUk":"NO","informPerson":"NO","notInformReason":"WOULD_CREATE_OR_INCREASE_RISK",
                 "rationale":"Unsure about the marks"}""".formatted(child, police), 201), "$.id");
        String manager = demo.token(DemoPartnership.COUNCIL_MANAGER);
        assertThat(list(manager, "/api/v1/advice", "$[*].id")).doesNotContain(advice);
        Map<String, Long> before = RowCounts.ofEveryTable(jdbc);
        MvcResult advised = mvc.perform(post("/api/v1/decisions/" + advice + "/advice").header("Authorization", "Bearer " + manager)
                .contentType(MediaType.APPLICATION_JSON).content("{\"answers\":{\"CHILD_AT_RISK\":\"NO\"},\"advice\":\"No\"}")).andReturn();
        assertThat(advised.getResponse().getStatus()).isEqualTo(404);
        assertThat(RowCounts.ofEveryTable(jdbc)).isEqualTo(before);

        // A request received: for the team it is addressed to; one addressed to the organisation is its front door.
        UUID assessment = demo.actor(SOCIAL_WORKER).teamIds().iterator().next();
        String asked = JsonPath.read(send(DemoPartnership.NHS_PRACTITIONER, "/api/v1/subjects",
                "{\"reference\":\"NTK-NHS-" + UUID.randomUUID().toString().substring(0, 8) + "\",\"name\":\"Sam Testchild\",\"dateOfBirth\":\"2018-06-07\",\"confirmedDifferent\":true}", 201), "$.id");
        String toTeam = request(asked, council, assessment);
        String toOrganisation = request(asked, council, null);
        assertRefusedLikeAMissingOne(earlyHelp, "/api/v1/requests/" + toTeam);
        assertThat(list(earlyHelp, "/api/v1/requests/inbox", "$[*].id")).doesNotContain(toTeam).contains(toOrganisation);
        assertThat(status(EARLY_HELP, "/api/v1/requests/" + toOrganisation)).isEqualTo(200);
        assertThat(list(demo.token(SOCIAL_WORKER), "/api/v1/requests/inbox", "$[*].id")).contains(toTeam, toOrganisation);
        assertThat(status(SOCIAL_WORKER, "/api/v1/requests/" + toTeam)).isEqualTo(200);
    }

    private String request(String subjectId, UUID holder, UUID team) throws Exception {
        return JsonPath.read(send(DemoPartnership.NHS_PRACTITIONER, "/api/v1/requests", """
                {"subjectId":"%s","holderOrganisationId":"%s","holderTeamId":%s,"purpose":"SAFEGUARDING_CHILD","gatewayCode":"CA1989-S47",
                 "urgency":"ROUTINE","items":["address"],"reason":"Who else is involved"}"""
                .formatted(subjectId, holder, team == null ? "null" : "\"" + team + "\""), 201), "$.id");
    }

    /** 404, with the body of an id that does not exist. */
    private void assertRefusedLikeAMissingOne(String token, String path) throws Exception {
        MvcResult refused = mvc.perform(get(path).header("Authorization", "Bearer " + token)).andReturn();
        MvcResult missing = mvc.perform(get(path.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
                UUID.randomUUID().toString())).header("Authorization", "Bearer " + token)).andReturn();
        assertThat(refused.getResponse().getStatus()).as(path).isEqualTo(404);
        assertThat(withoutInstance(refused.getResponse().getContentAsString())).isEqualTo(withoutInstance(missing.getResponse().getContentAsString()));
    }

    private int status(String username, String path) throws Exception {
        return mvc.perform(get(path).header("Authorization", "Bearer " + demo.token(username))).andReturn().getResponse().getStatus();
    }

    private List<String> list(String token, String path, String jsonPath) throws Exception {
        return JsonPath.read(mvc.perform(get(path).header("Authorization", "Bearer " + token)).andReturn().getResponse().getContentAsString(), jsonPath);
    }

    private String send(String username, String path, String body, int status) throws Exception {
        MvcResult result = mvc.perform(post(path).header("Authorization", "Bearer " + demo.token(username))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path + " " + result.getResponse().getContentAsString()).isEqualTo(status);
        return result.getResponse().getContentAsString();
    }

    private static String withoutInstance(String body) {
        return body.replaceAll("\"instance\":\"[^\"]*\",?", "");
    }
}
