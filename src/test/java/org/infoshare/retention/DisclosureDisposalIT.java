package org.infoshare.retention;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.crypto.KeyScope;
import org.infoshare.crypto.KeyShredder;
import org.infoshare.crypto.PersonalDataCipher;
import org.infoshare.database.EmbeddedPostgresServer;
import org.infoshare.directory.DemoDirectory;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Team;
import org.infoshare.ledger.Ledger;
import org.infoshare.ledger.LedgerVerifier;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.ledger.RecordDigests;
import org.infoshare.ledger.VerificationReport;
import org.infoshare.retention.DisposalCertificate.Method;
import org.infoshare.retention.rules.DisposalDate;
import org.infoshare.retention.rules.RecordType;
import org.infoshare.retention.rules.RetentionEvent;
import org.infoshare.retention.rules.RetentionRule;
import org.infoshare.shared.Actor;
import org.infoshare.support.DatabaseSuperuser;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.SeededRecords;
import org.infoshare.support.ShareDecisions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.infoshare.support.DemoPartnership.COUNCIL_DPO;
import static org.infoshare.support.DemoPartnership.COUNCIL_PRACTITIONER;
import static org.infoshare.support.DemoPartnership.POLICE_PRACTITIONER;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Disclosures disposed of in batches of two on two workers at once (ADR 0097, ADR 0099): everything that refers to them
 * goes with them in one statement, a disclosure a potential breach refers to stays anonymised, the certificate counts
 * each once and the ledger verifies; a batch that fails rolls back alone and fails the run without a certificate. The
 * disclosures are about a person of the test's own, and the run is handed exactly them, so no other record is touched.
 */
@IntegrationTest
class DisclosureDisposalIT {

    static final String ITEMS = """
            {"code":"safeguarding-concern","content":"Bruises on both arms","kind":"FACT","historical":false,"notToSubject":false},
            {"code":"address","content":"14 Elm Road, Westshire WS1 4AB","kind":"FACT","historical":false,"notToSubject":false}""";

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired DirectoryLookup directory;
    @Autowired DisposalStore store;
    @Autowired CertificateStore certificates;
    @Autowired KeyShredder shredder;
    @Autowired Ledger ledger;
    @Autowired JsonMapper json;
    @Autowired Clock clock;
    @Autowired PlatformTransactionManager transactions;
    @Autowired LedgerVerifier verifier;
    @Autowired RecordDigests digests;
    @Autowired EmbeddedPostgresServer server;
    @Autowired JdbcClient jdbc;
    @Autowired PersonalDataCipher cipher;

    @Test
    void sevenDisclosuresInFourBatchesOnTwoWorkersGoWithEverythingReferringToThemAndTheBreachedOneStaysAnonymised() throws Exception {
        Sent sent = send(7);
        List<UUID> d = sent.disclosures();
        UUID council = demo.organisation(DemoDirectory.COUNCIL).id();
        UUID police = demo.organisation(DemoDirectory.POLICE).id();
        UUID councilUser = demo.userId(COUNCIL_PRACTITIONER);
        UUID policeUser = demo.userId(POLICE_PRACTITIONER);
        UUID report = UUID.randomUUID();
        UUID notice = UUID.randomUUID();
        UUID correction = UUID.randomUUID();
        UUID informed = UUID.randomUUID();
        UUID delivery = UUID.randomUUID();
        UUID breach = UUID.randomUUID();
        Instant longAgo = Instant.parse("2019-04-01T09:00:00Z");
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            // d1: a reported inaccuracy, with the rights notice about it (naming the item) and the correction made under it.
            jdbc.sql("""
                            insert into quality_report (id, disclosure_id, item_code, sender_organisation, subject_id, reporter_organisation,
                                                        reported_by, reported_at, what_is_wrong_enc, status)
                            values (:id, :disclosure, 'address', :council, :subject, :police, :policeUser, :at, :sealed, 'OPEN')""")
                    .param("id", report).param("disclosure", d.get(1)).param("council", council).param("subject", sent.person())
                    .param("police", police).param("policeUser", policeUser).param("at", java.sql.Timestamp.from(longAgo))
                    .param("sealed", new byte[] {1, 2, 3}).update();
            jdbc.sql("""
                            insert into rights_notice (id, kind, quality_report_id, sender_organisation, recipient_organisation, asked,
                                                       message_enc, sent_at, sent_by, due_on, status)
                            values (:id, 'DATA_QUALITY', :report, :police, :council, 'CORRECTED', :sealed, :at, :policeUser, :due, 'OPEN')""")
                    .param("id", notice).param("report", report).param("police", police).param("council", council)
                    .param("sealed", new byte[] {4, 5, 6}).param("at", java.sql.Timestamp.from(longAgo)).param("policeUser", policeUser)
                    .param("due", LocalDate.of(2019, 5, 1)).update();
            jdbc.sql("insert into rights_notice_item (notice_id, position, disclosure_id, item_code) values (:notice, 0, :disclosure, 'address')")
                    .param("notice", notice).param("disclosure", d.get(1)).update();
            jdbc.sql("""
                            insert into rectification (id, organisation_id, subject_id, quality_report_id, target, disclosure_id, item_code,
                                                       before_enc, after_enc, why_enc, made_at, made_by)
                            values (:id, :council, :subject, :report, 'DISCLOSED_ITEM', :disclosure, 'address', :before, :after, :why, :at, :by)""")
                    .param("id", correction).param("council", council).param("subject", sent.person()).param("report", report)
                    .param("disclosure", d.get(1)).param("at", java.sql.Timestamp.from(longAgo)).param("by", councilUser)
                    // The rectification stays after the run, where other tests' pages may open it: sealed as the application seals it.
                    .param("before", cipher.encryptText(KeyScope.subject(sent.person()), "1 Old Road", "rectification.before_enc:" + correction))
                    .param("after", cipher.encryptText(KeyScope.subject(sent.person()), "2 New Road", "rectification.after_enc:" + correction))
                    .param("why", cipher.encryptText(KeyScope.subject(sent.person()), "Moved house", "rectification.why_enc:" + correction))
                    .update();
            // d2: whether the person was told; d3: a notice that the consent behind it was withdrawn.
            jdbc.sql("""
                            insert into person_informed (id, organisation_id, subject_id, disclosure_id, told, reason, recorded_at, recorded_by)
                            values (:id, :council, :subject, :disclosure, false, 'ALREADY_AWARE', :at, :by)""")
                    .param("id", informed).param("council", council).param("subject", sent.person()).param("disclosure", d.get(2))
                    .param("at", java.sql.Timestamp.from(longAgo)).param("by", councilUser).update();
            jdbc.sql("""
                            insert into delivery_notice (id, withdrawal_notice_id, decision_id, disclosure_id, sender_organisation,
                                                         recipient_organisation, sent_at, sent_by)
                            values (:id, :withdrawal, :decision, :disclosure, :council, :police, :at, :by)""")
                    .param("id", delivery).param("withdrawal", UUID.randomUUID()).param("decision", sent.decision()).param("disclosure", d.get(3))
                    .param("council", council).param("police", police).param("at", java.sql.Timestamp.from(longAgo)).param("by", councilUser)
                    .update();
            // d4: a potential breach refers to it (recorded long ago, so no list's first page shows it).
            jdbc.sql("""
                            insert into potential_breach (id, organisation_id, disclosure_id, recorded_at, recorded_by, reason_enc,
                                                          opened_before_withdrawal, status)
                            values (:id, :council, :disclosure, :at, :by, :sealed, false, 'OPEN')""")
                    .param("id", breach).param("council", council).param("disclosure", d.get(4)).param("at", java.sql.Timestamp.from(longAgo))
                    .param("by", councilUser)
                    // The breach stays after the run, where the DPO's pages in other tests open it: sealed as the application seals it.
                    .param("sealed", cipher.encryptText(KeyScope.organisation(council), "Sent to the wrong team", "potential_breach.reason_enc:" + breach))
                    .update();
        });
        SeededRecords.recorded(new TransactionTemplate(transactions), ledger, ProtectedRecords.RIGHTS_NOTICE, List.of(notice));
        assertThat(count("select count(*) from disclosure where id = any(:ids) and not_inform_reason_enc is not null", d)).isEqualTo(7);
        assertIntact();

        StoredRule rule = rule(council);
        DisposalCertificate certificate = execution(2, 2).execute(council, demo.actor(COUNCIL_DPO), DisposalCertificate.Trigger.MANUAL, null,
                planned(d, sent.person(), rule), 0);

        UUID kept = d.get(4);
        assertThat(count("select count(*) from disclosure where id = any(:ids)", d)).as("only the breached one stays").isEqualTo(1);
        assertThat(count("select count(*) from disclosure where id = any(:ids) and not_inform_reason_enc is null and protected_identities_enc is null",
                List.of(kept))).as("kept anonymised").isEqualTo(1);
        assertThat(count("select count(*) from disclosure_item where disclosure_id = any(:ids)", d)).as("items, the kept one's too").isZero();
        assertThat(count("select count(*) from quality_report where id = any(:ids)", List.of(report))).isZero();
        assertThat(count("select count(*) from rights_notice where id = any(:ids)", List.of(notice))).isZero();
        assertThat(count("select count(*) from rights_notice_item where notice_id = any(:ids)", List.of(notice))).isZero();
        assertThat(count("select count(*) from person_informed where id = any(:ids)", List.of(informed))).isZero();
        assertThat(count("select count(*) from delivery_notice where id = any(:ids)", List.of(delivery))).isZero();
        assertThat(count("select count(*) from potential_breach where id = any(:ids) and disclosure_id = '" + kept + "'", List.of(breach)))
                .as("the breach keeps its reference").isEqualTo(1);
        assertThat(count("select count(*) from rectification where id = any(:ids) and quality_report_id is null", List.of(correction)))
                .as("the correction stays, unlinked from the report").isEqualTo(1);

        assertThat(certificate.lines()).containsExactlyInAnyOrder(
                new DisposalCertificate.Line(RecordType.DISCLOSURE, rule.id(), 1, rule.describe(), Method.DELETED, 6),
                new DisposalCertificate.Line(RecordType.DISCLOSURE, rule.id(), 1, rule.describe(), Method.ANONYMISED, 1));
        assertThat(certificate.total()).isEqualTo(7);
        assertThat(certificates.find(certificate.runId())).contains(certificate);
        assertThat(runStatus(certificate.runId())).isEqualTo("FINISHED");
        assertThat(jdbc.sql("select unnest(record_ids) from disposal_listing where run_id = :run").param("run", certificate.runId()).query(UUID.class).list())
                .as("each listed once").containsExactlyInAnyOrderElementsOf(d);
        assertThat(jdbc.sql("select method from disposal_listing where run_id = :run and :kept = any(record_ids)").param("run", certificate.runId())
                .param("kept", kept).query(String.class).single()).isEqualTo("ANONYMISED");
        assertThat(jdbc.sql("select count(*) from ledger_entry where action = 'retention.disposal.batch' and subject_id = :run")
                .param("run", certificate.runId().toString()).query(Long.class).single()).as("four batches").isEqualTo(4);
        assertIntact();
        assertThat(digests.check(ProtectedRecords.DISCLOSURE, kept)).as("the kept one's new digest is bound").isEmpty();
    }

    @Test
    void aBatchThatFailsRollsBackAloneAndFailsTheRunWithoutACertificateOnceTheBatchesUnderWayHaveEnded() throws Exception {
        Sent sent = send(7);
        List<UUID> d = sent.disclosures();
        UUID council = demo.organisation(DemoDirectory.COUNCIL).id();
        List<UUID> failingBatch = List.of(d.get(0), d.get(1));
        List<UUID> runsBefore = runsOf(council);
        JdbcTemplate superuser = new JdbcTemplate(DatabaseSuperuser.dataSource(server));
        // Something the disposal does not know about refuses to let d1 go (so the first batch fails at once), and makes
        // deleting d2 slow (so the second batch is still under way when the first fails).
        superuser.execute("""
                create function disclosure_disposal_it_refuses() returns trigger language plpgsql as $$
                begin
                    if old.id = '%s' then
                        raise exception 'disclosure %% may not be deleted', old.id;
                    end if;
                    perform pg_sleep(2);
                    return old;
                end $$""".formatted(d.get(1)));
        superuser.execute("create trigger disclosure_disposal_it_refuses before delete on disclosure for each row when (old.id in ('" + d.get(1)
                + "', '" + d.get(2) + "')) execute function disclosure_disposal_it_refuses()");
        StoredRule rule = rule(council);
        try {
            assertThatThrownBy(() -> execution(2, 2).execute(council, demo.actor(COUNCIL_DPO), DisposalCertificate.Trigger.MANUAL, null,
                    planned(d, sent.person(), rule), 0)).hasStackTraceContaining("may not be deleted");
            Thread.sleep(3_000);
        } finally {
            superuser.execute("drop trigger disclosure_disposal_it_refuses on disclosure");
            superuser.execute("drop function disclosure_disposal_it_refuses()");
        }

        List<UUID> runs = new ArrayList<>(runsOf(council));
        runs.removeAll(runsBefore);
        assertThat(runs).hasSize(1);
        UUID run = runs.get(0);
        assertThat(runStatus(run)).isEqualTo("FAILED");
        List<String> failed = jdbc.sql("select details from ledger_entry where action = 'retention.disposal.failed' and subject_id = :run")
                .param("run", run.toString()).query(String.class).list();
        assertThat(failed).hasSize(1);
        assertThat(certificates.find(run)).isEmpty();
        List<UUID> listed = jdbc.sql("select unnest(record_ids) from disposal_listing where run_id = :run").param("run", run).query(UUID.class).list();
        assertThat(listed).as("the batch under way when the first failed ended before the run was failed").contains(d.get(2), d.get(3));
        assertThat(Integer.parseInt(JsonPath.read(failed.get(0), "$.disposed").toString())).as("the failure counts what the run took")
                .isEqualTo(listed.size());
        assertThat(count("select count(*) from disclosure where id = any(:ids) and not_inform_reason_enc is not null", failingBatch))
                .as("the failing batch's disclosures, untouched").isEqualTo(2);
        assertThat(count("select count(*) from disclosure_item where disclosure_id = any(:ids)", failingBatch)).isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from disposal_listing where run_id = :run and record_ids && cast(:ids as uuid[])").param("run", run)
                .param("ids", failingBatch.toArray(UUID[]::new)).query(Long.class).single()).as("its listing rolled back").isZero();
        assertThat(count("select count(*) from disclosure where id = any(:ids)", listed)).as("what a committed batch listed went").isZero();
        assertIntact();

        // Put right, a second run takes what the first left.
        List<UUID> left = jdbc.sql("select id from disclosure where id = any(:ids)").param("ids", d.toArray(UUID[]::new)).query(UUID.class).list();
        assertThat(left).containsAll(failingBatch);
        DisposalCertificate certificate = execution(2, 2).execute(council, demo.actor(COUNCIL_DPO), DisposalCertificate.Trigger.MANUAL, null,
                planned(left, sent.person(), rule), 0);
        assertThat(certificate.total()).isEqualTo(left.size());
        assertThat(count("select count(*) from disclosure where id = any(:ids)", d)).isZero();
        assertIntact();
    }

    @Test
    void workersAndBatchAreCheckedWhenTheExecutionIsMade() {
        assertThatThrownBy(() -> execution(0, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> execution(2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> execution(2, DisposalExecution.BATCH + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(execution(1, DisposalExecution.BATCH)).isNotNull();
    }

    // --- helpers ---

    private record Sent(UUID person, UUID decision, List<UUID> disclosures) {
    }

    /** A person of the test's own, and this many disclosures about them sent by the council to the police. */
    private Sent send(int how) throws Exception {
        ShareDecisions.Decided decided = new ShareDecisions(mvc, demo).toPolice(COUNCIL_PRACTITIONER);
        UUID team = directory.teams(demo.organisation(DemoDirectory.POLICE).id()).stream().filter(t -> t.name().equals("Public Protection Desk"))
                .map(Team::id).findFirst().orElseThrow();
        List<UUID> disclosures = new ArrayList<>();
        for (int i = 0; i < how; i++) {
            String body = """
                    {"decisionId":"%s","recipientTeamId":"%s","accessUntil":null,"items":[%s],"protectedIdentities":[]}"""
                    .formatted(decided.decisionId(), team, ITEMS);
            String created = mvc.perform(post("/api/v1/disclosures").header("Authorization", "Bearer " + demo.token(COUNCIL_PRACTITIONER))
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            disclosures.add(UUID.fromString(JsonPath.read(created, "$.id")));
        }
        return new Sent(decided.subjectId(), decided.decisionId(), List.copyOf(disclosures));
    }

    private DisposalExecution execution(int workers, int batch) {
        return new DisposalExecution(store, certificates, shredder, ledger, json, clock, transactions, workers, batch);
    }

    /** A rule for disclosures, as a run is handed it; it is named on the certificate's lines and in the listed records. */
    private StoredRule rule(UUID organisation) {
        return new StoredRule(UUID.randomUUID(), organisation, null, 1, RetentionRule.disposeAfter(RecordType.DISCLOSURE, RetentionEvent.SENT, 6,
                "004 §7"), clock.instant().truncatedTo(ChronoUnit.MICROS), demo.userId(COUNCIL_DPO), null);
    }

    private static List<DisposalPlanner.Planned> planned(List<UUID> disclosures, UUID person, StoredRule rule) {
        DisposalDate due = DisposalDate.disposeOn(LocalDate.of(2020, 1, 1), "six years after it was sent");
        return disclosures.stream().map(id -> new DisposalPlanner.Planned(RecordType.DISCLOSURE, id, person, rule, due)).toList();
    }

    private long count(String sql, List<UUID> ids) {
        return jdbc.sql(sql).param("ids", ids.toArray(UUID[]::new)).query(Long.class).single();
    }

    private String runStatus(UUID run) {
        return jdbc.sql("select status from disposal_run where id = :run").param("run", run).query(String.class).single();
    }

    private List<UUID> runsOf(UUID organisation) {
        return jdbc.sql("select id from disposal_run where organisation_id = :o").param("o", organisation).query(UUID.class).list();
    }

    private void assertIntact() {
        VerificationReport report = verifier.verify();
        assertThat(report.records()).as("%s", report).isEmpty();
        assertThat(report.intact()).as("%s", report).isTrue();
    }
}
