package org.infoshare.ledger;

import java.util.UUID;
import java.util.function.Consumer;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.database.EmbeddedPostgresServer;
import org.infoshare.directory.DemoDirectory;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Team;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
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
 * Disclosures with their items, changed, inserted and deleted directly in the database, are each named by the
 * verifier, in the API, on the integrity page and by the command-line verifier; the disclosure's pages and API answer
 * warn, and reading it does not make it pass. Opening, withdrawing and disposal through the application are replayed,
 * not named (ADR 0063). Like {@link RecordTamperingIT}, the class has an application context and database of its own,
 * and every test restores what it changed.
 */
@IntegrationTest
@TestPropertySource(properties = "infoshare.background-jobs=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RecordTamperingMoreIT {

    static final String ITEMS = """
            {"code":"safeguarding-concern","content":"Bruises on both arms","kind":"FACT","historical":false,"notToSubject":false},
            {"code":"address","content":"14 Elm Road, Westshire WS1 4AB","kind":"FACT","historical":true,
             "historicalNote":"From the 2024 assessment","notToSubject":false}""";

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired DirectoryLookup directory;
    @Autowired LedgerVerifier verifier;
    @Autowired RecordDigests digests;
    @Autowired EmbeddedPostgresServer server;
    @Autowired JdbcTemplate jdbc;
    @Autowired DisposalRuns disposal;
    @Value("${infoshare.keys.directory}") String keysDirectory;

    ShareDecisions.Decided decided;
    UUID disclosure;

    @BeforeEach
    void aDisclosureSentThroughTheApplication() throws Exception {
        decided = new ShareDecisions(mvc, demo).toPolice(COUNCIL_PRACTITIONER);
        disclosure = send(decided);
        assertAsRecorded();
    }

    @Test
    void everyChangingEntryOnADisclosureCarriesTheDigestOfTheDisclosureWithItsItems() {
        String details = jdbc.queryForObject("select details from ledger_entry where subject_type = 'disclosure' and subject_id = ? "
                + "and action = 'delivery.disclosure.sent'", String.class, disclosure.toString());
        assertThat(details).contains("\"row-digest\":\"" + live(disclosure) + "\"");
        assertThat(details).doesNotContain("Bruises").doesNotContain("Elm Road");
    }

    @Test
    void openedReadAgainAndWithdrawnThroughTheApplicationItVerifies() throws Exception {
        String sent = live(disclosure);
        open(POLICE_PRACTITIONER, disclosure).andExpect(jsonPath("$.recordIntegrity").value("AS_RECORDED"));
        assertThat(live(disclosure)).as("opening it changed it").isNotEqualTo(sent);
        assertAsRecorded();
        // A second reading and the sender's view change nothing, and bind nothing.
        open(POLICE_PRACTITIONER, disclosure).andExpect(jsonPath("$.recordIntegrity").value("AS_RECORDED"));
        open(COUNCIL_PRACTITIONER, disclosure).andExpect(jsonPath("$.recordIntegrity").value("AS_RECORDED"));
        assertThat(jdbc.queryForObject("select count(*) from ledger_entry where subject_type = 'disclosure' and subject_id = ? "
                + "and details like '%row-digest%'", Long.class, disclosure.toString())).as("sent and first opened").isEqualTo(2);
        mvc.perform(as(COUNCIL_PRACTITIONER, post("/api/v1/disclosures/" + disclosure + "/withdrawal")).content("{\"reason\":\"Sent in error\"}"))
                .andExpect(status().isOk());
        assertAsRecorded();
        assertThat(pageOf(COUNCIL_PRACTITIONER, "/disclosures/" + disclosure)).doesNotContain("Do not rely on this record");
        assertThat(pageOf(COUNCIL_PRACTITIONER, "/disclosures/" + disclosure + "/record")).doesNotContain("Do not rely on this record");
    }

    @Test
    void aDisclosureReaddressedInTheDatabaseIsNamedEverywhereAndItsPagesWarn() throws Exception {
        UUID nhs = demo.organisation(DemoDirectory.NHS).id();
        kept(db -> {
            db.update("update disclosure set recipient_organisation = ?, recipient_team = null, recipient_user = ? where id = ?", nhs,
                    demo.actor(DemoPartnership.NHS_PRACTITIONER).userId(), disclosure);
            VerificationReport report = verifier.verify();
            assertThat(report.intact()).as("%s", report).isFalse();
            assertThat(report.firstBreak()).as("the chain itself is sound").isNull();
            assertThat(report.records()).containsExactly(new RecordFinding(RecordFinding.Kind.CHANGED, "disclosure", disclosure.toString()));
            String named = "disclosure " + disclosure.toString().substring(0, 8) + "… changed after it was recorded";
            assertThat(report.records().get(0).explanation()).isEqualTo(named);
            try {
                mvc.perform(get("/api/v1/ledger/verification").header("Authorization", "Bearer " + demo.token(COUNCIL_AUDITOR)))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.intact").value(false))
                        .andExpect(jsonPath("$.records[0].kind").value("CHANGED"))
                        .andExpect(jsonPath("$.records[0].recordType").value("disclosure"))
                        .andExpect(jsonPath("$.records[0].recordId").value(disclosure.toString()));
                String integrity = mvc.perform(post("/audit/integrity").with(csrf()).session(signIn(COUNCIL_AUDITOR)))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
                assertThat(integrity).contains("Records were changed outside infoshare").contains(named);

                // The new "recipient" opens it: warned, and the reading does not make it pass.
                open(DemoPartnership.NHS_PRACTITIONER, disclosure).andExpect(jsonPath("$.recordIntegrity").value("CHANGED"));
                open(COUNCIL_PRACTITIONER, disclosure).andExpect(jsonPath("$.recordIntegrity").value("CHANGED"));
                assertThat(pageOf(COUNCIL_PRACTITIONER, "/disclosures/" + disclosure)).contains("Do not rely on this record")
                        .contains("This record was changed in the database after it was recorded");
                assertThat(pageOf(COUNCIL_PRACTITIONER, "/disclosures/" + disclosure + "/record")).contains("Do not rely on this record");
                assertThat(verifier.verify().records())
                        .containsExactly(new RecordFinding(RecordFinding.Kind.CHANGED, "disclosure", disclosure.toString()));

                VerifyLedgerRun command = VerifyLedgerRun.against(server, keysDirectory);
                assertThat(command.exitCode()).as(command.output()).isEqualTo(1);
                assertThat(command.output()).contains("LEDGER BROKEN").contains("record: " + named + " [disclosure " + disclosure + "]");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertAsRecorded();
        open(COUNCIL_PRACTITIONER, disclosure).andExpect(jsonPath("$.recordIntegrity").value("AS_RECORDED"));
    }

    @Test
    void aDisclosureChangedInTheDatabaseIsMarkedInTheListsAndItsRecordAnswerAndNoOtherIs() throws Exception {
        UUID intact = send(new ShareDecisions(mvc, demo).toPolice(COUNCIL_PRACTITIONER));
        assertDisclosureListsMark(0);
        kept(db -> {
            db.update("update disclosure set inform_person = not inform_person where id = ?", disclosure);
            try {
                // Each list marks it, checked with the rest of its page in one query; the intact one sent beside it is not marked.
                assertDisclosureListsMark(1);
                for (String[] list : new String[][] {{COUNCIL_PRACTITIONER, "/api/v1/disclosures/sent?size=100"},
                        {POLICE_PRACTITIONER, "/api/v1/disclosures?size=100"}}) {
                    mvc.perform(as(list[0], get(list[1]))).andExpect(status().isOk())
                            .andExpect(jsonPath("$[?(@.id == '" + disclosure + "')].recordIntegrity").value("CHANGED"))
                            .andExpect(jsonPath("$[?(@.id == '" + intact + "')].recordIntegrity").value("AS_RECORDED"))
                            .andExpect(jsonPath("$[?(@.recordIntegrity != 'AS_RECORDED')].id").value(disclosure.toString()));
                }
                mvc.perform(as(COUNCIL_PRACTITIONER, get("/api/v1/disclosures/" + disclosure + "/record"))).andExpect(status().isOk())
                        .andExpect(jsonPath("$.id").value(disclosure.toString())).andExpect(jsonPath("$.recordIntegrity").value("CHANGED"));
                mvc.perform(as(COUNCIL_PRACTITIONER, get("/api/v1/disclosures/" + intact + "/record"))).andExpect(status().isOk())
                        .andExpect(jsonPath("$.recordIntegrity").value("AS_RECORDED"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertAsRecorded();
        assertDisclosureListsMark(0);
        mvc.perform(as(COUNCIL_PRACTITIONER, get("/api/v1/disclosures/" + disclosure + "/record"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.recordIntegrity").value("AS_RECORDED")).andExpect(jsonPath("$.itemCount").isNumber());
    }

    /** How many rows the sender's list and the recipient's inbox (pages) mark as not as recorded. */
    private void assertDisclosureListsMark(int rows) throws Exception {
        assertThat(pageOf(COUNCIL_PRACTITIONER, "/sent").split("data-record-integrity", -1)).as("sent").hasSize(rows + 1);
        assertThat(pageOf(POLICE_PRACTITIONER, "/inbox").split("data-record-integrity", -1)).as("inbox").hasSize(rows + 1);
    }

    @Test
    void anItemsSealedContentSwappedForAnothersIsNamed() {
        // (Its recipient could not open it: a sealed value moved from another row does not open.)
        kept(db -> {
            db.update("update disclosure_item set content_enc = (select historical_note_enc from disclosure_item where disclosure_id = ? "
                    + "and code = 'address') where disclosure_id = ? and code = 'safeguarding-concern'", disclosure, disclosure);
            assertNamed(RecordFinding.Kind.CHANGED, disclosure);
        });
        assertAsRecorded();
    }

    @Test
    void anItemMadeAnOpinionInTheDatabaseIsNamedAndAFirstOpeningDoesNotMakeItPass() {
        kept(db -> {
            db.update("update disclosure_item set kind = 'OPINION' where disclosure_id = ? and code = 'safeguarding-concern'", disclosure);
            assertNamed(RecordFinding.Kind.CHANGED, disclosure);
            try {
                // Its recipient opens it for the first time: told not to rely on it, and its opening binds nothing.
                open(POLICE_PRACTITIONER, disclosure).andExpect(jsonPath("$.recordIntegrity").value("CHANGED"));
                assertThat(pageOf(POLICE_PRACTITIONER, "/disclosures/" + disclosure)).contains("Do not rely on this record");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            assertNamed(RecordFinding.Kind.CHANGED, disclosure);
        });
        assertAsRecorded();
    }

    @Test
    void anItemAddedToADisclosureInTheDatabaseIsNamed() {
        kept(db -> {
            db.update("insert into disclosure_item (id, disclosure_id, position, code, label, category, kind, historical, not_to_subject, content_enc) "
                    + "select gen_random_uuid(), disclosure_id, 9, 'health', label, category, kind, historical, not_to_subject, content_enc "
                    + "from disclosure_item where disclosure_id = ? and position = 0", disclosure);
            assertNamed(RecordFinding.Kind.CHANGED, disclosure);
        });
        assertAsRecorded();
    }

    @Test
    void aDisclosureInsertedWithoutALedgerEntryIsNamed() {
        UUID inserted = UUID.randomUUID();
        DatabaseSuperuser.withoutTriggers(server, db -> {
            db.update("insert into disclosure select (jsonb_populate_record(null::disclosure, to_jsonb(d) || jsonb_build_object('id', ?::text))).* "
                    + "from disclosure d where d.id = ?", inserted.toString(), disclosure);
            try {
                assertNamed(RecordFinding.Kind.ADDED, inserted);
                assertThat(verifier.verify().records().get(0).explanation()).endsWith("… added without a ledger entry");
            } finally {
                db.update("delete from disclosure where id = ?", inserted);
            }
        });
        assertAsRecorded();
    }

    @Test
    void aDisclosureDeletedOutsideDisposalIsNamed() {
        DatabaseSuperuser.withoutTriggers(server, db -> {
            keep(db);
            db.update("delete from disclosure_item where disclosure_id = ?", disclosure);
            db.update("delete from disclosure where id = ?", disclosure);
            try {
                VerificationReport report = verifier.verify();
                assertThat(report.records()).containsExactly(new RecordFinding(RecordFinding.Kind.DELETED, "disclosure", disclosure.toString()));
                assertThat(report.records().get(0).explanation()).endsWith("… deleted outside the disposal path");
            } finally {
                restore(db);
            }
        });
        assertAsRecorded();
    }

    @Test
    void disposalRecordsEachDisclosureItTakesAndTheLedgerStillVerifies() throws Exception {
        UUID withdrawn = send(decided);
        open(POLICE_PRACTITIONER, withdrawn);
        mvc.perform(as(COUNCIL_PRACTITIONER, post("/api/v1/disclosures/" + withdrawn + "/withdrawal")).content("{\"reason\":\"Sent in error\"}"))
                .andExpect(status().isOk());
        assertAsRecorded();

        disposal.erase(demo.actor(COUNCIL_DPO), decided.subjectId(), null);

        assertThat(jdbc.queryForObject("select count(*) from disclosure where id = ?", Long.class, disclosure)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from disclosure where id = ? and protected_identities_enc is null", Long.class, withdrawn))
                .as("kept anonymised for its potential breach").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from ledger_entry where action = 'retention.records.disposed' and subject_type = 'disclosure' "
                + "and details like ?", Long.class, "%" + GoneRecords.compact(disclosure) + "%")).as("listed as gone by the batch's entry (ADR 0097)")
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from ledger_entry where action = 'retention.record.disposed' and subject_type = 'disclosure' "
                + "and subject_id = ? and details not like '%\"row-digest\":\"gone\"%'", Long.class, withdrawn.toString()))
                .as("kept anonymised: entries of its own with its new digest").isNotZero();
        assertThat(jdbc.queryForObject("select count(*) from ledger_entry where action = 'retention.records.disposed' and details like ?", Long.class,
                "%" + GoneRecords.compact(withdrawn) + "%")).as("kept anonymised: never listed as gone").isZero();
        VerificationReport report = verifier.verify();
        assertThat(report.records()).as("%s", report).isEmpty();
        assertThat(report.intact()).as("%s", report).isTrue();
    }

    // --- helpers ---

    private UUID send(ShareDecisions.Decided decision) throws Exception {
        UUID team = directory.teams(demo.organisation(DemoDirectory.POLICE).id()).stream().filter(t -> t.name().equals("Public Protection Desk"))
                .map(Team::id).findFirst().orElseThrow();
        String body = """
                {"decisionId":"%s","recipientTeamId":"%s","accessUntil":null,"items":[%s],"protectedIdentities":[]}"""
                .formatted(decision.decisionId(), team, ITEMS);
        String created = mvc.perform(as(COUNCIL_PRACTITIONER, post("/api/v1/disclosures")).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(created, "$.id"));
    }

    private org.springframework.test.web.servlet.ResultActions open(String username, UUID id) throws Exception {
        return mvc.perform(as(username, get("/api/v1/disclosures/" + id))).andExpect(status().isOk());
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + demo.token(username)).contentType(MediaType.APPLICATION_JSON);
    }

    private String pageOf(String username, String path) throws Exception {
        return mvc.perform(get(path).session(signIn(username))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** Changes the disclosure as a superuser would, then puts it and its items back exactly as they were. */
    private void kept(Consumer<JdbcTemplate> change) {
        DatabaseSuperuser.withoutTriggers(server, db -> {
            keep(db);
            try {
                change.accept(db);
            } finally {
                db.update("delete from disclosure_item where disclosure_id = ?", disclosure);
                db.update("delete from disclosure where id = ?", disclosure);
                restore(db);
            }
        });
    }

    private void keep(JdbcTemplate db) {
        db.execute("create temporary table kept as select * from disclosure where id = '" + disclosure + "'");
        db.execute("create temporary table kept_items as select * from disclosure_item where disclosure_id = '" + disclosure + "'");
    }

    private void restore(JdbcTemplate db) {
        db.update("insert into disclosure select * from kept");
        db.update("insert into disclosure_item select * from kept_items");
    }

    private void assertNamed(RecordFinding.Kind kind, UUID id) {
        VerificationReport report = verifier.verify();
        assertThat(report.intact()).as("%s", report).isFalse();
        assertThat(report.records()).containsExactly(new RecordFinding(kind, "disclosure", id.toString()));
        assertThat(digests.check("disclosure", id)).map(RecordFinding::kind).contains(kind);
    }

    private void assertAsRecorded() {
        VerificationReport report = verifier.verify();
        assertThat(report.records()).as("%s", report).isEmpty();
        assertThat(report.intact()).as("%s", report).isTrue();
        assertThat(digests.check("disclosure", disclosure)).isEmpty();
    }

    private String live(UUID id) {
        return jdbc.queryForObject("select " + ProtectedRecords.of("disclosure").orElseThrow().digest() + " from disclosure r where r.id = ?",
                String.class, id);
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(post("/sign-in").with(csrf()).param("username", username).param("password", DemoPartnership.PASSWORD))
                .andReturn().getRequest().getSession();
    }
}
