package org.infoshare.ledger;

// Longer than 400 lines: three kinds of record (rights requests, rights notices, incidents), each changed, inserted
// and deleted outside the application and each through its own clean journey, read top to bottom beside one another.

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.database.EmbeddedPostgresServer;
import org.infoshare.directory.DemoDirectory;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Team;
import org.infoshare.ledger.rules.GoneRecords;
import org.infoshare.ledger.rules.RecordFinding;
import org.infoshare.retention.DisposalRuns;
import org.infoshare.rights.RightsCommands;
import org.infoshare.rights.RightsRequests;
import org.infoshare.rights.rules.ExtensionReason;
import org.infoshare.rights.rules.IdentityCheck;
import org.infoshare.rights.rules.PauseReason;
import org.infoshare.rights.rules.ReceivedHow;
import org.infoshare.rights.rules.RequestOutcome;
import org.infoshare.rights.rules.RequesterCapacity;
import org.infoshare.rights.rules.RightKind;
import org.infoshare.shared.Actor;
import org.infoshare.shared.UkCalendar;
import org.infoshare.support.DatabaseSuperuser;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.ShareDecisions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.support.DemoPartnership.COUNCIL_AUDITOR;
import static org.infoshare.support.DemoPartnership.COUNCIL_DPO;
import static org.infoshare.support.DemoPartnership.COUNCIL_PRACTITIONER;
import static org.infoshare.support.DemoPartnership.POLICE_PRACTITIONER;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rights requests with their pauses, rights notices with their items and incidents with their parties, notes and
 * referrals, changed, inserted and deleted directly in the database, are each named by the verifier and in the API,
 * and their pages and API answers warn; their journeys through the application (a request received, paused, extended,
 * decided and closed; a notice sent and answered; an incident reported, assessed, coordinated and closed) and a
 * disposal that takes notices are replayed, not named (ADR 0063). Like {@link RecordTamperingMoreIT}, the class has an
 * application context and database of its own, and every test restores what it changed.
 */
@IntegrationTest
@TestPropertySource(properties = "infoshare.background-jobs=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RightsAndIncidentTamperingIT {

    static final String POLICE_DPO = "dpo@westshire-police.example";
    static final String HIGH_RISK = """
            {"likelihood":"LIKELY","severity":"SERIOUS","dataAffected":["IDENTIFIERS","CHILDREN","SAFEGUARDING_RECORDS"],"peopleAffected":3,
             "encryption":"NOT_ENCRYPTED","containment":"CONTAINED","lawEnforcement":false,"notes":"The school's office is outside the partnership"}""";

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired DirectoryLookup directory;
    @Autowired LedgerVerifier verifier;
    @Autowired RecordDigests digests;
    @Autowired EmbeddedPostgresServer server;
    @Autowired JdbcTemplate jdbc;
    @Autowired DisposalRuns disposal;
    @Autowired RightsRequests requests;

    UUID request;
    UUID notice;
    UUID incident;

    /** The three journeys, through the application, once for the class: each test restores what it changes. */
    @BeforeAll
    void recordsMadeThroughTheApplication() throws Exception {
        request = requestReceivedPausedExtendedDecidedAndClosed();
        notice = noticeSentAndAnswered(disclosure(new ShareDecisions(mvc, demo).toPolice(COUNCIL_PRACTITIONER)));
        incident = incidentReportedAssessedCoordinatedAndClosed();
    }

    @Test
    void theJourneysVerifyAndEveryChangingEntryCarriesTheRecordsDigest() throws Exception {
        assertAsRecorded();
        for (String[] kind : List.of(new String[] {ProtectedRecords.RIGHTS_REQUEST, request.toString()},
                new String[] {ProtectedRecords.RIGHTS_NOTICE, notice.toString()}, new String[] {ProtectedRecords.INCIDENT, incident.toString()})) {
            List<String> details = jdbc.queryForList("select details from ledger_entry where subject_type = ? and subject_id = ? order by id",
                    String.class, kind[0], kind[1]);
            assertThat(details).as(kind[0]).isNotEmpty().allSatisfy(d -> assertThat(d).contains("\"row-digest\":\""));
            assertThat(details.get(details.size() - 1)).contains("\"row-digest\":\"" + live(kind[0], UUID.fromString(kind[1])) + "\"");
        }
        readRequest().andExpect(jsonPath("$.recordIntegrity").value("AS_RECORDED"));
        readNotice().andExpect(jsonPath("$.recordIntegrity").value("AS_RECORDED"));
        readIncident().andExpect(jsonPath("$.recordIntegrity").value("AS_RECORDED"));
        assertThat(pageOf(COUNCIL_DPO, "/rights/requests/" + request)).doesNotContain("Do not rely on this record");
        assertThat(pageOf(COUNCIL_DPO, "/rights/notices/" + notice)).doesNotContain("Do not rely on this record");
        assertThat(pageOf(COUNCIL_DPO, "/incidents/" + incident)).doesNotContain("Do not rely on this record");
        assertAsRecorded();
    }

    @Test
    void aRequestChangedInTheDatabaseIsNamedEverywhereAndItsPageAnswerAndTheQueueWarn() throws Exception {
        UUID intact = requests.record(demo.actor(COUNCIL_PRACTITIONER), new RightsCommands.RecordRequest(RightKind.ACCESS,
                LocalDate.now(UkCalendar.ZONE), ReceivedHow.LETTER, RequesterCapacity.THE_PERSON, "Sam Requester", "3 Elm Row, Westshire",
                "Sam Nobody", LocalDate.of(2012, 2, 1), null, "What do you hold about me?")).id();
        assertThat(marksOn(COUNCIL_DPO, "/rights/requests?all=true")).isZero();
        kept("rights_request", request, "rights_request_pause", "request_id", db -> {
            db.update("update rights_request set outcome = 'REFUSED', exemptions = '{}' where id = ?", request);
            assertNamed(ProtectedRecords.RIGHTS_REQUEST, RecordFinding.Kind.CHANGED, request);
            verificationApiNames(ProtectedRecords.RIGHTS_REQUEST, request);
            readRequest().andExpect(jsonPath("$.recordIntegrity").value("CHANGED"));
            assertThat(pageOf(COUNCIL_DPO, "/rights/requests/" + request)).contains("Do not rely on this record")
                    .contains("This record was changed in the database after it was recorded");
            // The queue marks it, and not the intact request beside it.
            listMarks(COUNCIL_DPO, "/api/v1/rights/requests?all=true&size=100", "request", request, intact);
            assertThat(marksOn(COUNCIL_DPO, "/rights/requests?all=true")).isEqualTo(1);
            // Reading it does not make it pass.
            assertNamed(ProtectedRecords.RIGHTS_REQUEST, RecordFinding.Kind.CHANGED, request);
        });
        assertAsRecorded();
        assertThat(marksOn(COUNCIL_DPO, "/rights/requests?all=true")).isZero();
    }

    @Test
    void aPauseTakenOutOfARequestIsNamedAgainstTheRequest() {
        kept("rights_request", request, "rights_request_pause", "request_id", db -> {
            db.update("delete from rights_request_pause where request_id = ?", request);
            assertNamed(ProtectedRecords.RIGHTS_REQUEST, RecordFinding.Kind.CHANGED, request);
        });
        assertAsRecorded();
    }

    @Test
    void aNoticesAnswerChangedOrItemAddedIsNamedAndItsPageAndAnswerWarn() throws Exception {
        kept("rights_notice", notice, "rights_notice_item", "notice_id", db -> {
            db.update("update rights_notice set outcome = 'CORRECTED' where id = ?", notice);
            assertNamed(ProtectedRecords.RIGHTS_NOTICE, RecordFinding.Kind.CHANGED, notice);
            verificationApiNames(ProtectedRecords.RIGHTS_NOTICE, notice);
            readNotice().andExpect(jsonPath("$.recordIntegrity").value("CHANGED"));
            assertThat(pageOf(COUNCIL_DPO, "/rights/notices/" + notice)).contains("Do not rely on this record");
            // The lists mark it, the receiver's and the sender's, and not the intact notices sent with it.
            listMarks(COUNCIL_DPO, "/api/v1/rights/notices/received?size=100", "notice", notice, null);
            listMarks(POLICE_DPO, "/api/v1/rights/notices/sent?size=100", "notice", notice, null);
            assertThat(marksOn(COUNCIL_DPO, "/rights/notices")).isEqualTo(1);
            assertThat(marksOn(POLICE_DPO, "/rights/notices?sent=true")).isEqualTo(1);
        });
        assertAsRecorded();
        assertThat(marksOn(COUNCIL_DPO, "/rights/notices")).isZero();
        assertThat(marksOn(POLICE_DPO, "/rights/notices?sent=true")).isZero();
        kept("rights_notice", notice, "rights_notice_item", "notice_id", db -> {
            db.update("insert into rights_notice_item (notice_id, position, disclosure_id, item_code) "
                    + "select notice_id, 9, disclosure_id, 'address' from rights_notice_item where notice_id = ? and position = 0", notice);
            assertNamed(ProtectedRecords.RIGHTS_NOTICE, RecordFinding.Kind.CHANGED, notice);
        });
        assertAsRecorded();
    }

    @Test
    void anIncidentChangedOrANoteRemovedIsNamedAndItsPageAndAnswerWarn() throws Exception {
        keptIncident(db -> {
            db.update("update incident set risk_level = 'UNLIKELY', outcome = 'NEAR_MISS' where id = ?", incident);
            assertNamed(ProtectedRecords.INCIDENT, RecordFinding.Kind.CHANGED, incident);
            verificationApiNames(ProtectedRecords.INCIDENT, incident);
            readIncident().andExpect(jsonPath("$.recordIntegrity").value("CHANGED"));
            assertThat(pageOf(COUNCIL_DPO, "/incidents/" + incident)).contains("Do not rely on this record");
            // The register, the reporter's list and the list of a party told mark it, pages and API.
            listMarks(COUNCIL_DPO, "/api/v1/incidents?size=100", null, incident, null);
            listMarks(COUNCIL_PRACTITIONER, "/api/v1/incidents/mine?size=100", null, incident, null);
            listMarks(POLICE_DPO, "/api/v1/incidents/told-to-us?size=100", null, incident, null);
            assertThat(marksOn(COUNCIL_DPO, "/incidents?show=all")).isEqualTo(1);
            assertThat(marksOn(COUNCIL_PRACTITIONER, "/incidents")).isEqualTo(1);
            assertThat(marksOn(POLICE_DPO, "/incidents?show=all")).isEqualTo(1);
            // The drafted ICO report warns as a page; as a PDF or an API answer, which would be sent on as the record, it is refused.
            assertThat(pageOf(COUNCIL_DPO, "/incidents/" + incident + "/ico-report")).contains("Do not rely on this record")
                    .doesNotContain("ico-report.pdf");
            assertThat(mvc.perform(get("/incidents/" + incident + "/ico-report.pdf").session(signIn(COUNCIL_DPO)))
                    .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString()).contains("Do not rely on this record");
            mvc.perform(as(COUNCIL_DPO, get("/api/v1/incidents/" + incident + "/ico-report")))
                    .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("recordIntegrity"));
            mvc.perform(as(COUNCIL_DPO, get("/api/v1/incidents/" + incident + "/ico-report.pdf"))).andExpect(status().isConflict());
        });
        assertAsRecorded();
        assertThat(marksOn(COUNCIL_DPO, "/incidents?show=all")).isZero();
        assertThat(marksOn(POLICE_DPO, "/incidents?show=all")).isZero();
        assertThat(pageOf(COUNCIL_DPO, "/incidents/" + incident + "/ico-report")).doesNotContain("Do not rely on this record")
                .contains("ico-report.pdf");
        mvc.perform(as(COUNCIL_DPO, get("/api/v1/incidents/" + incident + "/ico-report"))).andExpect(status().isOk());
        mvc.perform(as(COUNCIL_DPO, get("/api/v1/incidents/" + incident + "/ico-report.pdf"))).andExpect(status().isOk());
        keptIncident(db -> {
            db.update("delete from incident_note where incident_id = ?", incident);
            assertNamed(ProtectedRecords.INCIDENT, RecordFinding.Kind.CHANGED, incident);
        });
        assertAsRecorded();
        keptIncident(db -> {
            db.update("update incident_party set response = 'NOT_AFFECTED' where incident_id = ?", incident);
            assertNamed(ProtectedRecords.INCIDENT, RecordFinding.Kind.CHANGED, incident);
        });
        assertAsRecorded();
    }

    @Test
    void aRecordOfEachKindInsertedWithoutALedgerEntryIsNamed() {
        UUID inserted = UUID.randomUUID();
        DatabaseSuperuser.withoutTriggers(server, db -> {
            db.update("insert into rights_request select (jsonb_populate_record(null::rights_request, to_jsonb(r) "
                    + "|| jsonb_build_object('id', ?::text, 'reference', 'RR-FAKE-' || ?::text))).* from rights_request r where r.id = ?",
                    inserted.toString(), inserted.toString(), request);
            try {
                assertNamed(ProtectedRecords.RIGHTS_REQUEST, RecordFinding.Kind.ADDED, inserted);
                assertThat(verifier.verify().records().get(0).explanation()).endsWith("… added without a ledger entry");
            } finally {
                db.update("delete from rights_request where id = ?", inserted);
            }
            db.update("insert into rights_notice select (jsonb_populate_record(null::rights_notice, to_jsonb(n) || jsonb_build_object('id', ?::text))).* "
                    + "from rights_notice n where n.id = ?", inserted.toString(), notice);
            try {
                assertNamed(ProtectedRecords.RIGHTS_NOTICE, RecordFinding.Kind.ADDED, inserted);
            } finally {
                db.update("delete from rights_notice where id = ?", inserted);
            }
            db.update("insert into incident overriding system value select (jsonb_populate_record(null::incident, to_jsonb(i) "
                    + "|| jsonb_build_object('id', ?::text, 'number', 900000000))).* from incident i where i.id = ?", inserted.toString(), incident);
            try {
                // (Nobody could open it: its sealed account, copied from another row, does not open under this id.)
                assertNamed(ProtectedRecords.INCIDENT, RecordFinding.Kind.ADDED, inserted);
            } finally {
                db.update("delete from incident where id = ?", inserted);
            }
        });
        assertAsRecorded();
    }

    @Test
    void aRecordOfEachKindDeletedOutsideDisposalIsNamed() {
        kept("rights_request", request, "rights_request_pause", "request_id", db -> {
            db.update("delete from rights_request_pause where request_id = ?", request);
            db.update("delete from rights_request where id = ?", request);
            assertDeleted(ProtectedRecords.RIGHTS_REQUEST, request);
        });
        kept("rights_notice", notice, "rights_notice_item", "notice_id", db -> {
            db.update("delete from rights_notice_item where notice_id = ?", notice);
            db.update("delete from rights_notice where id = ?", notice);
            assertDeleted(ProtectedRecords.RIGHTS_NOTICE, notice);
        });
        keptIncident(db -> {
            for (String child : List.of("incident_party", "incident_note", "incident_referral")) {
                db.update("delete from " + child + " where incident_id = ?", incident);
            }
            db.update("delete from incident where id = ?", incident);
            assertDeleted(ProtectedRecords.INCIDENT, incident);
        });
        assertAsRecorded();
    }

    @Test
    void disposalRecordsEachNoticeItTakesAndTheLedgerStillVerifies() throws Exception {
        ShareDecisions.Decided decided = new ShareDecisions(mvc, demo).toPolice(COUNCIL_PRACTITIONER);
        UUID taken = noticeSentAndAnswered(disclosure(decided));
        assertAsRecorded();

        disposal.erase(demo.actor(COUNCIL_DPO), decided.subjectId(), null);

        assertThat(jdbc.queryForObject("select count(*) from rights_notice where id = ?", Long.class, taken)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from ledger_entry where action = 'retention.records.disposed' and subject_type = ? "
                + "and details like ?", Long.class, ProtectedRecords.RIGHTS_NOTICE, "%" + GoneRecords.compact(taken) + "%"))
                .as("listed as gone by the batch's entry (ADR 0097)").isEqualTo(1);
        assertAsRecorded();
    }

    // --- the journeys ---

    private UUID requestReceivedPausedExtendedDecidedAndClosed() {
        LocalDate today = LocalDate.now(UkCalendar.ZONE);
        Actor dpo = demo.actor(COUNCIL_DPO);
        UUID id = requests.record(demo.actor(COUNCIL_PRACTITIONER), new RightsCommands.RecordRequest(RightKind.ACCESS, today, ReceivedHow.LETTER,
                RequesterCapacity.THE_PERSON, "Dana Requester", "12 Oak Lane, Westshire", "Robin Nobody", LocalDate.of(2014, 6, 1), null,
                "Please send me everything you hold about me")).id();
        requests.pause(dpo, id, new RightsCommands.Pause(PauseReason.IDENTITY, today));
        requests.resume(dpo, id, new RightsCommands.Resume(today));
        requests.recordIdentity(dpo, id, new RightsCommands.RecordIdentity(IdentityCheck.PHOTO_IDENTITY, today));
        requests.extend(dpo, id, new RightsCommands.Extend(ExtensionReason.COMPLEX, "Records are held in three systems", today));
        requests.confirmNotHeld(dpo, id);
        requests.decide(dpo, id, new RightsCommands.Decide(RequestOutcome.NOTHING_HELD, List.of(), "We hold nothing about you", today));
        requests.close(dpo, id, new RightsCommands.Close(today));
        return id;
    }

    private UUID disclosure(ShareDecisions.Decided decided) throws Exception {
        UUID team = directory.teams(demo.organisation(DemoDirectory.POLICE).id()).stream().filter(t -> t.name().equals("Public Protection Desk"))
                .map(Team::id).findFirst().orElseThrow();
        String body = """
                {"decisionId":"%s","recipientTeamId":"%s","accessUntil":null,"items":[%s],"protectedIdentities":[]}"""
                .formatted(decided.decisionId(), team, RecordTamperingMoreIT.ITEMS);
        String created = mvc.perform(as(COUNCIL_PRACTITIONER, post("/api/v1/disclosures")).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(created, "$.id"));
    }

    /** The recipient reports an inaccuracy, which sends a notice to the sender; the sender's DPO answers it. */
    private UUID noticeSentAndAnswered(UUID disclosure) throws Exception {
        String report = mvc.perform(as(POLICE_PRACTITIONER, post("/api/v1/rights/quality-reports")).content("""
                        {"disclosureId":"%s","itemCode":"safeguarding-concern","whatIsWrong":"The bruises were on one arm"}""".formatted(disclosure)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        UUID sent = jdbc.queryForObject("select id from rights_notice where quality_report_id = ? and recipient_organisation = ?", UUID.class,
                UUID.fromString(JsonPath.read(report, "$.id")), demo.organisation(DemoDirectory.COUNCIL).id());
        mvc.perform(as(COUNCIL_DPO, post("/api/v1/rights/notices/" + sent + "/confirmation")).content("{\"outcome\":\"ACKNOWLEDGED\"}"))
                .andExpect(status().isOk());
        return sent;
    }

    private UUID incidentReportedAssessedCoordinatedAndClosed() throws Exception {
        Instant aware = Instant.now().minus(Duration.ofHours(2));
        String reported = mvc.perform(as(COUNCIL_PRACTITIONER, post("/api/v1/incidents")).content("""
                        {"kind":"SENT_TO_WRONG_RECIPIENT","account":"Case notes were emailed to the wrong school","occurredAt":"%s","awareAt":"%s",
                         "dataAffected":["IDENTIFIERS","CHILDREN","SAFEGUARDING_RECORDS"],"peopleAffected":3,
                         "involved":"Riverside Academy's office","actionsTaken":"Asked the school to delete it"}"""
                        .formatted(aware.minus(Duration.ofHours(1)), aware)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        UUID id = UUID.fromString(JsonPath.read(reported, "$.id"));
        String path = "/api/v1/incidents/" + id;
        step(COUNCIL_DPO, path + "/assessment", HIGH_RISK);
        step(COUNCIL_DPO, path + "/ico-decision", "{\"reason\":\"RISK_TO_PEOPLE\",\"notes\":\"Report today\"}");
        step(COUNCIL_DPO, path + "/ico-report", "{\"reference\":\"IC-123456-A1B2\"}");
        step(COUNCIL_DPO, path + "/parties", "{\"organisationId\":\"" + demo.organisation(DemoDirectory.POLICE).id()
                + "\",\"message\":\"Your referral was in the bundle sent to the school\"}");
        step(POLICE_DPO, path + "/acknowledgement", null);
        step(POLICE_DPO, path + "/response", "{\"response\":\"ASSISTING\",\"notes\":\"We will ask the school too\"}");
        mvc.perform(as(POLICE_DPO, post(path + "/notes")).content("{\"note\":\"The school confirmed deletion to us as well\"}"))
                .andExpect(status().isCreated());
        mvc.perform(as(COUNCIL_DPO, post(path + "/referrals")).content("{\"referredTo\":\"DISCIPLINARY\",\"staffMemberId\":\""
                + demo.userId(COUNCIL_PRACTITIONER) + "\",\"reference\":\"HR-2026-17\"}")).andExpect(status().isCreated());
        step(COUNCIL_DPO, path + "/people-decision", "{\"reason\":\"HIGH_RISK\",\"notes\":\"Letters to the parents\"}");
        step(COUNCIL_DPO, path + "/people-told", "{\"how\":\"Letter to each family, with the DPO's number\"}");
        step(COUNCIL_DPO, path + "/closure", "{\"outcome\":\"BREACH\",\"lessons\":\"Check the address book before sending\"}");
        return id;
    }

    private void step(String username, String path, String body) throws Exception {
        MockHttpServletRequestBuilder request = as(username, post(path));
        mvc.perform(body == null ? request : request.content(body)).andExpect(status().isOk());
    }

    // --- helpers ---

    private ResultActions readRequest() throws Exception {
        return read(COUNCIL_DPO, "/api/v1/rights/requests/" + request);
    }

    private ResultActions readNotice() throws Exception {
        return read(COUNCIL_DPO, "/api/v1/rights/notices/" + notice);
    }

    private ResultActions readIncident() throws Exception {
        return read(COUNCIL_DPO, "/api/v1/incidents/" + incident);
    }

    /**
     * A list (API) marks the record CHANGED and no other; the intact record named, if any, is listed AS_RECORDED.
     * {@code field} is where a row holds the record (its id at {@code field.id}), or null when the row is the record.
     */
    private void listMarks(String username, String path, String field, UUID changed, UUID intact) throws Exception {
        String id = field == null ? "@.id" : "@." + field + ".id";
        ResultActions list = read(username, path)
                .andExpect(jsonPath("$[?(" + id + " == '" + changed + "')].recordIntegrity").value("CHANGED"))
                .andExpect(jsonPath("$[?(@.recordIntegrity != 'AS_RECORDED')]." + (field == null ? "id" : field + ".id")).value(changed.toString()));
        if (intact != null) {
            list.andExpect(jsonPath("$[?(" + id + " == '" + intact + "')].recordIntegrity").value("AS_RECORDED"));
        }
    }

    /** How many rows a list page marks as not as recorded. */
    private int marksOn(String username, String path) throws Exception {
        return pageOf(username, path).split("data-record-integrity", -1).length - 1;
    }

    private ResultActions read(String username, String path) throws Exception {
        return mvc.perform(as(username, get(path))).andExpect(status().isOk());
    }

    private void verificationApiNames(String type, UUID id) {
        try {
            mvc.perform(get("/api/v1/ledger/verification").header("Authorization", "Bearer " + demo.token(COUNCIL_AUDITOR)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.records[0].kind").value("CHANGED"))
                    .andExpect(jsonPath("$.records[0].recordType").value(type))
                    .andExpect(jsonPath("$.records[0].recordId").value(id.toString()));
            String integrity = mvc.perform(post("/audit/integrity").with(csrf()).session(signIn(COUNCIL_AUDITOR)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(integrity).contains("Records were changed outside infoshare")
                    .contains(type + " " + id.toString().substring(0, 8) + "… changed after it was recorded");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + demo.token(username)).contentType(MediaType.APPLICATION_JSON);
    }

    private String pageOf(String username, String path) throws Exception {
        return mvc.perform(get(path).session(signIn(username))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** Changes a record and its child rows as a superuser would, then puts them back exactly as they were. */
    private void kept(String table, UUID id, String childTable, String parentColumn, Change change) {
        DatabaseSuperuser.withoutTriggers(server, db -> {
            db.execute("create temporary table kept as select * from " + table + " where id = '" + id + "'");
            db.execute("create temporary table kept_children as select * from " + childTable + " where " + parentColumn + " = '" + id + "'");
            try {
                change.apply(db);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                db.update("delete from " + childTable + " where " + parentColumn + " = ?", id);
                db.update("delete from " + table + " where id = ?", id);
                db.update("insert into " + table + " select * from kept");
                db.update("insert into " + childTable + " select * from kept_children");
                db.execute("drop table kept");
                db.execute("drop table kept_children");
            }
        });
    }

    /** The incident and its parties, notes and referrals, changed as a superuser would, then put back. */
    private void keptIncident(Change change) {
        List<String> children = List.of("incident_party", "incident_note", "incident_referral");
        DatabaseSuperuser.withoutTriggers(server, db -> {
            db.execute("create temporary table kept as select * from incident where id = '" + incident + "'");
            children.forEach(c -> db.execute("create temporary table kept_" + c + " as select * from " + c + " where incident_id = '" + incident + "'"));
            try {
                change.apply(db);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            } finally {
                children.forEach(c -> db.update("delete from " + c + " where incident_id = ?", incident));
                db.update("delete from incident where id = ?", incident);
                db.update("insert into incident overriding system value select * from kept");
                children.forEach(c -> db.update("insert into " + c + " select * from kept_" + c));
                db.execute("drop table kept");
                children.forEach(c -> db.execute("drop table kept_" + c));
            }
        });
    }

    /** What a test does to the database as a superuser. */
    interface Change {
        void apply(JdbcTemplate db) throws Exception;
    }

    private void assertNamed(String type, RecordFinding.Kind kind, UUID id) {
        VerificationReport report = verifier.verify();
        assertThat(report.intact()).as("%s", report).isFalse();
        assertThat(report.firstBreak()).as("the chain itself is sound").isNull();
        assertThat(report.records()).containsExactly(new RecordFinding(kind, type, id.toString()));
        assertThat(digests.check(type, id)).map(RecordFinding::kind).contains(kind);
    }

    private void assertDeleted(String type, UUID id) {
        VerificationReport report = verifier.verify();
        assertThat(report.records()).containsExactly(new RecordFinding(RecordFinding.Kind.DELETED, type, id.toString()));
        assertThat(report.records().get(0).explanation()).endsWith("… deleted outside the disposal path");
    }

    private void assertAsRecorded() {
        VerificationReport report = verifier.verify();
        assertThat(report.records()).as("%s", report).isEmpty();
        assertThat(report.intact()).as("%s", report).isTrue();
        assertThat(digests.check(ProtectedRecords.RIGHTS_REQUEST, request)).isEmpty();
        assertThat(digests.check(ProtectedRecords.RIGHTS_NOTICE, notice)).isEmpty();
        assertThat(digests.check(ProtectedRecords.INCIDENT, incident)).isEmpty();
    }

    private String live(String type, UUID id) {
        ProtectedRecords.Kind kind = ProtectedRecords.of(type).orElseThrow();
        return jdbc.queryForObject("select " + kind.digest() + " from " + kind.table() + " r where r.id = ?", String.class, id);
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(post("/sign-in").with(csrf()).param("username", username).param("password", DemoPartnership.PASSWORD))
                .andReturn().getRequest().getSession();
    }
}
