package org.infoshare.ledger;

import java.util.List;
import java.util.UUID;

import org.infoshare.directory.DirectoryCommands;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.OrganisationAdministration;
import org.infoshare.directory.Team;
import org.infoshare.shared.Actor;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ledger in the running application, on the shared test database (nothing here breaks the ledger). */
@IntegrationTest
class LedgerIT {

    @Autowired
    Ledger ledger;
    @Autowired
    LedgerSequencer sequencer;
    @Autowired
    LedgerCheckpoints checkpoints;
    @Autowired
    LedgerVerifier verifier;
    @Autowired
    LedgerQueries queries;
    @Autowired
    OrganisationAdministration organisations;
    @Autowired
    DirectoryLookup directory;
    @Autowired
    DemoPartnership demo;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    LedgerBackgroundJobs jobs;

    @Test
    void aChangeAndItsEntryCommitTogether() {
        Actor admin = demo.actor(DemoPartnership.COUNCIL_ADMIN);
        Team team = new TransactionTemplate(transactions).execute(status ->
                organisations.createTeam(admin, admin.organisationId(), new DirectoryCommands.SaveTeam("Ledger commit " + UUID.randomUUID(), null)));
        assertThat(directory.team(team.id())).isPresent();
        List<LedgerRecord> entries = queries.forSubject("team", team.id().toString());
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("directory.team.created");
            assertThat(entry.actorId()).isEqualTo(admin.userId());
            assertThat(entry.organisationId()).isEqualTo(admin.organisationId());
        });
    }

    @Test
    void aChangeRolledBackTakesItsEntryWithIt() {
        Actor admin = demo.actor(DemoPartnership.COUNCIL_ADMIN);
        String name = "Ledger rollback " + UUID.randomUUID();
        long entriesBefore = count("select count(*) from ledger_entry");
        UUID[] created = new UUID[1];
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            created[0] = organisations.createTeam(admin, admin.organisationId(), new DirectoryCommands.SaveTeam(name, null)).id();
            assertThat(queries.forSubject("team", created[0].toString())).as("visible inside the transaction").hasSize(1);
            status.setRollbackOnly();
        });
        assertThat(directory.team(created[0])).isEmpty();
        assertThat(queries.forSubject("team", created[0].toString())).isEmpty();
        assertThat(count("select count(*) from ledger_pending p join ledger_entry e on e.id = p.entry_id where e.subject_id = '" + created[0] + "'")).isZero();
        assertThat(count("select count(*) from ledger_entry")).isGreaterThanOrEqualTo(entriesBefore);
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        LedgerEvent event = LedgerEvent.of("test.ledger.outside", "test", UUID.randomUUID()).build();
        assertThatThrownBy(() -> ledger.record(event)).isInstanceOf(IllegalTransactionStateException.class);
        assertThat(queries.forSubject("test", event.subjectId())).isEmpty();
    }

    @Test
    void entriesAreChainedAfterCommitAndACheckpointSignsTheHead() {
        String subject = UUID.randomUUID().toString();
        long id = new TransactionTemplate(transactions).execute(status -> {
            long recorded = ledger.record(LedgerEvent.of("test.ledger.chained", "test", subject).detail("n", 1).build());
            assertThat(count("select count(*) from ledger_pending where entry_id = " + recorded)).isEqualTo(1);
            return recorded;
        });
        sequencer.chainPending();
        assertThat(count("select count(*) from ledger_chain where entry_id = " + id)).isEqualTo(1);
        assertThat(count("select count(*) from ledger_pending where entry_id = " + id)).isZero();

        LedgerCheckpoints.Checkpoint signed = checkpoints.checkpoint().orElseThrow();
        assertThat(signed.chainSeq()).isGreaterThanOrEqualTo(count("select seq from ledger_chain where entry_id = " + id));
        assertThat(checkpoints.signatureHolds(signed)).isTrue();
        byte[] forged = signed.signature().clone();
        forged[0] ^= 1;
        assertThat(checkpoints.signatureHolds(new LedgerCheckpoints.Checkpoint(signed.id(), signed.chainSeq(), signed.chainHash(),
                signed.signedAt(), forged))).isFalse();
        assertThat(checkpoints.checkpoint()).as("nothing new to sign").isEmpty();

        VerificationReport report = verifier.verify();
        assertThat(report.intact()).as("%s", report).isTrue();
        assertThat(report.firstBreak()).isNull();
        assertThat(report.headSeq()).isGreaterThanOrEqualTo(signed.chainSeq());
        assertThat(report.checkpointsVerified()).isGreaterThanOrEqualTo(1);
        assertThat(report.latestCheckpointAt()).isNotNull();
    }

    @Test
    void theApplicationsOwnConnectionCannotRewriteTheLedger() {
        String subject = UUID.randomUUID().toString();
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                ledger.record(LedgerEvent.of("test.ledger.immutable", "test", subject).build()));
        sequencer.chainPending();
        checkpoints.checkpoint();
        for (String statement : List.of(
                "update ledger_entry set details = '{}' where subject_id = '" + subject + "'",
                "delete from ledger_entry where subject_id = '" + subject + "'",
                "truncate ledger_entry cascade",
                "update ledger_chain set chain_hash = prev_hash where seq = (select max(seq) from ledger_chain)",
                "delete from ledger_chain where seq = (select max(seq) from ledger_chain)",
                "truncate ledger_chain cascade",
                "update ledger_checkpoint set signature = signature where id = (select max(id) from ledger_checkpoint)",
                "delete from ledger_checkpoint",
                "truncate ledger_checkpoint",
                "update ledger_pending set entry_id = entry_id")) {
            // Each attempt runs in a transaction that is rolled back whatever happens, so the shared ledger is safe.
            assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                status.setRollbackOnly();
                ledger.record(LedgerEvent.of("test.ledger.attempt", "test", subject).build()); // something pending
                jdbc.execute(statement);
            })).as(statement).isInstanceOf(DataAccessException.class)
                    .rootCause().hasMessageContaining("the ledger is append-only");
        }
        assertThat(queries.forSubject("test", subject)).hasSize(1);
        assertThat(verifier.verify().intact()).isTrue();
    }

    private long count(String sql) {
        Long value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }

    @Test
    void theScheduledCheckpointTakesItsClusterLockWhenTheIntervalIsLongerThanTheDefaultHold() {
        // The suite's interval is an hour: held for nine tenths of it, longer than the ten minutes a lock is held by
        // default if its instance dies. The job must still run (or find the lock held), not fail on its own settings.
        assertThatCode(jobs::checkpoint).doesNotThrowAnyException();
        assertThat(jdbc.queryForObject("select lock_until > now() from shedlock where name = 'ledger.checkpoint'", Boolean.class)).isTrue();
    }
}
