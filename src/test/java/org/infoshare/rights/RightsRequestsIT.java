package org.infoshare.rights;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.infoshare.clock.StatutoryClock;
import org.infoshare.clock.rules.Pause;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.ledger.LedgerQueries;
import org.infoshare.rights.rules.Exemption;
import org.infoshare.rights.rules.ExtensionReason;
import org.infoshare.rights.rules.IdentityCheck;
import org.infoshare.rights.rules.PauseReason;
import org.infoshare.rights.rules.RequestOutcome;
import org.infoshare.rights.rules.RightKind;
import org.infoshare.shared.Actor;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.subject.Subject;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.infoshare.rights.RightsFixtures.COUNCIL_DPO;
import static org.infoshare.rights.RightsFixtures.POLICE_DPO;
import static org.infoshare.rights.RightsFixtures.SOCIAL_WORKER;

/** Rights requests from intake to decision: the person confirmed by a member of staff, the statutory clock, the decision's rules. */
@IntegrationTest
class RightsRequestsIT {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired DirectoryLookup directory;
    @Autowired RightsRequests requests;
    @Autowired PersonFinder finder;
    @Autowired StatutoryClock clock;
    @Autowired LedgerQueries ledger;
    @Autowired JdbcClient jdbc;

    RightsFixtures fixtures;
    Actor dpo;

    @BeforeEach
    void setUp() {
        fixtures = new RightsFixtures(mvc, demo, directory, requests);
        dpo = demo.actor(COUNCIL_DPO);
    }

    @Test
    void theDeadlineIsTheStatutoryClocksAndMovesWithPausesAndTheExtension() {
        LocalDate received = LocalDate.of(2026, 1, 31);
        RightsRequest request = fixtures.received(RightKind.ACCESS, received, "Ana Example", LocalDate.of(2010, 2, 2), null);
        assertThat(request.reference()).matches("RR-2026-\\d{5}");
        assertThat(requests.request(dpo, request.id()).clock().dueOn())
                .isEqualTo(clock.subjectRightsDeadline(received, List.of(), false, clock.nationOf(dpo.organisationId())).dueOn());

        requests.pause(dpo, request.id(), new RightsCommands.Pause(PauseReason.IDENTITY, LocalDate.of(2026, 2, 2)));
        assertThat(requests.request(dpo, request.id()).clock().paused()).isTrue();
        assertThatThrownBy(() -> requests.pause(dpo, request.id(), new RightsCommands.Pause(PauseReason.CLARIFICATION, LocalDate.of(2026, 2, 3))))
                .isInstanceOf(ConflictException.class);
        requests.resume(dpo, request.id(), new RightsCommands.Resume(LocalDate.of(2026, 2, 9)));
        RequestClock resumed = requests.request(dpo, request.id()).clock();
        assertThat(resumed.paused()).isFalse();
        assertThat(resumed.daysPaused()).isEqualTo(7);
        assertThat(resumed.dueOn()).isEqualTo(clock.subjectRightsDeadline(received, List.of(new Pause(LocalDate.of(2026, 2, 2),
                LocalDate.of(2026, 2, 9))), false, clock.nationOf(dpo.organisationId())).dueOn());

        assertThatThrownBy(() -> requests.extend(dpo, request.id(), new RightsCommands.Extend(ExtensionReason.COMPLEX, "Many records",
                resumed.dueOn().plusDays(1)))).isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).violations().get(0).rule()).isEqualTo("extension-too-late"));
        requests.extend(dpo, request.id(), new RightsCommands.Extend(ExtensionReason.COMPLEX, "Records held by three teams", LocalDate.of(2026, 2, 20)));
        assertThat(requests.request(dpo, request.id()).clock().dueOn()).isEqualTo(clock.subjectRightsDeadline(received,
                List.of(new Pause(LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 9))), true, clock.nationOf(dpo.organisationId())).dueOn());
        assertThat(ledger.forSubject("rights-request", request.id().toString())).extracting(e -> e.action())
                .contains("rights.request.received", "rights.request.paused", "rights.request.resumed", "rights.request.extended");
    }

    @Test
    void thePersonIsFoundByTheSearchAndConfirmedByAMemberOfStaffNeverMatchedSilently() throws Exception {
        UUID subject = fixtures.person("CASE-" + UUID.randomUUID().toString().substring(0, 8), "Mia Ó Súilleabháin", LocalDate.of(2014, 6, 1));
        RightsRequest request = fixtures.received(RightKind.ACCESS, LocalDate.now(java.time.ZoneId.of("Europe/London")), "MIA O'SUILLEABHAIN",
                LocalDate.of(2014, 6, 1), null);
        assertThat(request.subjectId()).isNull();
        List<Subject> candidates = finder.candidates(dpo, request.person());
        assertThat(candidates).extracting(Subject::id).containsExactly(subject);
        assertThat(requests.request(dpo, request.id()).request().subjectId()).as("a single exact hit is still not a match").isNull();

        RightsRequest confirmed = requests.confirmPerson(dpo, request.id(), new RightsCommands.ConfirmPerson(subject));
        assertThat(confirmed.subjectId()).isEqualTo(subject);
        assertThat(confirmed.personConfirmedBy()).isEqualTo(dpo.userId());

        UUID policeSubject = UUID.fromString(com.jayway.jsonpath.JsonPath.read(new org.infoshare.support.ShareDecisions(mvc, demo)
                .post(DemoPartnership.POLICE_PRACTITIONER, "/api/v1/subjects", "{\"reference\":\"P-%s\",\"name\":\"Mia Other\"}"
                        .formatted(UUID.randomUUID().toString().substring(0, 8))), "$.id"));
        assertThatThrownBy(() -> requests.confirmPerson(dpo, request.id(), new RightsCommands.ConfirmPerson(policeSubject)))
                .as("another organisation's person is not found").isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDecisionRestsOnItsRules() throws Exception {
        UUID subject = fixtures.person();
        RightsRequest request = fixtures.confirmed(RightKind.ERASURE, subject);
        LocalDate today = request.receivedOn();
        Map<String, Object> before = counts();
        assertThatThrownBy(() -> requests.decide(dpo, request.id(), new RightsCommands.Decide(RequestOutcome.REFUSED, List.of(), "No", today)))
                .isInstanceOf(InvalidRequestException.class).satisfies(e -> assertThat(rule(e)).isEqualTo("exemption-required"));
        assertThatThrownBy(() -> requests.decide(dpo, request.id(), new RightsCommands.Decide(RequestOutcome.REFUSED,
                List.of(Exemption.RECORD_ACCURATE), "No", today)))
                .isInstanceOf(InvalidRequestException.class).satisfies(e -> assertThat(rule(e)).isEqualTo("exemption-does-not-apply"));
        assertThatThrownBy(() -> requests.decide(dpo, request.id(), new RightsCommands.Decide(RequestOutcome.GRANTED,
                List.of(Exemption.ERASURE_LEGAL_CLAIMS), "Yes", today)))
                .isInstanceOf(InvalidRequestException.class).satisfies(e -> assertThat(rule(e)).isEqualTo("no-exemption-for-grant"));
        assertThat(counts()).as("a refused decision writes nothing").isEqualTo(before);

        RightsRequest refused = requests.decide(dpo, request.id(), new RightsCommands.Decide(RequestOutcome.REFUSED,
                List.of(Exemption.ERASURE_LEGAL_OBLIGATION_OR_PUBLIC_TASK), "Kept for child protection under the Children Act 1989", today));
        assertThat(refused.decision().exemptions()).containsExactly(Exemption.ERASURE_LEGAL_OBLIGATION_OR_PUBLIC_TASK);
        assertThatThrownBy(() -> requests.decide(dpo, request.id(), new RightsCommands.Decide(RequestOutcome.GRANTED, List.of(), "Yes", today)))
                .isInstanceOf(ConflictException.class);

        RightsRequest unchecked = fixtures.received(RightKind.RESTRICTION, today, "Rowan Testchild", LocalDate.of(2015, 3, 14), null);
        requests.confirmPerson(dpo, unchecked.id(), new RightsCommands.ConfirmPerson(subject));
        assertThatThrownBy(() -> requests.decide(dpo, unchecked.id(), new RightsCommands.Decide(RequestOutcome.GRANTED, List.of(), "Yes", today)))
                .isInstanceOf(InvalidRequestException.class).satisfies(e -> assertThat(rule(e)).isEqualTo("identity-not-checked"));
        requests.recordIdentity(dpo, unchecked.id(), new RightsCommands.RecordIdentity(IdentityCheck.KNOWN_TO_SERVICE, today));
        assertThat(requests.decide(dpo, unchecked.id(), new RightsCommands.Decide(RequestOutcome.GRANTED, List.of(), "Restricted", today))
                .decision().outcome()).isEqualTo(RequestOutcome.GRANTED);
    }

    @Test
    void theQueueIsOverdueFirstAndOnlyTheOrganisationsOwn() {
        LocalDate today = clock.today();
        RightsRequest fresh = fixtures.received(RightKind.ACCESS, today, "Fresh Person", null, null);
        RightsRequest overdue = fixtures.received(RightKind.ACCESS, today.minusMonths(3), "Late Person", null, null);
        RightsRequest paused = fixtures.received(RightKind.ACCESS, today.minusMonths(3).minusDays(1), "Paused Person", null, null);
        requests.pause(dpo, paused.id(), new RightsCommands.Pause(PauseReason.CLARIFICATION, today.minusMonths(3)));
        List<UUID> queue = requests.queue(dpo).stream().map(q -> q.request().id()).toList();
        assertThat(queue).contains(fresh.id(), overdue.id(), paused.id());
        assertThat(queue.indexOf(overdue.id())).isLessThan(queue.indexOf(fresh.id()));
        assertThat(queue.indexOf(fresh.id())).isLessThan(queue.indexOf(paused.id()));
        assertThat(requests.queue(dpo).stream().filter(q -> q.request().id().equals(overdue.id())).findFirst().orElseThrow().clock().standing())
                .isEqualTo(org.infoshare.clock.rules.Deadline.Standing.OVERDUE);

        Actor policeDpo = demo.actor(POLICE_DPO);
        assertThat(requests.queue(policeDpo)).extracting(q -> q.request().id()).doesNotContain(fresh.id(), overdue.id());
        assertThatThrownBy(() -> requests.request(policeDpo, overdue.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> requests.queue(demo.actor(SOCIAL_WORKER))).isInstanceOf(NotFoundException.class);
    }

    private static String rule(Throwable e) {
        return ((InvalidRequestException) e).violations().get(0).rule();
    }

    private Map<String, Object> counts() {
        return Map.of("requests", jdbc.sql("select count(*) from rights_request").query(Long.class).single(),
                "ledger", jdbc.sql("select count(*) from ledger_entry").query(Long.class).single());
    }
}
