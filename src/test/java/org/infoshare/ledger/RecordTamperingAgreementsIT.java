package org.infoshare.ledger;

// Longer than 400 lines: agreements and requests share one database of their own, changed and put back by each case;
// two classes would start a second application context for the same setup.

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.agreement.AgreementApiCalls;
import org.infoshare.database.EmbeddedPostgresServer;
import org.infoshare.directory.DemoDirectory;
import org.infoshare.ledger.rules.GoneRecords;
import org.infoshare.ledger.rules.RecordFinding;
import org.infoshare.retention.DisposalRuns;
import org.infoshare.support.DatabaseSuperuser;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.ShareDecisions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.agreement.AgreementApiCalls.POLICE_DPO;
import static org.infoshare.support.DemoPartnership.COUNCIL_AUDITOR;
import static org.infoshare.support.DemoPartnership.COUNCIL_DPO;
import static org.infoshare.support.DemoPartnership.COUNCIL_MANAGER;
import static org.infoshare.support.DemoPartnership.COUNCIL_PRACTITIONER;
import static org.infoshare.support.DemoPartnership.POLICE_PRACTITIONER;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Agreements with their versions, parties, signatures, reviews and DPIAs, and requests for information, changed,
 * inserted and deleted directly in the database, are each named by the verifier and in the API; the agreement's and
 * the request's page and API answer warn, as do the agreement's task, print and public pages and the request lists, and
 * the agreement's files are refused. (That the digests name every column: {@link ProtectedRecordsColumnsIT}.) Drafting, signing, amending and terminating an agreement, and sending,
 * refusing, reconsidering, answering on advice and disposing of a request, are replayed, not named (ADR 0063). Like
 * {@link RecordTamperingMoreIT}, the class has an application context and database of its own, and every test restores
 * what it changed.
 */
@IntegrationTest
@TestPropertySource(properties = "infoshare.background-jobs=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RecordTamperingAgreementsIT {

    static final List<String> AGREEMENT_TABLES = List.of("agreement_version", "agreement_party", "agreement_signature", "agreement_review",
            "agreement_dpia");

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired LedgerVerifier verifier;
    @Autowired RecordDigests digests;
    @Autowired EmbeddedPostgresServer server;
    @Autowired JdbcTemplate jdbc;
    @Autowired DisposalRuns disposal;
    @Autowired JsonMapper json;

    AgreementApiCalls agreements;
    ShareDecisions shares;
    UUID agreement;
    UUID policePerson;
    UUID request;

    @BeforeEach
    void anAgreementInForceAndARequestSent() throws Exception {
        agreements = new AgreementApiCalls(mvc, demo, json);
        shares = new ShareDecisions(mvc, demo);
        agreement = agreements.activeAgreement("Bound terms " + UUID.randomUUID().toString().substring(0, 8));
        policePerson = shares.subject(POLICE_PRACTITIONER);
        request = send(policePerson);
        assertAsRecorded();
    }

    // --- agreements ---

    @Test
    void everyChangeToAnAgreementCarriesItsDigestAndDraftingSigningAmendingAndTerminatingVerify() throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from ledger_entry where subject_type = 'agreement' and subject_id = ? "
                + "and details not like '%\"row-digest\":%'", Long.class, agreement.toString())).as("every event on it binds it").isZero();
        assertThat(jdbc.queryForObject("select count(*) from ledger_entry where subject_type = 'agreement' and subject_id = ?", Long.class,
                agreement.toString())).as("created, saved, screened, assessed, signed off, submitted, signed twice, activated").isGreaterThanOrEqualTo(9);
        readAgreement(COUNCIL_DPO).andExpect(jsonPath("$.recordIntegrity").value("AS_RECORDED"));

        mvc.perform(agreements.as(COUNCIL_DPO, post("/api/v1/agreements/" + agreement + "/amendments"))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.recordIntegrity").value("NOT_CHECKED"));
        assertAsRecorded();
        mvc.perform(agreements.as(COUNCIL_DPO, post("/api/v1/agreements/" + agreement + "/publication"))).andExpect(status().isOk());
        assertAsRecorded();
        mvc.perform(agreements.as(POLICE_DPO, post("/api/v1/agreements/" + agreement + "/termination")).content("{\"reason\":\"The programme has ended\"}"))
                .andExpect(status().isOk());
        assertAsRecorded();
        readAgreement(POLICE_DPO).andExpect(jsonPath("$.recordIntegrity").value("AS_RECORDED"));
        assertThat(pageOf(COUNCIL_DPO, "/agreements/" + agreement)).doesNotContain("Do not rely on this record");
    }

    @Test
    void aSignatureRemovedInTheDatabaseIsNamedEverywhereAndTheAgreementsPageWarns() throws Exception {
        UUID police = demo.organisation(DemoDirectory.POLICE).id();
        keptAgreement(db -> {
            db.update("delete from agreement_signature where agreement_id = ? and organisation_id = ?", agreement, police);
            String named = assertNamed(RecordFinding.Kind.CHANGED, ProtectedRecords.AGREEMENT, agreement);
            assertThat(named).isEqualTo("agreement " + agreement.toString().substring(0, 8) + "… changed after it was recorded");
            try {
                mvc.perform(get("/api/v1/ledger/verification").header("Authorization", "Bearer " + demo.token(COUNCIL_AUDITOR)))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.intact").value(false))
                        .andExpect(jsonPath("$.records[0].kind").value("CHANGED"))
                        .andExpect(jsonPath("$.records[0].recordType").value("agreement"))
                        .andExpect(jsonPath("$.records[0].recordId").value(agreement.toString()));
                String integrity = mvc.perform(post("/audit/integrity").with(csrf()).session(signIn(COUNCIL_AUDITOR)))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                assertThat(integrity).contains("Records were changed outside infoshare").contains(named);
                readAgreement(COUNCIL_DPO).andExpect(jsonPath("$.recordIntegrity").value("CHANGED"));
                assertThat(pageOf(COUNCIL_DPO, "/agreements/" + agreement)).contains("Do not rely on this record")
                        .contains("This record was changed in the database after it was recorded");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            // Reading it binds nothing: it is still named.
            assertNamed(RecordFinding.Kind.CHANGED, ProtectedRecords.AGREEMENT, agreement);
        });
        assertAsRecorded();
        readAgreement(COUNCIL_DPO).andExpect(jsonPath("$.recordIntegrity").value("AS_RECORDED"));
    }

    @Test
    void aVersionsTermsOrItsPartiesChangedInTheDatabaseAreNamed() {
        keptAgreement(db -> {
            db.update("update agreement_version set document = jsonb_set(document, '{title}', '\"Other terms\"') where agreement_id = ?", agreement);
            assertNamed(RecordFinding.Kind.CHANGED, ProtectedRecords.AGREEMENT, agreement);
        });
        assertAsRecorded();
        keptAgreement(db -> {
            db.update("insert into agreement_party (agreement_id, version, organisation_id) values (?, 1, ?)", agreement,
                    demo.organisation(DemoDirectory.NHS).id());
            assertNamed(RecordFinding.Kind.CHANGED, ProtectedRecords.AGREEMENT, agreement);
        });
        assertAsRecorded();
    }

    @Test
    void anAgreementChangedInTheDatabaseWarnsOnItsTaskPagesPrintAndPublicPagesAndItsFilesAreRefused() throws Exception {
        mvc.perform(agreements.as(COUNCIL_DPO, post("/api/v1/agreements/" + agreement + "/publication"))).andExpect(status().isOk());
        mvc.perform(agreements.as(COUNCIL_DPO, post("/api/v1/agreements/" + agreement + "/amendments"))).andExpect(status().isCreated());
        assertAsRecorded();
        MockHttpSession dpo = signIn(COUNCIL_DPO);
        for (String path : agreementPages()) {
            assertThat(page(dpo, path)).as(path).doesNotContain("Do not rely on this record");
        }
        assertThat(mvc.perform(get("/public/agreements/" + agreement)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .doesNotContain("Do not rely on this record");
        mvc.perform(get("/public/agreements/" + agreement + ".json")).andExpect(jsonPath("$.recordIntegrity").value("AS_RECORDED"));
        mvc.perform(get("/agreements/" + agreement + "/document.pdf").session(dpo)).andExpect(status().isOk());
        mvc.perform(agreements.as(COUNCIL_DPO, get("/api/v1/agreements/" + agreement + "/export"))).andExpect(status().isOk());

        keptAgreement(db -> {
            db.update("update agreement_version set document = jsonb_set(document, '{title}', '\"Other terms\"') where agreement_id = ? "
                    + "and version = 1", agreement);
            assertNamed(RecordFinding.Kind.CHANGED, ProtectedRecords.AGREEMENT, agreement);
            try {
                for (String path : agreementPages()) {
                    assertThat(page(dpo, path)).as(path).contains("Do not rely on this record")
                            .contains("This record was changed in the database after it was recorded");
                }
                // The partnership's published register, to anyone.
                assertThat(mvc.perform(get("/public/agreements/" + agreement)).andExpect(status().isOk()).andReturn().getResponse()
                        .getContentAsString()).contains("Do not rely on this record");
                assertThat(mvc.perform(get("/public/agreements")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                        .contains("data-record-integrity");
                mvc.perform(get("/public/agreements/" + agreement + ".json")).andExpect(jsonPath("$.recordIntegrity").value("CHANGED"));
                mvc.perform(get("/public/agreements.json"))
                        .andExpect(jsonPath("$[?(@.id == '" + agreement + "')].recordIntegrity").value("CHANGED"));
                // Its files are refused: a page saying why for a reader, a problem naming recordIntegrity for a client.
                for (String file : List.of("/agreements/" + agreement + "/document.pdf", "/agreements/" + agreement + "/export")) {
                    assertThat(mvc.perform(get(file).session(dpo)).andExpect(status().isConflict()).andReturn().getResponse().getContentAsString())
                            .as(file).contains("Do not rely on this record").contains("This file has not been downloaded");
                }
                for (String file : List.of("/api/v1/agreements/" + agreement + "/document.pdf", "/api/v1/agreements/" + agreement + "/export")) {
                    mvc.perform(agreements.as(COUNCIL_DPO, get(file))).andExpect(status().isConflict())
                            .andExpect(jsonPath("$.errors[0].field").value("recordIntegrity"))
                            .andExpect(jsonPath("$.errors[0].rule").value("CHANGED"));
                }
                mvc.perform(get("/public/agreements/" + agreement + ".pdf")).andExpect(status().isConflict())
                        .andExpect(jsonPath("$.errors[0].rule").value("CHANGED"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertAsRecorded();
        assertThat(page(dpo, "/agreements/" + agreement + "/review")).doesNotContain("Do not rely on this record");
        mvc.perform(get("/public/agreements/" + agreement + ".pdf")).andExpect(status().isOk());
    }

    @Test
    void anAgreementInsertedOrDeletedOutsideTheApplicationIsNamed() {
        UUID inserted = UUID.randomUUID();
        DatabaseSuperuser.withoutTriggers(server, db -> {
            db.update("insert into agreement select (jsonb_populate_record(null::agreement, to_jsonb(a) || jsonb_build_object('id', ?::text, "
                    + "'reference', 'ISA-FAKE-' || left(?::text, 8)))).* from agreement a where a.id = ?", inserted.toString(), inserted.toString(), agreement);
            try {
                assertNamed(RecordFinding.Kind.ADDED, ProtectedRecords.AGREEMENT, inserted);
            } finally {
                db.update("delete from agreement where id = ?", inserted);
            }
        });
        assertAsRecorded();
        keptAgreement(db -> {
            AGREEMENT_TABLES.forEach(table -> db.update("delete from " + table + " where agreement_id = ?", agreement));
            db.update("delete from agreement where id = ?", agreement);
            assertThat(assertNamed(RecordFinding.Kind.DELETED, ProtectedRecords.AGREEMENT, agreement)).endsWith("… deleted outside the disposal path");
        });
        assertAsRecorded();
    }

    // --- requests for information ---

    @Test
    void sendingRefusingReconsideringAndAnsweringARequestVerify() throws Exception {
        UUID councilPerson = shares.subject(COUNCIL_PRACTITIONER);
        answer(request, refusal(councilPerson)).andExpect(jsonPath("$.status").value("ANSWERED"));
        assertAsRecorded();
        shares.post(POLICE_PRACTITIONER, "/api/v1/requests/" + request + "/new-information", "{\"newInformation\":\"A neighbour reported screaming\"}");
        assertAsRecorded();
        answer(request, decision(councilPerson, "YES")).andExpect(jsonPath("$.reply.outcome").value("SHARE"));
        assertAsRecorded();
        assertThat(jdbc.queryForObject("select count(*) from ledger_entry where subject_type = 'information-request' and subject_id = ? "
                + "and details like '%\"row-digest\":%'", Long.class, request.toString())).as("sent, refused, reopened, answered").isEqualTo(4);
        readRequest(POLICE_PRACTITIONER, request).andExpect(jsonPath("$.recordIntegrity").value("AS_RECORDED"));
        readRequest(COUNCIL_PRACTITIONER, request).andExpect(jsonPath("$.recordIntegrity").value("AS_RECORDED"));
        assertThat(pageOf(POLICE_PRACTITIONER, "/requests/" + request)).doesNotContain("Do not rely on this record");
        assertRequestListsSay("AS_RECORDED");
        assertThat(pageOf(POLICE_PRACTITIONER, "/requests/sent")).doesNotContain("data-record-integrity");
        assertThat(pageOf(COUNCIL_PRACTITIONER, "/requests")).doesNotContain("data-record-integrity");
    }

    @Test
    void aRequestAnsweredOnAdviceIsBoundWhenTheAdviceAnswersIt() throws Exception {
        UUID councilPerson = shares.subject(COUNCIL_PRACTITIONER);
        String decision = JsonPath.read(answer(request, decision(councilPerson, "NOT_SURE"))
                .andExpect(jsonPath("$.status").value("AWAITING_ADVICE")).andReturn().getResponse().getContentAsString(), "$.decisionId");
        assertAsRecorded();
        shares.post(COUNCIL_MANAGER, "/api/v1/decisions/" + decision + "/advice", "{\"answers\":{\"CHILD_AT_RISK\":\"YES\"},\"advice\":\"Share it\"}");
        assertThat(jdbc.queryForObject("select status from information_request where id = ?", String.class, request)).isEqualTo("ANSWERED");
        assertThat(jdbc.queryForObject("select count(*) from ledger_entry where subject_type = 'information-request' and subject_id = ? "
                + "and action = 'request.answered-on-advice' and details like '%\"row-digest\":%'", Long.class, request.toString())).isEqualTo(1);
        assertAsRecorded();
    }

    @Test
    void aRequestsAnswerChangedInTheDatabaseIsNamedAndItsPageAndAnswerWarn() throws Exception {
        UUID councilPerson = shares.subject(COUNCIL_PRACTITIONER);
        answer(request, refusal(councilPerson));
        assertAsRecorded();
        keptRequest(db -> {
            db.update("update information_request set outcome = 'SHARE' where id = ?", request);
            assertNamed(RecordFinding.Kind.CHANGED, ProtectedRecords.INFORMATION_REQUEST, request);
            try {
                mvc.perform(get("/api/v1/ledger/verification").header("Authorization", "Bearer " + demo.token(COUNCIL_AUDITOR)))
                        .andExpect(jsonPath("$.intact").value(false))
                        .andExpect(jsonPath("$.records[0].recordType").value("information-request"))
                        .andExpect(jsonPath("$.records[0].recordId").value(request.toString()));
                readRequest(POLICE_PRACTITIONER, request).andExpect(jsonPath("$.recordIntegrity").value("CHANGED"));
                assertThat(pageOf(POLICE_PRACTITIONER, "/requests/" + request)).contains("Do not rely on this record");
                assertThat(pageOf(COUNCIL_PRACTITIONER, "/requests/" + request)).contains("Do not rely on this record");
                // Each list marks it, checked with the rest of its page in one query.
                assertRequestListsSay("CHANGED");
                assertThat(pageOf(POLICE_PRACTITIONER, "/requests/sent")).contains("data-record-integrity");
                assertThat(pageOf(COUNCIL_PRACTITIONER, "/requests")).contains("data-record-integrity");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            assertNamed(RecordFinding.Kind.CHANGED, ProtectedRecords.INFORMATION_REQUEST, request);
        });
        assertAsRecorded();
        readRequest(POLICE_PRACTITIONER, request).andExpect(jsonPath("$.recordIntegrity").value("AS_RECORDED"));
    }

    @Test
    void aRequestInsertedOrDeletedOutsideTheApplicationIsNamed() throws Exception {
        UUID inserted = UUID.randomUUID();
        DatabaseSuperuser.withoutTriggers(server, db -> {
            db.update("insert into information_request select (jsonb_populate_record(null::information_request, to_jsonb(q) "
                    + "|| jsonb_build_object('id', ?::text))).* from information_request q where q.id = ?", inserted.toString(), request);
            try {
                assertNamed(RecordFinding.Kind.ADDED, ProtectedRecords.INFORMATION_REQUEST, inserted);
            } finally {
                db.update("delete from information_request where id = ?", inserted);
            }
        });
        assertAsRecorded();
        keptRequest(db -> {
            db.update("delete from information_request where id = ?", request);
            assertThat(assertNamed(RecordFinding.Kind.DELETED, ProtectedRecords.INFORMATION_REQUEST, request)).endsWith("… deleted outside the disposal path");
        });
        assertAsRecorded();
    }

    @Test
    void disposalRecordsEachRequestItChangesOrTakesAndTheLedgerStillVerifies() throws Exception {
        UUID councilPerson = shares.subject(COUNCIL_PRACTITIONER);
        answer(request, decision(councilPerson, "YES"));
        assertAsRecorded();

        // The holder erases its person: the answering decision goes, and the request's link to it is cleared and recorded.
        disposal.erase(demo.actor(COUNCIL_DPO), councilPerson, null);
        assertThat(jdbc.queryForObject("select decision_id is null from information_request where id = ?", Boolean.class, request)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from ledger_entry where action = 'retention.request-link.cleared' "
                + "and subject_type = 'information-request' and subject_id = ?", Long.class, request.toString())).isEqualTo(1);
        assertAsRecorded();

        // The requester erases its person: the request goes with them, recorded as gone.
        disposal.erase(demo.actor(POLICE_DPO), policePerson, null);
        assertThat(jdbc.queryForObject("select count(*) from information_request where id = ?", Long.class, request)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from ledger_entry where action = 'retention.records.disposed' "
                + "and subject_type = 'information-request' and details like ?", Long.class, "%" + GoneRecords.compact(request) + "%"))
                .as("listed as gone by the batch's entry (ADR 0097)").isEqualTo(1);
        VerificationReport report = verifier.verify();
        assertThat(report.records()).as("%s", report).isEmpty();
        assertThat(report.intact()).as("%s", report).isTrue();
    }

    // --- helpers ---

    private UUID send(UUID person) throws Exception {
        String body = shares.post(POLICE_PRACTITIONER, "/api/v1/requests", """
                {"subjectId":"%s","holderOrganisationId":"%s","purpose":"SAFEGUARDING_CHILD","gatewayCode":"CA1989-S47",
                 "urgency":"URGENT","items":["address","agency-involvement"],"reason":"Strategy discussion tomorrow"}"""
                .formatted(person, demo.organisation(DemoDirectory.COUNCIL).id()));
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }

    private ResultActions answer(UUID id, String decision) throws Exception {
        return mvc.perform(as(COUNCIL_PRACTITIONER, post("/api/v1/requests/" + id + "/decision"))
                        .content("{\"decision\":" + decision + ",\"messageToRequester\":\"Our answer\"}"))
                .andExpect(status().isOk());
    }

    /** A decision to the police about the council's person; with a child at risk NOT_SURE it waits for a manager's advice. */
    private String decision(UUID councilPerson, String childAtRisk) {
        return """
                {"subjectId":"%s","recipientOrganisationId":"%s","purpose":"SAFEGUARDING_CHILD","purposeLegitimate":"YES",
                 "items":[{"code":"safeguarding-concern"},{"code":"address"}],"identifiable":true,"confidential":true,
                 "consentId":null,"consentNotSoughtReason":"WOULD_PLACE_CHILD_AT_RISK","childAtRisk":"%s","vitalInterests":"NO","proportionate":"YES",
                 "lessIntrusiveMeans":"NO","outsideUk":"NO","informPerson":"NO","notInformReason":"WOULD_CREATE_OR_INCREASE_RISK",
                 "rationale":"Asked by the police"}""".formatted(councilPerson, demo.organisation(DemoDirectory.POLICE).id(), childAtRisk);
    }

    /** A refusal: no child at risk, no consent sought, not proportionate. */
    private String refusal(UUID councilPerson) {
        return """
                {"subjectId":"%s","recipientOrganisationId":"%s","purpose":"SAFEGUARDING_CHILD","purposeLegitimate":"YES",
                 "items":[{"code":"safeguarding-concern"},{"code":"address"}],"identifiable":true,"confidential":true,
                 "consentId":null,"consentNotSoughtReason":"NOT_REASONABLE","childAtRisk":"NO","vitalInterests":"NO","proportionate":"NO",
                 "lessIntrusiveMeans":"NO","outsideUk":"NO","informPerson":"NO","notInformReason":"WOULD_CREATE_OR_INCREASE_RISK",
                 "rationale":"No concern known"}""".formatted(councilPerson, demo.organisation(DemoDirectory.POLICE).id());
    }

    /** Every page that shows the agreement for a task, with a draft of an amendment open. */
    private List<String> agreementPages() {
        String at = "/agreements/" + agreement;
        return List.of(at, at + "/draft", at + "/draft/about", at + "/draft/check", at + "/draft/parties/new", at + "/draft/data/items/new",
                at + "/dpia", at + "/dpia/assessment", at + "/review", at + "/terminate", at + "/versions/1/sign", at + "/print");
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private ResultActions readAgreement(String username) throws Exception {
        return mvc.perform(agreements.as(username, get("/api/v1/agreements/" + agreement))).andExpect(status().isOk());
    }

    /** The request as the requester's and the holder's lists (API) give it. */
    private void assertRequestListsSay(String integrity) throws Exception {
        String row = "$[?(@.id == '" + request + "')].recordIntegrity";
        mvc.perform(as(POLICE_PRACTITIONER, get("/api/v1/requests/outbox?size=100"))).andExpect(status().isOk()).andExpect(jsonPath(row).value(integrity));
        mvc.perform(as(COUNCIL_PRACTITIONER, get("/api/v1/requests?size=100"))).andExpect(status().isOk()).andExpect(jsonPath(row).value(integrity));
    }

    private ResultActions readRequest(String username, UUID id) throws Exception {
        return mvc.perform(as(username, get("/api/v1/requests/" + id))).andExpect(status().isOk());
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + demo.token(username)).contentType(MediaType.APPLICATION_JSON);
    }

    private String pageOf(String username, String path) throws Exception {
        return mvc.perform(get(path).session(signIn(username))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** Changes the agreement as a superuser would, then puts it and every row of it back exactly as they were. */
    private void keptAgreement(Consumer<JdbcTemplate> change) {
        DatabaseSuperuser.withoutTriggers(server, db -> {
            db.execute("create temporary table kept_agreement as select * from agreement where id = '" + agreement + "'");
            AGREEMENT_TABLES.forEach(table -> db.execute("create temporary table kept_" + table + " as select * from " + table
                    + " where agreement_id = '" + agreement + "'"));
            try {
                change.accept(db);
            } finally {
                AGREEMENT_TABLES.forEach(table -> db.update("delete from " + table + " where agreement_id = ?", agreement));
                db.update("delete from agreement where id = ?", agreement);
                db.update("insert into agreement select * from kept_agreement");
                AGREEMENT_TABLES.forEach(table -> db.update("insert into " + table + " select * from kept_" + table));
            }
        });
    }

    /** Changes the request as a superuser would, then puts it back exactly as it was. */
    private void keptRequest(Consumer<JdbcTemplate> change) {
        DatabaseSuperuser.withoutTriggers(server, db -> {
            db.execute("create temporary table kept_request as select * from information_request where id = '" + request + "'");
            try {
                change.accept(db);
            } finally {
                db.update("delete from information_request where id = ?", request);
                db.update("insert into information_request select * from kept_request");
            }
        });
    }

    /** The verifier names only this record, so, and the reading check agrees; the finding's words. */
    private String assertNamed(RecordFinding.Kind kind, String type, UUID id) {
        VerificationReport report = verifier.verify();
        assertThat(report.intact()).as("%s", report).isFalse();
        assertThat(report.records()).containsExactly(new RecordFinding(kind, type, id.toString()));
        assertThat(digests.check(type, id)).map(RecordFinding::kind).contains(kind);
        return report.records().get(0).explanation();
    }

    private void assertAsRecorded() {
        VerificationReport report = verifier.verify();
        assertThat(report.records()).as("%s", report).isEmpty();
        assertThat(report.intact()).as("%s", report).isTrue();
        assertThat(digests.check(ProtectedRecords.AGREEMENT, agreement)).isEmpty();
        assertThat(digests.check(ProtectedRecords.INFORMATION_REQUEST, request)).isEmpty();
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(post("/sign-in").with(csrf()).param("username", username).param("password", DemoPartnership.PASSWORD))
                .andReturn().getRequest().getSession();
    }
}
