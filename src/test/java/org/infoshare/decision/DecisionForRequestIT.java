package org.infoshare.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.infoshare.ledger.Ledger;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.shared.Actor;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.SeededRecords;
import org.infoshare.support.ShareDecisions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision on a request is found by the request's id however many decisions came after it (ADR 0017). */
@IntegrationTest
class DecisionForRequestIT {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired JdbcClient jdbc;
    @Autowired Ledger ledger;
    @Autowired TransactionTemplate transactions;
    @Autowired SharingDecisions decisions;

    @Test
    void theDecisionOnARequestIsFoundWhenMoreThanAHundredAreNewerAndOnlyByThoseWhoMaySeeIt() throws Exception {
        ShareDecisions shares = new ShareDecisions(mvc, demo);
        ShareDecisions.Decided answer = shares.toPolice(DemoPartnership.COUNCIL_PRACTITIONER);
        List<UUID> later = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            later.add(shares.toPoliceOnConsent(DemoPartnership.COUNCIL_PRACTITIONER, answer.subjectId(), null).decisionId());
        }
        // The answer a month old and the hundred after it just younger, so that nobody else's newest decisions change;
        // each bound in the ledger as it now stands.
        UUID request = UUID.randomUUID();
        jdbc.sql("""
                        update sharing_decision set request_id = :request, decided_at = now() - interval '31 days',
                            completed_at = case when completed_at is null then null else now() - interval '31 days' end where id = :id""")
                .param("request", request).param("id", answer.decisionId()).update();
        for (int i = 0; i < later.size(); i++) {
            jdbc.sql("""
                            update sharing_decision set decided_at = now() - interval '30 days' + :n * interval '1 second',
                                completed_at = case when completed_at is null then null else now() - interval '30 days' + :n * interval '1 second' end where id = :id""")
                    .param("n", i).param("id", later.get(i)).update();
        }
        List<UUID> seeded = new ArrayList<>(later);
        seeded.add(answer.decisionId());
        SeededRecords.recorded(transactions, ledger, ProtectedRecords.DECISION, seeded);

        Actor practitioner = demo.actor(DemoPartnership.COUNCIL_PRACTITIONER);
        assertThat(jdbc.sql("select count(*) from sharing_decision where organisation_id = :o and decided_at > (select decided_at from sharing_decision where id = :d)")
                .param("o", practitioner.organisationId()).param("d", answer.decisionId()).query(Integer.class).single())
                .as("the answer is older than the newest hundred decisions").isGreaterThanOrEqualTo(100);
        assertThat(decisions.forRequest(practitioner, request)).map(RecordedDecision::id).contains(answer.decisionId());
        assertThat(decisions.forRequest(demo.actor(DemoPartnership.POLICE_PRACTITIONER), request)).isEmpty();
        assertThat(decisions.forRequest(practitioner, UUID.randomUUID())).isEmpty();
    }
}
