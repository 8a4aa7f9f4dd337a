package org.infoshare.consent;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.infoshare.decision.DecisionCommands;
import org.infoshare.decision.RecordedDecision;
import org.infoshare.decision.SharingDecisions;
import org.infoshare.decision.rules.Answer;
import org.infoshare.decision.rules.NotInformReason;
import org.infoshare.decision.rules.OutsideUk;
import org.infoshare.shared.Actor;
import org.infoshare.shared.SharingPurpose;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.subject.SubjectCommands;
import org.infoshare.subject.Subjects;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class ConsentRegisterIT {

    @Autowired
    ConsentRegister register;

    @Autowired
    ConsentWithdrawalNotices notices;

    @Autowired
    SharingDecisions decisions;

    @Autowired
    Subjects subjects;

    @Autowired
    DemoPartnership demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void withdrawalKeepsTheHistoryAndRaisesNoticesOnlyForSharesThatReliedOnTheConsent() {
        Actor practitioner = demo.actor(DemoPartnership.COUNCIL_PRACTITIONER);
        UUID nhs = demo.organisation("Westshire Community Health NHS Trust").id();
        UUID charity = demo.organisation("Family Lifeline").id();
        UUID police = demo.organisation("Westshire Police").id();
        UUID subject = subjects.record(practitioner, new SubjectCommands.RecordSubject("REG-" + UUID.randomUUID().toString().substring(0, 8),
                "Robin Test", LocalDate.of(2015, 6, 1))).id();
        ConsentRecord consent = register.record(practitioner, new ConsentCommands.RecordConsent(subject, ConsentCommands.Answer.GIVEN,
                GivenBy.PARENTAL_RESPONSIBILITY, "Pat Test", null, true, ConsentMedium.WRITTEN, LocalDate.of(2026, 11, 1), null, null,
                Set.of(SharingPurpose.EARLY_HELP), Set.of(nhs, charity), null, null));
        RecordedDecision toNhs = decisions.decide(practitioner, decide(subject, nhs, consent.id()));
        RecordedDecision toCharity = decisions.decide(practitioner, decide(subject, charity, consent.id()));
        RecordedDecision toPolice = decisions.decide(practitioner, decide(subject, police, consent.id()));
        assertThat(toNhs.result().consentId()).isEqualTo(consent.id());
        assertThat(toPolice.result().consentId()).isNull();

        register.withdraw(practitioner, consent.id(), new ConsentCommands.WithdrawConsent(LocalDate.of(2026, 11, 10), LocalTime.NOON, "By letter"));

        List<WithdrawalNotice> raised = register.notices(practitioner, consent.id());
        assertThat(raised).extracting(WithdrawalNotice::decisionId).containsExactlyInAnyOrder(toNhs.id(), toCharity.id());
        assertThat(raised).extracting(WithdrawalNotice::recipientOrganisationId).containsExactlyInAnyOrder(nhs, charity);
        assertThat(notices.openByRecipient(practitioner).get(nhs)).extracting(WithdrawalNotice::consentId).contains(consent.id());
        assertThat(register.history(practitioner, consent.id())).extracting(ConsentEvent::event)
                .containsExactly(ConsentStatus.GIVEN, ConsentStatus.WITHDRAWN);
        assertThat(register.consent(practitioner, consent.id()).status()).isEqualTo(ConsentStatus.WITHDRAWN);

        WithdrawalNotice done = notices.markDone(practitioner, raised.get(0).id());
        assertThat(done.status()).isEqualTo(WithdrawalNotice.Status.DONE);
        assertThatThrownBy(() -> notices.markDone(practitioner, raised.get(0).id())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> register.withdraw(practitioner, consent.id(), new ConsentCommands.WithdrawConsent(LocalDate.of(2026, 11, 11), null, null)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> notices.markDone(demo.actor(DemoPartnership.POLICE_PRACTITIONER), raised.get(1).id()))
                .isInstanceOf(NotFoundException.class);

        // Records and history are never deleted, not even by the database's own users.
        assertThatThrownBy(() -> jdbc.sql("delete from consent_record where id = :id").param("id", consent.id()).update())
                .rootCause().hasMessageContaining("never deleted, except by a disposal run");
        assertThatThrownBy(() -> jdbc.sql("update consent_event set event = 'GIVEN' where consent_id = :id").param("id", consent.id()).update())
                .rootCause().hasMessageContaining("consent history is never changed");
    }

    @Test
    void badConsentIsRefusedByFieldAndNothingIsWritten() {
        Actor practitioner = demo.actor(DemoPartnership.COUNCIL_PRACTITIONER);
        UUID nhs = demo.organisation("Westshire Community Health NHS Trust").id();
        UUID adult = subjects.record(practitioner, new SubjectCommands.RecordSubject("REG-" + UUID.randomUUID().toString().substring(0, 8),
                "Jordan Test", LocalDate.of(1970, 1, 1))).id();
        long before = jdbc.sql("select count(*) from consent_record").query(Long.class).single();
        assertThatThrownBy(() -> register.record(practitioner, new ConsentCommands.RecordConsent(adult, ConsentCommands.Answer.GIVEN, GivenBy.PERSON,
                null, null, true, ConsentMedium.VERBAL, LocalDate.of(2026, 11, 1), null, null, Set.of(SharingPurpose.HEALTH_AND_CARE), Set.of(nhs), null, null)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(org.infoshare.shared.problem.Violation::field).contains("capacity", "givenTime", "whatWasAgreed"));
        assertThatThrownBy(() -> register.record(practitioner, new ConsentCommands.RecordConsent(adult, ConsentCommands.Answer.GIVEN, GivenBy.PERSON,
                null, Capacity.LACKS_CAPACITY, true, ConsentMedium.WRITTEN, LocalDate.of(2026, 11, 1), null, null, Set.of(SharingPurpose.HEALTH_AND_CARE), Set.of(nhs), null, null)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations().get(0).rule()).isEqualTo("capacity-to-consent"));
        assertThatThrownBy(() -> register.record(practitioner, new ConsentCommands.RecordConsent(adult, ConsentCommands.Answer.GIVEN,
                GivenBy.PARENTAL_RESPONSIBILITY, "Someone", null, true, ConsentMedium.WRITTEN, LocalDate.of(2026, 11, 1), null, null,
                Set.of(SharingPurpose.HEALTH_AND_CARE), Set.of(nhs), null, null)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("givenBy"));
        assertThatThrownBy(() -> register.record(demo.actor(DemoPartnership.POLICE_PRACTITIONER), new ConsentCommands.RecordConsent(adult,
                ConsentCommands.Answer.REFUSED, GivenBy.PERSON, null, Capacity.ASSUMED, true, ConsentMedium.WRITTEN, LocalDate.of(2026, 11, 1), null, null,
                Set.of(SharingPurpose.HEALTH_AND_CARE), Set.of(), null, null))).isInstanceOf(NotFoundException.class);
        assertThat(jdbc.sql("select count(*) from consent_record").query(Long.class).single()).isEqualTo(before);
    }

    private static DecisionCommands.Decide decide(UUID subject, UUID recipient, UUID consent) {
        return new DecisionCommands.Decide(subject, null, null, false, null, recipient, null, null, SharingPurpose.EARLY_HELP, null, Answer.YES,
                List.of(new DecisionCommands.Item("school-attendance", true, false)), true, true, null, null, consent, null, null, Answer.NO, Answer.NO,
                Answer.NO, Answer.NO, Answer.NO, Set.of(), Set.of(), Answer.YES, Answer.NO, null, OutsideUk.NO, null, Answer.YES,
                (NotInformReason) null, false, null, "They agreed to early help support from these services");
    }
}
