package org.infoshare.rights;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.crypto.KeyDestroyedException;
import org.infoshare.crypto.KeyScope;
import org.infoshare.crypto.KeyShredder;
import org.infoshare.crypto.PersonalDataCipher;
import org.infoshare.directory.DemoDirectory;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.ledger.LedgerVerifier;
import org.infoshare.retention.DisposalCertificate;
import org.infoshare.retention.DisposalRuns;
import org.infoshare.rights.rules.RequestOutcome;
import org.infoshare.rights.rules.RightKind;
import org.infoshare.shared.Actor;
import org.infoshare.shared.UkCalendar;
import org.infoshare.support.CanaryScan;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.ShareDecisions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Disposal makes content unreadable while the ledger still verifies: an erasure destroys the person's key, so what
 * was sealed under it cannot be read back from the database; and a share whose only basis was consent goes at the
 * next disposal run once the consent is withdrawn (004 §5).
 */
@IntegrationTest
class DisposalIT {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired DirectoryLookup directory;
    @Autowired RightsRequests requests;
    @Autowired Propagation propagation;
    @Autowired Erasures erasures;
    @Autowired DisposalRuns disposal;
    @Autowired KeyShredder shredder;
    @Autowired PersonalDataCipher cipher;
    @Autowired LedgerVerifier ledger;
    @Autowired JdbcClient jdbc;

    @Test
    void anErasureShredsThePersonsKeySoNothingSealedUnderItCanBeReadAndTheLedgerStillVerifies() throws Exception {
        RightsFixtures fixtures = new RightsFixtures(mvc, demo, directory, requests);
        String canary = "Canary-" + UUID.randomUUID().toString().substring(0, 8);
        UUID person = fixtures.person();
        UUID disclosure = fixtures.disclose(person, DemoDirectory.POLICE, "Public Protection Desk", RightsFixtures.concern(canary + " told her teacher", false), "");
        byte[] sealedName = jdbc.sql("select name_enc from data_subject where id = :id").param("id", person).query(byte[].class).single();
        assertThat(cipher.decryptText(KeyScope.subject(person), sealedName, "data_subject.name_enc:" + person)).isEqualTo("Rowan Testchild");

        Actor dpo = fixtures.actor(RightsFixtures.COUNCIL_DPO);
        RightsRequest request = fixtures.confirmed(RightKind.ERASURE, person);
        requests.decide(dpo, request.id(), new RightsCommands.Decide(RequestOutcome.GRANTED, List.of(), "We erase it", LocalDate.now(UkCalendar.ZONE)));
        propagation.send(dpo, request.id(), new NoticeCommands.SendNotices(List.of(), List.of(), null));
        DisposalCertificate certificate = erasures.erase(dpo, request.id());

        assertThat(certificate.keysDestroyed()).isPositive();
        assertThat(shredder.isDestroyed(KeyScope.subject(person))).isTrue();
        assertThatThrownBy(() -> cipher.decryptText(KeyScope.subject(person), sealedName, "data_subject.name_enc:" + person))
                .isInstanceOf(KeyDestroyedException.class);
        assertThat(jdbc.sql("select count(*) from disclosure where id = :id").param("id", disclosure).query(Long.class).single()).isZero();
        assertThat(CanaryScan.placesHolding(jdbc, canary)).isEmpty();
        assertThat(ledger.verify().intact()).isTrue();
        assertThat(requests.request(dpo, request.id()).request().erasedAt()).isNotNull();
    }

    @Test
    void aShareWhoseOnlyBasisWasConsentGoesOnceTheConsentIsWithdrawn() throws Exception {
        ShareDecisions shares = new ShareDecisions(mvc, demo);
        String worker = DemoPartnership.COUNCIL_PRACTITIONER;
        UUID subject = shares.subject(worker);
        String consent = JsonPath.read(shares.post(worker, "/api/v1/consents", """
                {"subjectId":"%s","answer":"GIVEN","givenBy":"PARENTAL_RESPONSIBILITY","giverName":"Jo Parent","explicit":true,
                 "medium":"WRITTEN","givenOn":"2026-11-01","whatWasAgreed":"Share the concern with the police",
                 "purposes":["SAFEGUARDING_CHILD"],"recipients":["%s"]}""".formatted(subject, demo.organisation(DemoDirectory.POLICE).id())), "$.id");
        ShareDecisions.Decided decided = shares.toPoliceOnConsent(worker, subject, consent);
        RightsFixtures fixtures = new RightsFixtures(mvc, demo, directory, requests);
        UUID disclosure = UUID.fromString(JsonPath.read(shares.post(worker, "/api/v1/disclosures", """
                {"decisionId":"%s","recipientTeamId":"%s","accessUntil":null,"items":[%s],"protectedIdentities":[]}"""
                .formatted(decided.decisionId(), fixtures.team(DemoDirectory.POLICE, "Public Protection Desk"),
                        RightsFixtures.concern("A fall at home", false))), "$.id"));
        Actor dpo = fixtures.actor(RightsFixtures.COUNCIL_DPO);

        disposal.start(dpo);
        assertThat(exists(disclosure)).as("kept while consent stands").isTrue();

        shares.post(worker, "/api/v1/consents/" + consent + "/withdrawal",
                "{\"withdrawnOn\":\"%s\",\"notes\":\"Mum withdrew it\"}".formatted(LocalDate.now(UkCalendar.ZONE)));
        DisposalCertificate certificate = disposal.start(dpo);

        assertThat(exists(disclosure)).as("disposed of once its only basis is gone").isFalse();
        assertThat(certificate.lines()).anySatisfy(line -> assertThat(line.recordType().name()).isEqualTo("DISCLOSURE"));
        assertThat(ledger.verify().intact()).isTrue();
    }

    private boolean exists(UUID disclosure) {
        return jdbc.sql("select count(*) from disclosure where id = :id").param("id", disclosure).query(Long.class).single() > 0;
    }
}
