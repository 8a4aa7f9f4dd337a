package org.infoshare.incident;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.ledger.LedgerQueries;
import org.infoshare.ledger.LedgerRecord;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.RowCounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The incident register through its API: reporting, the 72 hours, the assessment and decisions, parties and referrals. */
@IntegrationTest
class IncidentApiIT {

    static final String PRACTITIONER = DemoPartnership.COUNCIL_PRACTITIONER;
    static final String MANAGER = DemoPartnership.COUNCIL_MANAGER;
    static final String DPO = DemoPartnership.COUNCIL_DPO;
    static final String AUDITOR = DemoPartnership.COUNCIL_AUDITOR;
    static final String POLICE_DPO = "dpo@westshire-police.example";
    static final String POLICE_AUDITOR = "auditor@westshire-police.example";
    static final String NHS_DPO = "dpo@westshire-nhs.example";
    static final String ACCOUNT = "Case notes for a child were emailed to the wrong school; the school says it deleted them unread";

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired JdbcClient jdbc;
    @Autowired LedgerQueries ledger;

    private final Map<String, String> tokens = new HashMap<>();

    private ResultActions call(String username, MockHttpServletRequestBuilder request, String body) throws Exception {
        String token = tokens.computeIfAbsent(username, demo::token);
        request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
        return mvc.perform(body == null ? request : request.content(body));
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new HashMap<>(RowCounts.of(jdbc));
        for (String table : List.of("incident", "incident_party", "incident_note", "incident_referral", "notification")) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }

    static String report(Instant awareAt) {
        return """
                {"kind":"SENT_TO_WRONG_RECIPIENT","account":"%s","occurredAt":"%s","awareAt":"%s",
                 "dataAffected":["IDENTIFIERS","CHILDREN","SAFEGUARDING_RECORDS"],"peopleAffected":3,
                 "involved":"Riverside Academy's office","actionsTaken":"Asked the school to delete it"}"""
                .formatted(ACCOUNT, awareAt.minus(Duration.ofHours(1)), awareAt);
    }

    UUID reported(String username, Instant awareAt) throws Exception {
        String body = call(username, post("/api/v1/incidents"), report(awareAt)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }

    static final String HIGH_RISK = """
            {"likelihood":"LIKELY","severity":"SERIOUS","dataAffected":["IDENTIFIERS","CHILDREN","SAFEGUARDING_RECORDS"],"peopleAffected":3,
             "encryption":"NOT_ENCRYPTED","containment":"CONTAINED","lawEnforcement":false,"notes":"The school's office is outside the partnership"}""";

    @Test
    void anyoneReportsAnIncidentAndTheirDpoIsAlertedWithTheSeventyTwoHoursRunning() throws Exception {
        Instant aware = Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        UUID id = reported(PRACTITIONER, aware);

        call(PRACTITIONER, get("/api/v1/incidents/" + id), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.account").value(ACCOUNT))
                .andExpect(jsonPath("$.source").value("REPORTED"))
                .andExpect(jsonPath("$.clock.dueAt").value(aware.plus(Duration.ofHours(72)).toString()))
                .andExpect(jsonPath("$.clock.standing").value("NOT_DUE"))
                .andExpect(jsonPath("$.assessment").doesNotExist());
        call(PRACTITIONER, get("/api/v1/incidents/mine"), null).andExpect(jsonPath("$[*].id", hasItem(id.toString())));
        // The DPO is told at once: a notification saying only that an incident is waiting.
        List<Map<String, Object>> alerts = jdbc.sql("select * from notification where link = :link").param("link", "/incidents/" + id)
                .query().listOfRows();
        // Every DPO of the organisation is told (other tests may have added one); the reporter is not.
        assertThat(alerts).extracting(r -> r.get("recipient_user")).contains(demo.userId(DPO)).doesNotContain(demo.userId(PRACTITIONER));
        assertThat(alerts).extracting(r -> r.get("waiting")).containsOnly("INCIDENT");
        call(DPO, get("/api/v1/incidents").param("open", "true"), null)
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].clock.dueText").isNotEmpty());
        call(AUDITOR, get("/api/v1/incidents/" + id), null).andExpect(status().isOk()).andExpect(jsonPath("$.account").value(ACCOUNT));
        // Nobody else, in the organisation or out of it, can tell it exists.
        call(MANAGER, get("/api/v1/incidents/" + id), null).andExpect(status().isNotFound());
        call(POLICE_DPO, get("/api/v1/incidents/" + id), null).andExpect(status().isNotFound());
        call(PRACTITIONER, get("/api/v1/incidents"), null).andExpect(status().isForbidden());
        // The ledger knows what kind of thing happened, never what was written.
        List<LedgerRecord> entries = ledger.forSubject("incident", id.toString());
        assertThat(entries).extracting(LedgerRecord::action).containsExactly("incident.reported");
        assertThat(entries.get(0).details().toString()).doesNotContain("school").contains("CHILDREN");
    }

    @Test
    void aRefusedReportWritesNothing() throws Exception {
        tokens.computeIfAbsent(PRACTITIONER, demo::token);
        Map<String, Long> before = counts();
        call(PRACTITIONER, post("/api/v1/incidents"), "{\"account\":\" \",\"dataAffected\":[]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("kind")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("account")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("dataAffected")));
        call(PRACTITIONER, post("/api/v1/incidents"), report(Instant.now().plus(Duration.ofHours(3))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("awareAt"))
                .andExpect(jsonPath("$.errors[0].rule").value("not-future"));
        call(PRACTITIONER, post("/api/v1/incidents"), "{\"kind\":\"CYBER_ATTACK\",\"account\":\"x\",\"dataAffected\":[\"IDENTIFIERS\"],\"surprise\":1}")
                .andExpect(status().isBadRequest());
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void theIncidentGoesFromReportToTheIcoDecisionEachStepCheckedAndLedgered() throws Exception {
        UUID id = reported(PRACTITIONER, Instant.now().minus(Duration.ofHours(5)));
        String path = "/api/v1/incidents/" + id;

        call(DPO, post(path + "/ico-decision"), "{\"reason\":\"RISK_TO_PEOPLE\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].rule").value("assess-first"));
        call(PRACTITIONER, post(path + "/assessment"), HIGH_RISK).andExpect(status().isForbidden());
        call(POLICE_DPO, post(path + "/assessment"), HIGH_RISK).andExpect(status().isNotFound());
        call(DPO, post(path + "/assessment"), HIGH_RISK)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assessment.level").value("HIGH"))
                .andExpect(jsonPath("$.assessment.score").value(12))
                .andExpect(jsonPath("$.assessment.reasons", hasItem("SENSITIVE_INFORMATION")))
                .andExpect(jsonPath("$.assessment.icoRequired").value(true))
                .andExpect(jsonPath("$.assessment.peopleRequired").value(true));

        call(DPO, post(path + "/ico-decision"), "{\"reason\":\"UNLIKELY_TO_RESULT_IN_RISK\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("departure"))
                .andExpect(jsonPath("$.errors[0].rule").value("departure-reason"));
        call(DPO, post(path + "/ico-decision"), "{\"reason\":\"RISK_TO_PEOPLE\",\"notes\":\"Report today\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ico.tellIco").value(true))
                .andExpect(jsonPath("$.clock.decided").value(true))
                .andExpect(jsonPath("$.clock.decidedLate").value(false));
        call(DPO, post(path + "/ico-decision"), "{\"reason\":\"RISK_TO_PEOPLE\"}").andExpect(status().isConflict());

        call(DPO, post(path + "/ico-report"), "{\"reportedAt\":\"" + Instant.now().plus(Duration.ofHours(1)) + "\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("reportedAt"));
        call(DPO, post(path + "/ico-report"), "{\"reference\":\"IC-123456-A1B2\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.ico.reference").value("IC-123456-A1B2"));

        call(DPO, post(path + "/people-decision"), "{\"reason\":\"RIGHTS_OF_OTHERS\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].rule").value("law-enforcement-only"));
        call(DPO, post(path + "/people-decision"), "{\"reason\":\"HIGH_RISK\",\"notes\":\"Letters to the parents\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.people.tell").value(true));
        call(DPO, post(path + "/closure"), "{\"outcome\":\"BREACH\",\"lessons\":\"Check the address book\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].rule").value("people-told-first"));
        call(DPO, post(path + "/people-told"), "{\"how\":\"Letter to each family, with the DPO's number\"}").andExpect(status().isOk());
        call(DPO, post(path + "/closure"), "{\"outcome\":\"NOT_A_BREACH\",\"lessons\":\"x\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].rule").value("decided-a-breach"));
        call(DPO, post(path + "/closure"), "{\"outcome\":\"BREACH\",\"lessons\":\"Check the address book before sending\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.closure.outcome").value("BREACH"));
        call(DPO, post(path + "/notes"), "{\"note\":\"After closing\"}").andExpect(status().isCreated());
        call(DPO, post(path + "/referrals"), "{\"referredTo\":\"DISCIPLINARY\"}").andExpect(status().isConflict());

        assertThat(ledger.forSubject("incident", id.toString())).extracting(LedgerRecord::action).containsExactly(
                "incident.reported", "incident.assessed", "incident.ico-decided", "incident.ico-reported", "incident.people-decided",
                "incident.people-told", "incident.closed", "incident.note-added");
        assertThat(ledger.forSubject("incident", id.toString()).stream().map(e -> e.details().toString()).toList())
                .noneMatch(details -> details.contains("school") || details.contains("Letter") || details.contains("address book"));
    }

    @Test
    void aReportMadeAfterTheSeventyTwoHoursSaysWhy() throws Exception {
        UUID id = reported(PRACTITIONER, Instant.now().minus(Duration.ofDays(4)));
        String path = "/api/v1/incidents/" + id;
        call(DPO, get(path), null).andExpect(jsonPath("$.clock.standing").value("OVERDUE"))
                .andExpect(jsonPath("$.clock.remaining").value(org.hamcrest.Matchers.startsWith("Overdue by")));
        call(DPO, post(path + "/assessment"), HIGH_RISK).andExpect(status().isOk());
        call(DPO, post(path + "/ico-decision"), "{\"reason\":\"RISK_TO_PEOPLE\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.clock.decidedLate").value(true));
        assertThat(ledger.forSubject("incident", id.toString())).filteredOn(e -> e.action().equals("incident.ico-decided"))
                .singleElement().satisfies(e -> assertThat(e.details()).containsEntry("inTime", "false"));
        call(DPO, post(path + "/ico-report"), "{}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("lateReason"));
        call(DPO, post(path + "/ico-report"), "{\"lateReason\":\"The school took three days to confirm what it received\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.ico.lateReason").value("The school took three days to confirm what it received"));
    }

    @Test
    void anotherPartysDpoIsToldThroughThePlatformAndTheCoordinationIsTracked() throws Exception {
        UUID id = reported(PRACTITIONER, Instant.now().minus(Duration.ofHours(1)));
        String path = "/api/v1/incidents/" + id;
        UUID council = demo.organisation("Westshire County Council").id();
        UUID police = demo.organisation("Westshire Police").id();

        call(DPO, post(path + "/parties"), "{\"organisationId\":\"" + council + "\",\"message\":\"x\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].rule").value("other-organisation"));
        call(DPO, post(path + "/parties"), "{\"organisationId\":\"" + police + "\",\"message\":\"Your referral was in the bundle sent to the school\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.parties[0].organisationId").value(police.toString()));
        call(DPO, post(path + "/parties"), "{\"organisationId\":\"" + police + "\",\"message\":\"again\"}").andExpect(status().isConflict());
        assertThat(jdbc.sql("select recipient_user from notification where link = :link and organisation_id = :police")
                .param("link", "/incidents/" + id).param("police", police).query(UUID.class).list()).containsExactly(demo.userId(POLICE_DPO));

        // The party sees what it was told, not the owner's own account or assessment.
        call(POLICE_DPO, get(path), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.account").doesNotExist())
                .andExpect(jsonPath("$.parties[0].message").value("Your referral was in the bundle sent to the school"))
                .andExpect(jsonPath("$.clock.dueText").isNotEmpty());
        call(POLICE_DPO, get("/api/v1/incidents/told-to-us"), null).andExpect(jsonPath("$[*].id", hasItem(id.toString())));
        call(POLICE_AUDITOR, get(path), null).andExpect(status().isOk());
        call(POLICE_AUDITOR, post(path + "/acknowledgement"), null).andExpect(status().isForbidden());
        call(NHS_DPO, get(path), null).andExpect(status().isNotFound());
        call(POLICE_DPO, post(path + "/assessment"), HIGH_RISK).andExpect(status().isForbidden());

        call(POLICE_DPO, post(path + "/acknowledgement"), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.parties[0].acknowledgedAt").isNotEmpty());
        call(POLICE_DPO, post(path + "/acknowledgement"), null).andExpect(status().isConflict());
        call(POLICE_DPO, post(path + "/response"), "{\"response\":\"ASSISTING\",\"notes\":\"We will ask the school too\"}").andExpect(status().isOk());
        call(POLICE_DPO, post(path + "/notes"), "{\"note\":\"The school confirmed deletion to us as well\"}").andExpect(status().isCreated());

        call(DPO, get(path), null)
                .andExpect(jsonPath("$.parties[0].response").value("ASSISTING"))
                .andExpect(jsonPath("$.notes[0].note").value("The school confirmed deletion to us as well"))
                .andExpect(jsonPath("$.notes[0].organisationId").value(police.toString()));
        assertThat(ledger.forSubject("incident", id.toString())).extracting(LedgerRecord::action)
                .contains("incident.party-told", "incident.party-acknowledged", "incident.party-responded", "incident.note-added");
    }

    @Test
    void misuseIsReferredToTheOrganisationsOwnProcessAndTheIcoReportIsDraftedFromTheRecord() throws Exception {
        UUID id = reported(PRACTITIONER, Instant.now().minus(Duration.ofHours(1)));
        String path = "/api/v1/incidents/" + id;
        call(DPO, post(path + "/referrals"), "{\"referredTo\":\"DISCIPLINARY\",\"staffMemberId\":\"" + demo.userId(POLICE_DPO) + "\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].rule").value("own-staff"));
        call(DPO, post(path + "/referrals"), "{\"referredTo\":\"DISCIPLINARY\",\"staffMemberId\":\"" + demo.userId(PRACTITIONER)
                + "\",\"reference\":\"HR-2026-17\"}").andExpect(status().isCreated());
        call(DPO, get(path), null).andExpect(jsonPath("$.referrals[0].referredTo").value("DISCIPLINARY"))
                .andExpect(jsonPath("$.referrals[0].reference").value("HR-2026-17"));
        call(PRACTITIONER, get(path), null).andExpect(jsonPath("$.referrals").isEmpty());

        call(DPO, get(path + "/ico-report"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.provision").value("UK GDPR Art 33"))
                .andExpect(jsonPath("$.sections[0].answers[?(@.question == 'ICO registration number')].answer", hasItem("Z5512345")))
                .andExpect(jsonPath("$.sections[1].answers[?(@.question == 'What happened')].answer", hasItem(ACCOUNT)))
                .andExpect(jsonPath("$.sections[3].answers[?(@.question == 'Our assessment of the risk')].answer", hasItem("Not recorded")));
        call(PRACTITIONER, get(path + "/ico-report"), null).andExpect(status().isForbidden());
        call(POLICE_DPO, get(path + "/ico-report"), null).andExpect(status().isNotFound());
        call(DPO, get("/api/v1/incidents"), null).andExpect(jsonPath("$[*].id", hasItem(id.toString())));
        call(POLICE_DPO, get("/api/v1/incidents"), null).andExpect(jsonPath("$[*].id", not(hasItem(id.toString()))));
    }
}
