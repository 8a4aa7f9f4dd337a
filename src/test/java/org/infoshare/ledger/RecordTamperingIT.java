package org.infoshare.ledger;

// Longer than 400 lines: every case changes and puts back the same database of the class's own (a context of its own,
// dirtied after the class), so a second class would start a second application and database for a few more cases.

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.infoshare.database.EmbeddedPostgresServer;
import org.infoshare.ledger.rules.GoneRecords;
import org.infoshare.ledger.rules.RecordFinding;
import org.infoshare.support.DatabaseSuperuser;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.ShareDecisions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.support.DemoPartnership.COUNCIL_AUDITOR;
import static org.infoshare.support.DemoPartnership.COUNCIL_PRACTITIONER;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sharing decisions changed, inserted and deleted directly in the database, as someone with full access to it
 * could, are each named by the verifier, in the API, on the integrity page and by the command-line verifier; the
 * decision's own page and API answer warn. Changes made through the application, and disposal, are not named
 * (ADR 0063). Like {@link LedgerTamperingIT}, the class has an application context and database of its own, and
 * every test restores what it changed.
 */
@IntegrationTest
// Several readers even on this small ledger: the records' digests are gathered by each and read beside them.
@TestPropertySource(properties = {"infoshare.background-jobs=false", "infoshare.ledger.verifier-entries-per-reader=50",
        "infoshare.ledger.verifier-readers=3"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RecordTamperingIT {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired LedgerVerifier verifier;
    @Autowired RecordDigests digests;
    @Autowired EmbeddedPostgresServer server;
    @Autowired JdbcTemplate jdbc;
    @Autowired Ledger ledger;
    @Autowired PlatformTransactionManager transactions;
    @Autowired LedgerSequencer sequencer;
    @Value("${infoshare.keys.directory}") String keysDirectory;

    UUID decision;

    @BeforeEach
    void aDecisionRecordedThroughTheApplication() throws Exception {
        decision = new ShareDecisions(mvc, demo).toPolice(COUNCIL_PRACTITIONER).decisionId();
        assertAsRecorded();
    }

    @Test
    void everyEntryOnADecisionCarriesTheDigestOfTheDecisionAsStored() {
        String details = jdbc.queryForObject("select details from ledger_entry where subject_type = 'decision' and subject_id = ? order by id desc limit 1",
                String.class, decision.toString());
        String live = live(decision);
        assertThat(live).matches("[0-9a-f]{64}");
        assertThat(details).contains("\"row-digest\":\"" + live + "\"");
        // Nothing personal: the entry holds the digest, not the sealed document.
        assertThat(details).doesNotContain(ShareDecisions.SUBJECT_NAME);
    }

    @Test
    void aDecisionWhoseOutcomeIsEditedInTheDatabaseIsNamedEverywhere() throws Exception {
        String basis = jdbc.queryForObject("select lawful_basis from sharing_decision where id = ?", String.class, decision);
        asSuperuser(db -> db.update("update sharing_decision set outcome = 'DO_NOT_SHARE', lawful_basis = null where id = ?", decision));
        try {
            VerificationReport report = verifier.verify();
            assertThat(report.intact()).as("%s", report).isFalse();
            assertThat(report.firstBreak()).as("the chain itself is sound").isNull();
            assertThat(report.records()).containsExactly(new RecordFinding(RecordFinding.Kind.CHANGED, "decision", decision.toString()));
            assertThat(report.records().get(0).explanation())
                    .isEqualTo("decision " + decision.toString().substring(0, 8) + "… changed after it was recorded");

            mvc.perform(get("/api/v1/ledger/verification").header("Authorization", "Bearer " + demo.token(COUNCIL_AUDITOR)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.intact").value(false))
                    .andExpect(jsonPath("$.firstBreak").doesNotExist())
                    .andExpect(jsonPath("$.recordFindings").value(1))
                    .andExpect(jsonPath("$.records[0].kind").value("CHANGED"))
                    .andExpect(jsonPath("$.records[0].recordType").value("decision"))
                    .andExpect(jsonPath("$.records[0].recordId").value(decision.toString()));

            String page = mvc.perform(post("/audit/integrity").with(csrf()).session(signIn(COUNCIL_AUDITOR)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("Records were changed outside infoshare")
                    .contains("decision " + decision.toString().substring(0, 8) + "… changed after it was recorded")
                    .doesNotContain("The ledger is intact");

            // The decision's own page and API warn instead of serving it as if intact.
            mvc.perform(get("/api/v1/decisions/" + decision).header("Authorization", "Bearer " + demo.token(COUNCIL_PRACTITIONER)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.outcome").value("DO_NOT_SHARE"))
                    .andExpect(jsonPath("$.recordIntegrity").value("CHANGED"));
            String decisionPage = mvc.perform(get("/decisions/" + decision).session(signIn(COUNCIL_PRACTITIONER)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(decisionPage).contains("Do not rely on this record")
                    .contains("This record was changed in the database after it was recorded");

            VerifyLedgerRun command = VerifyLedgerRun.against(server, keysDirectory);
            assertThat(command.exitCode()).as(command.output()).isEqualTo(1);
            assertThat(command.output()).contains("LEDGER BROKEN").contains("protected records not as recorded: 1")
                    .contains("record: decision " + decision.toString().substring(0, 8) + "… changed after it was recorded [decision " + decision + "]");
        } finally {
            asSuperuser(db -> db.update("update sharing_decision set outcome = 'SHARE', lawful_basis = ? where id = ?", basis, decision));
        }
        assertAsRecorded();
        mvc.perform(get("/api/v1/decisions/" + decision).header("Authorization", "Bearer " + demo.token(COUNCIL_PRACTITIONER)))
                .andExpect(jsonPath("$.recordIntegrity").value("AS_RECORDED"));
        String decisionPage = mvc.perform(get("/decisions/" + decision).session(signIn(COUNCIL_PRACTITIONER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(decisionPage).doesNotContain("Do not rely on this record");
    }

    @Test
    void aDecisionChangedInTheDatabaseIsMarkedInTheListsAndThePersonsHistoryAndNoOtherIs() throws Exception {
        UUID person = jdbc.queryForObject("select subject_id from sharing_decision where id = ?", UUID.class, decision);
        new ShareDecisions(mvc, demo).to(COUNCIL_PRACTITIONER, person, "Westshire Police");
        assertDecisionListsMark(0);
        String basis = jdbc.queryForObject("select lawful_basis from sharing_decision where id = ?", String.class, decision);
        asSuperuser(db -> db.update("update sharing_decision set outcome = 'DO_NOT_SHARE', lawful_basis = null where id = ?", decision));
        try {
            // Each list marks it, checked with the rest of its page in one query; the intact decisions beside it are not marked.
            assertDecisionListsMark(1);
            mvc.perform(get("/api/v1/decisions?size=100").header("Authorization", "Bearer " + demo.token(COUNCIL_PRACTITIONER)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[?(@.id == '" + decision + "')].recordIntegrity").value("CHANGED"))
                    .andExpect(jsonPath("$[?(@.recordIntegrity != 'AS_RECORDED')].id").value(decision.toString()));
            mvc.perform(get("/api/v1/decisions?subjectId=" + person).header("Authorization", "Bearer " + demo.token(COUNCIL_PRACTITIONER)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[?(@.recordIntegrity == 'AS_RECORDED')]").isNotEmpty())
                    .andExpect(jsonPath("$[?(@.recordIntegrity != 'AS_RECORDED')].id").value(decision.toString()));
        } finally {
            asSuperuser(db -> db.update("update sharing_decision set outcome = 'SHARE', lawful_basis = ? where id = ?", basis, decision));
        }
        assertAsRecorded();
        assertDecisionListsMark(0);
        mvc.perform(get("/api/v1/decisions?size=100").header("Authorization", "Bearer " + demo.token(COUNCIL_PRACTITIONER)))
                .andExpect(jsonPath("$[?(@.id == '" + decision + "')].recordIntegrity").value("AS_RECORDED"));
    }

    /** How many rows the decision list page and the person's chronology mark as not as recorded. */
    private void assertDecisionListsMark(int rows) throws Exception {
        UUID person = jdbc.queryForObject("select subject_id from sharing_decision where id = ?", UUID.class, decision);
        MockHttpSession session = signIn(COUNCIL_PRACTITIONER);
        for (String path : List.of("/decisions", "/people/" + person)) {
            String page = mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page.split("data-record-integrity", -1)).as(path).hasSize(rows + 1);
        }
    }

    @Test
    void aSealedDocumentSwappedForAnotherDecisionsIsNamed() {
        UUID other = anotherDecision();
        tampered(db -> db.update("update sharing_decision set record_enc = (select record_enc from sharing_decision where id = ?) where id = ?", other, decision),
                RecordFinding.Kind.CHANGED, decision);
    }

    @Test
    void aDecisionInsertedWithoutALedgerEntryIsNamed() throws Exception {
        UUID inserted = UUID.randomUUID();
        String copy = "insert into sharing_decision select (jsonb_populate_record(null::sharing_decision, to_jsonb(d) || jsonb_build_object('id', ?::text))).* "
                + "from sharing_decision d where d.id = ?";
        asSuperuser(db -> db.update(copy, inserted.toString(), decision));
        try {
            VerificationReport report = verifier.verify();
            assertThat(report.intact()).isFalse();
            assertThat(report.records()).containsExactly(new RecordFinding(RecordFinding.Kind.ADDED, "decision", inserted.toString()));
            assertThat(inSql()).isEqualTo(report.records());
            assertThat(report.records().get(0).explanation()).endsWith("… added without a ledger entry");
            // What a reader opening it is told (its sealed document, copied from another decision, does not open at all).
            assertThat(digests.check("decision", inserted)).map(RecordFinding::kind).contains(RecordFinding.Kind.ADDED);
        } finally {
            asSuperuser(db -> db.update("delete from sharing_decision where id = ?", inserted));
        }
        assertAsRecorded();
    }

    @Test
    void aDecisionDeletedOutsideDisposalIsNamed() {
        asSuperuser(db -> {
            db.execute("create temporary table kept as select * from sharing_decision where id = '" + decision + "'");
            db.update("delete from sharing_decision where id = ?", decision);
            try {
                VerificationReport report = verifier.verify();
                assertThat(report.intact()).isFalse();
                assertThat(report.records()).containsExactly(new RecordFinding(RecordFinding.Kind.DELETED, "decision", decision.toString()));
                assertThat(inSql()).isEqualTo(report.records());
                assertThat(report.records().get(0).explanation()).endsWith("… deleted outside the disposal path");
            } finally {
                db.update("insert into sharing_decision select * from kept");
            }
        });
        assertAsRecorded();
    }

    @Test
    void changesMadeThroughTheApplicationAreReplayedNotNamed() throws Exception {
        String before = live(decision);
        String token = "Bearer " + demo.token(COUNCIL_PRACTITIONER);
        mvc.perform(post("/api/v1/decisions/" + decision + "/verbal-share").header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sharedAt\":\"%s\",\"sharedWith\":\"Duty sergeant\"}".formatted(OffsetDateTime.now(ZoneOffset.UTC).minusHours(1))))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/decisions/" + decision + "/written-confirmation").header("Authorization", token))
                .andExpect(status().isOk());
        assertThat(live(decision)).as("the decision did change").isNotEqualTo(before);
        assertAsRecorded();
    }

    @Test
    void aDecisionRecordedAsGoneByDisposalIsNotNamedButOneThatComesBackIs() {
        // Disposal records each decision it takes as gone (DisposalIT disposes through the real path and verifies);
        // here the ledger says so, and the row is then put back by hand.
        UUID gone = decision;
        List<RecordFinding> findings = new ArrayList<>();
        asSuperuser(db -> {
            db.execute("create temporary table kept as select * from sharing_decision where id = '" + gone + "'");
            db.update("delete from sharing_decision where id = ?", gone);
            try {
                recordGone(gone);
                VerificationReport report = verifier.verify();
                assertThat(report.records()).as("gone, as the ledger says").isEmpty();
                db.update("insert into sharing_decision select * from kept");
                findings.addAll(verifier.verify().records());
            } finally {
                db.update("delete from sharing_decision where id = ?", gone);
            }
        });
        assertThat(findings).containsExactly(new RecordFinding(RecordFinding.Kind.ADDED, "decision", gone.toString()));
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void decisionsListedAsGoneByABatchEntryAreNotNamedAndBothPathsAgreeOnTheRest() throws Exception {
        // ADR 0097: a disposal batch lists the records of a kind it took in one entry about the run.
        UUID first = decision;
        UUID second = new ShareDecisions(mvc, demo).toPolice(COUNCIL_PRACTITIONER).decisionId();
        UUID outside = new ShareDecisions(mvc, demo).toPolice(COUNCIL_PRACTITIONER).decisionId();
        assertAsRecorded();
        List<RecordFinding> cameBack = new ArrayList<>();
        List<RecordFinding> deletedOutside = new ArrayList<>();
        List<RecordFinding> withAnIdTakenOut = new ArrayList<>();
        asSuperuser(db -> {
            db.execute("create temporary table kept as select * from sharing_decision where id in ('" + first + "', '" + second + "')");
            db.update("delete from sharing_decision where id in (?, ?)", first, second);
            long listing = recordBatchGone(List.of(second, first));
            sequencer.chainPending();
            VerificationReport report = verifier.verify();
            assertThat(report.records()).as("gone, as the batch's entry says").isEmpty();
            assertThat(inSql()).isEmpty();
            assertThat(report.intact()).as("%s", report).isTrue();

            // One comes back by hand, another is deleted outside disposal: each is named, the same by both paths.
            db.update("insert into sharing_decision select * from kept where id = ?", first);
            cameBack.addAll(verifier.verify().records());
            assertThat(inSql()).isEqualTo(cameBack);
            assertThat(digests.check("decision", first)).map(RecordFinding::kind).contains(RecordFinding.Kind.ADDED);
            db.update("delete from sharing_decision where id = ?", first);
            db.execute("create temporary table kept_outside as select * from sharing_decision where id = '" + outside + "'");
            db.update("delete from sharing_decision where id = ?", outside);
            deletedOutside.addAll(verifier.verify().records());
            assertThat(inSql()).isEqualTo(deletedOutside);
            db.update("insert into sharing_decision select * from kept_outside");

            // The list edited in the entry (an id taken out) breaks the chain; the id taken out is then named as deleted.
            String details = db.queryForObject("select details from ledger_entry where id = ?", String.class, listing);
            String without = details.replace(GoneRecords.compact(second), "");
            db.update("update ledger_entry set details = ? where id = ?", without, listing);
            try {
                VerificationReport broken = verifier.verify();
                assertThat(broken.intact()).isFalse();
                assertThat(broken.firstBreak()).isNotNull();
                withAnIdTakenOut.addAll(broken.records());
            } finally {
                db.update("update ledger_entry set details = ? where id = ?", details, listing);
            }
        });
        assertThat(cameBack).containsExactly(new RecordFinding(RecordFinding.Kind.ADDED, "decision", first.toString()));
        assertThat(deletedOutside).containsExactly(new RecordFinding(RecordFinding.Kind.DELETED, "decision", outside.toString()));
        assertThat(withAnIdTakenOut).containsExactly(new RecordFinding(RecordFinding.Kind.DELETED, "decision", second.toString()));
        VerificationReport report = verifier.verify();
        assertThat(report.records()).as("%s", report).isEmpty();
        assertThat(report.intact()).as("%s", report).isTrue();
    }

    private long recordBatchGone(List<UUID> ids) {
        return new TransactionTemplate(transactions).execute(s -> ledger.record(LedgerEvent.of("retention.records.disposed", "decision", UUID.randomUUID())
                .detail("method", "DELETED").detail("count", ids.size()).goneRecords(ids).build()));
    }

    @Test
    void onlyRecordsThatAreGoneCanBeListedAsGone() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> recordBatchGone(List.of(decision)))
                .hasMessageContaining("listed as gone is still stored");
        assertAsRecorded();
    }

    private void recordGone(UUID id) {
        new TransactionTemplate(transactions).executeWithoutResult(s ->
                ledger.record(LedgerEvent.of("retention.record.disposed", "decision", id).detail("method", "DELETED").build()));
    }

    @Test
    void aConsentRecordWhoseHistoryIsEditedIsNamedAndItsPageWarns() throws Exception {
        ShareDecisions decisions = new ShareDecisions(mvc, demo);
        UUID subject = decisions.subject(COUNCIL_PRACTITIONER);
        UUID consent = UUID.fromString(com.jayway.jsonpath.JsonPath.read(decisions.post(COUNCIL_PRACTITIONER, "/api/v1/consents", """
                {"subjectId":"%s","answer":"GIVEN","givenBy":"PARENTAL_RESPONSIBILITY","giverName":"Jo Parent","explicit":true,
                 "medium":"WRITTEN","givenOn":"2026-11-01","whatWasAgreed":"Share the concern with the police",
                 "purposes":["SAFEGUARDING_CHILD"],"recipients":["%s"]}""".formatted(subject, demo.organisation("Westshire Police").id())), "$.id"));
        // Withdrawing it through the application changes the record and its history: replayed, not named.
        decisions.post(COUNCIL_PRACTITIONER, "/api/v1/consents/" + consent + "/withdrawal", "{\"withdrawnOn\":\"2026-11-20\"}");
        assertAsRecorded();

        asSuperuser(db -> db.update("update consent_event set event = 'GIVEN' where consent_id = ? and event = 'WITHDRAWN'", consent));
        try {
            VerificationReport report = verifier.verify();
            assertThat(report.intact()).isFalse();
            assertThat(report.records()).containsExactly(new RecordFinding(RecordFinding.Kind.CHANGED, "consent", consent.toString()));
            String page = mvc.perform(get("/consents/" + consent).session(signIn(COUNCIL_PRACTITIONER)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("Do not rely on this record");
            // The API answer says so; the FHIR resource, which another system would take as the consent, is refused.
            mvc.perform(get("/api/v1/consents/" + consent).header("Authorization", "Bearer " + demo.token(COUNCIL_PRACTITIONER)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.recordIntegrity").value("CHANGED"));
            mvc.perform(get("/api/v1/consents/" + consent + "/fhir").header("Authorization", "Bearer " + demo.token(COUNCIL_PRACTITIONER)))
                    .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("recordIntegrity"));
            assertThat(mvc.perform(get("/consents/" + consent + "/fhir").session(signIn(COUNCIL_PRACTITIONER)))
                    .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString()).contains("Do not rely on this record");
        } finally {
            asSuperuser(db -> db.update("update consent_event set event = 'WITHDRAWN' where consent_id = ? and event = 'GIVEN' "
                    + "and id = (select max(id) from consent_event where consent_id = ?)", consent, consent));
        }
        assertAsRecorded();
        String page = mvc.perform(get("/consents/" + consent).session(signIn(COUNCIL_PRACTITIONER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("Do not rely on this record");
        mvc.perform(get("/api/v1/consents/" + consent).header("Authorization", "Bearer " + demo.token(COUNCIL_PRACTITIONER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.recordIntegrity").value("AS_RECORDED"));
        mvc.perform(get("/api/v1/consents/" + consent + "/fhir").header("Authorization", "Bearer " + demo.token(COUNCIL_PRACTITIONER)))
                .andExpect(status().isOk());
    }

    // --- helpers ---

    private void tampered(Consumer<JdbcTemplate> change, RecordFinding.Kind kind, UUID id) {
        asSuperuser(db -> {
            db.execute("create temporary table kept as select * from sharing_decision where id = '" + id + "'");
            change.accept(db);
            try {
                VerificationReport report = verifier.verify();
                assertThat(report.intact()).isFalse();
                assertThat(report.records()).containsExactly(new RecordFinding(kind, "decision", id.toString()));
                assertThat(inSql()).as("the comparison in SQL, used when the chain is broken").isEqualTo(report.records());
                assertThat(digests.check("decision", id)).map(RecordFinding::kind).contains(kind);
            } finally {
                db.update("delete from sharing_decision where id = ?", id);
                db.update("insert into sharing_decision select * from kept");
            }
        });
        assertAsRecorded();
    }

    private void assertAsRecorded() {
        VerificationReport report = verifier.verify();
        assertThat(report.records()).as("%s", report).isEmpty();
        assertThat(inSql()).isEmpty();
        assertThat(report.intact()).as("%s", report).isTrue();
        assertThat(digests.check("decision", decision)).isEmpty();
    }

    /** The findings of the comparison made in SQL, kind by kind, which the verifier falls back to. */
    private List<RecordFinding> inSql() {
        List<RecordFinding> found = new ArrayList<>();
        digests.check(found::add);
        return found;
    }

    private UUID anotherDecision() {
        return jdbc.queryForObject("select id from sharing_decision where id <> ? and schema_version = 2 limit 1", UUID.class, decision);
    }

    private String live(UUID id) {
        return jdbc.queryForObject("select " + ProtectedRecords.of("decision").orElseThrow().digest() + " from sharing_decision r where r.id = ?",
                String.class, id);
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(post("/sign-in").with(csrf()).param("username", username).param("password", DemoPartnership.PASSWORD))
                .andReturn().getRequest().getSession();
    }

    /** As a database superuser with triggers and foreign keys switched off. */
    private void asSuperuser(Consumer<JdbcTemplate> work) {
        DatabaseSuperuser.withoutTriggers(server, work);
    }
}
