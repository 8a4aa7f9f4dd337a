package org.infoshare.rights;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.infoshare.crypto.KeyDestroyedException;
import org.infoshare.crypto.KeyScope;
import org.infoshare.crypto.KeyShredder;
import org.infoshare.crypto.PersonalDataCipher;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.ledger.LedgerVerifier;
import org.infoshare.retention.DisposalCertificate;
import org.infoshare.rights.rules.RequestOutcome;
import org.infoshare.rights.rules.RightKind;
import org.infoshare.shared.Actor;
import org.infoshare.shared.UkCalendar;
import org.infoshare.support.CanaryScan;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Disposal makes content unreadable while the ledger still verifies: an erasure destroys the person's key, so what
 * was sealed under it (their details, a note about telling them) cannot be read back from the database.
 */
@IntegrationTest
class DisposalIT {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired DirectoryLookup directory;
    @Autowired RightsRequests requests;
    @Autowired Propagation propagation;
    @Autowired Erasures erasures;
    @Autowired KeyShredder shredder;
    @Autowired PersonalDataCipher cipher;
    @Autowired LedgerVerifier ledger;
    @Autowired JdbcClient jdbc;

    @Test
    void anErasureShredsThePersonsKeySoNothingSealedUnderItCanBeReadAndTheLedgerStillVerifies() throws Exception {
        RightsFixtures fixtures = new RightsFixtures(mvc, demo, directory, requests);
        String canary = "Canary" + UUID.randomUUID().toString().substring(0, 8);
        UUID person = fixtures.person("ERA-" + canary, canary + " Testchild", LocalDate.of(2015, 3, 14));
        byte[] sealedName = jdbc.sql("select name_enc from data_subject where id = :id").param("id", person).query(byte[].class).single();
        assertThat(cipher.decryptText(KeyScope.subject(person), sealedName, "data_subject.name_enc:" + person)).isEqualTo(canary + " Testchild");

        Actor dpo = fixtures.actor(RightsFixtures.COUNCIL_DPO);
        RightsRequest request = fixtures.confirmed(RightKind.ERASURE, person);
        requests.decide(dpo, request.id(), new RightsCommands.Decide(RequestOutcome.GRANTED, List.of(), "We erase it", LocalDate.now(UkCalendar.ZONE)));
        propagation.send(dpo, request.id(), new NoticeCommands.SendNotices(List.of(), List.of(), null));
        DisposalCertificate certificate = erasures.erase(dpo, request.id());

        assertThat(certificate.keysDestroyed()).isPositive();
        assertThat(shredder.isDestroyed(KeyScope.subject(person))).isTrue();
        assertThatThrownBy(() -> cipher.decryptText(KeyScope.subject(person), sealedName, "data_subject.name_enc:" + person))
                .isInstanceOf(KeyDestroyedException.class);
        assertThat(CanaryScan.placesHolding(jdbc, canary)).isEmpty();
        assertThat(ledger.verify().intact()).isTrue();
        assertThat(requests.request(dpo, request.id()).request().erasedAt()).isNotNull();
    }

    /** The kept-forever triggers let a run delete exactly the decisions it lists (V85 mends the check they ask). */
    @Test
    void anErasureTakesThePersonsDisclosuresAndDecisionsThroughTheDisposalPath() throws Exception {
        RightsFixtures fixtures = new RightsFixtures(mvc, demo, directory, requests);
        UUID person = fixtures.person();
        UUID disclosure = fixtures.disclose(person, org.infoshare.directory.DemoDirectory.POLICE, "Public Protection Desk",
                RightsFixtures.concern("A fall at home", false), "");
        Actor dpo = fixtures.actor(RightsFixtures.COUNCIL_DPO);
        RightsRequest request = fixtures.confirmed(RightKind.ERASURE, person);
        requests.decide(dpo, request.id(), new RightsCommands.Decide(RequestOutcome.GRANTED, List.of(), "We erase it", LocalDate.now(UkCalendar.ZONE)));
        propagation.send(dpo, request.id(), new NoticeCommands.SendNotices(List.of(), List.of(), null));
        long otherDecisions = jdbc.sql("select count(*) from sharing_decision where subject_id <> :id").param("id", person).query(Long.class).single();

        erasures.erase(dpo, request.id());

        assertThat(jdbc.sql("select count(*) from disclosure where id = :id").param("id", disclosure).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from sharing_decision where subject_id = :id").param("id", person).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from sharing_decision where subject_id <> :id").param("id", person).query(Long.class).single())
                .as("nobody else's decisions").isEqualTo(otherDecisions);
        assertThatThrownBy(() -> jdbc.sql("delete from sharing_decision where id = (select id from sharing_decision limit 1)").update())
                .as("outside a run the trigger still refuses").hasStackTraceContaining("never deleted");
        assertThat(ledger.verify().intact()).isTrue();
    }
}
