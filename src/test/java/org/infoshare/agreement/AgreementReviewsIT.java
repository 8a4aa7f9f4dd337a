package org.infoshare.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.infoshare.agreement.rules.ReviewSchedule;
import org.infoshare.directory.DemoDirectory;
import org.infoshare.ledger.LedgerQueries;
import org.infoshare.ledger.LedgerRecord;
import org.infoshare.shared.Actor;
import org.infoshare.shared.UkCalendar;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.ForbiddenException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.infoshare.support.DemoPartnership.COUNCIL_DPO;
import static org.infoshare.support.DemoPartnership.COUNCIL_PRACTITIONER;

/** Reviews recorded through the service (002 §1.4): each outcome, and every refusal writing nothing. */
@IntegrationTest
class AgreementReviewsIT {

    private static final String POLICE_DPO = "dpo@westshire-police.example";
    private static final String NHS_DPO = "dpo@westshire-nhs.example";
    /** Took effect seven months ago: the first review, six months on, is overdue. */
    private static final int DAYS_IN_FORCE = 213;

    @Autowired AgreementReviews reviews;
    @Autowired Agreements agreements;
    @Autowired LedgerQueries ledgerQueries;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationContext context;
    @Autowired JdbcClient jdbc;
    @Autowired DemoPartnership demo;

    @Test
    void continuingRecordsTheFirstReviewAndTheNextFallsDueAYearAfterIt() {
        UUID id = inForce("Review to continue");
        Agreement before = agreements.get(dpo(), id);
        ReviewSchedule.Status due = reviews.reviewStatus(before).orElseThrow();
        LocalDate effective = before.firstEffectiveOn();
        assertThat(due.cycle()).isEqualTo(1);
        assertThat(due.dueOn()).isEqualTo(effective.plusMonths(6));
        assertThat(due.dueOrOverdue()).isTrue();
        assertThat(reviews.reviewsFor(demo.actor(POLICE_DPO), 0)).extracting(d -> d.agreement().id()).contains(id);

        Agreement reviewed = reviews.review(demo.actor(POLICE_DPO), id,
                new AgreementCommands.RecordReview(ReviewOutcome.CONTINUE, null, "  Purposes still relevant  "));

        assertThat(reviewed.reviews()).singleElement().satisfies(review -> {
            assertThat(review.cycle()).isEqualTo(1);
            assertThat(review.dueOn()).isEqualTo(effective.plusMonths(6));
            assertThat(review.reviewedOn()).isEqualTo(UkCalendar.today(Clock.systemUTC()));
            assertThat(review.outcome()).isEqualTo(ReviewOutcome.CONTINUE);
            assertThat(review.notes()).isEqualTo("Purposes still relevant");
            assertThat(review.organisationId()).isEqualTo(demo.actor(POLICE_DPO).organisationId());
        });
        ReviewSchedule.Status next = reviews.reviewStatus(reviewed).orElseThrow();
        assertThat(next.cycle()).isEqualTo(2);
        assertThat(next.dueOrOverdue()).isFalse();
        assertThat(reviewed.current().status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(reviews.reviewsFor(demo.actor(POLICE_DPO), 0)).extracting(d -> d.agreement().id()).doesNotContain(id);
        assertThat(actions(id)).endsWith("agreement.reviewed");
        assertThat(entry(id, "agreement.reviewed").details()).containsEntry("outcome", "CONTINUE").containsEntry("cycle", "1")
                .doesNotContainValue("Purposes still relevant");
    }

    @Test
    void amendingStartsANewDraftWhileTheVersionInForceStays() {
        UUID id = inForce("Review to amend");

        Agreement reviewed = reviews.review(dpo(), id, new AgreementCommands.RecordReview(ReviewOutcome.AMEND, null, null));

        assertThat(reviewed.inForce()).hasValueSatisfying(v -> assertThat(v.version()).isEqualTo(1));
        assertThat(reviewed.draft()).hasValueSatisfying(v -> assertThat(v.version()).isEqualTo(2));
        assertThat(actions(id)).endsWith("agreement.reviewed", "agreement.amendment-started");
        assertThat(entry(id, "agreement.amendment-started").details()).containsEntry("cause", "review").containsEntry("amends", "1");
    }

    @Test
    void terminatingEndsTheAgreementWithTheReviewsReason() {
        UUID id = inForce("Review to terminate");

        Agreement reviewed = reviews.review(dpo(), id,
                new AgreementCommands.RecordReview(ReviewOutcome.TERMINATE, null, "The programme has ended"));

        assertThat(reviewed.terminated()).isTrue();
        assertThat(reviewed.current().terminationReason()).isEqualTo("Terminated at review: The programme has ended");
        assertThat(reviews.reviewStatus(reviewed)).isEmpty();
        assertThat(actions(id)).endsWith("agreement.reviewed", "agreement.terminated");
    }

    @Test
    void refusedReviewsWriteNothing() {
        UUID id = inForce("Refused reviews");
        Map<String, Long> before = counts();

        assertThatThrownBy(() -> reviews.review(dpo(), id, new AgreementCommands.RecordReview(ReviewOutcome.TERMINATE, null, " ")))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> assertThat(v.field() + "/" + v.rule()).isEqualTo("notes/required")));
        assertThatThrownBy(() -> reviews.review(dpo(), id, new AgreementCommands.RecordReview(ReviewOutcome.CONTINUE,
                LocalDate.now().minusDays(DAYS_IN_FORCE + 5), null)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> assertThat(v.field() + "/" + v.rule()).isEqualTo("reviewedOn/after-effective")));
        assertThatThrownBy(() -> reviews.review(dpo(), id, new AgreementCommands.RecordReview(null, null, null)))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field()).containsExactly("outcome"));
        assertThatThrownBy(() -> reviews.review(demo.actor(COUNCIL_PRACTITIONER), id, continuing()))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> reviews.review(demo.actor(NHS_DPO), id, continuing()))
                .as("a Data Protection Officer of an organisation that is not a party").isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> reviews.review(dpo(), UUID.randomUUID(), continuing()))
                .isInstanceOf(org.infoshare.shared.problem.NotFoundException.class);

        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void onlyAnAgreementInForceIsReviewed() {
        Agreement draft = transaction.execute(status -> agreements.create(dpo(), new AgreementCommands.CreateAgreement("Not yet in force")));
        Map<String, Long> before = counts();

        assertThatThrownBy(() -> reviews.review(dpo(), draft.id(), continuing()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> assertThat(v.rule()).isEqualTo("not-active")));
        assertThat(reviews.reviewStatus(agreements.get(dpo(), draft.id()))).isEmpty();
        assertThat(counts()).isEqualTo(before);
    }

    private static AgreementCommands.RecordReview continuing() {
        return new AgreementCommands.RecordReview(ReviewOutcome.CONTINUE, null, null);
    }

    private Actor dpo() {
        return demo.actor(COUNCIL_DPO);
    }

    /** An agreement between the council and the police that took effect {@link #DAYS_IN_FORCE} days ago. */
    private UUID inForce(String title) {
        AgreementDocument document = DocumentCopy.edit(AgreementFixtures.supportingFamilies(
                demo.organisation(DemoDirectory.COUNCIL).id(), demo.organisation(DemoDirectory.POLICE).id()), c -> c.title = title);
        return new AgreementsInThePast(context).inForce(DAYS_IN_FORCE, document, dpo(), demo.actor(POLICE_DPO));
    }

    private List<String> actions(UUID id) {
        return ledgerQueries.forSubject("agreement", id.toString()).stream().map(LedgerRecord::action).toList();
    }

    private LedgerRecord entry(UUID id, String action) {
        return ledgerQueries.forSubject("agreement", id.toString()).stream().filter(r -> r.action().equals(action)).reduce((a, b) -> b)
                .orElseThrow();
    }

    private Map<String, Long> counts() {
        return Map.of(
                "agreement_review", jdbc.sql("select count(*) from agreement_review").query(Long.class).single(),
                "agreement_version", jdbc.sql("select count(*) from agreement_version").query(Long.class).single(),
                "ledger_entry", jdbc.sql("select count(*) from ledger_entry").query(Long.class).single());
    }
}
