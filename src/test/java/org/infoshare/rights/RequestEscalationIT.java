package org.infoshare.rights;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.infoshare.directory.DirectoryLookup;
import org.infoshare.rights.rules.PauseReason;
import org.infoshare.rights.rules.RightKind;
import org.infoshare.shared.UkCalendar;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An undecided rights request is escalated once it is past its statutory deadline, not a moment before: the end of
 * the due day in London (the clock module's deadline), never while its clock is paused, and only once.
 */
@IntegrationTest
class RequestEscalationIT {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired DirectoryLookup directory;
    @Autowired RightsRequests requests;
    @Autowired RightsDeadlines deadlines;
    @Autowired RequestEscalation escalation;
    @Autowired JdbcClient jdbc;

    @Test
    void anOverdueRequestIsEscalatedOnceAtTheEndOfItsDueDayAndItsDpoIsAlerted() {
        RightsFixtures fixtures = new RightsFixtures(mvc, demo, directory, requests);
        // received on the last day of October: due on the corresponding day of November, 30th, a Sunday, so Monday 1 December
        RightsRequest request = fixtures.received(RightKind.ACCESS, LocalDate.of(2025, 10, 31), "Avery Overdue", LocalDate.of(2014, 6, 2), null);
        RightsRequest paused = fixtures.received(RightKind.ACCESS, LocalDate.of(2025, 10, 31), "Blake Paused", LocalDate.of(2014, 6, 2), null);
        requests.pause(fixtures.actor(RightsFixtures.COUNCIL_DPO), paused.id(), new RightsCommands.Pause(PauseReason.IDENTITY, LocalDate.of(2025, 11, 3)));
        LocalDate dueOn = deadlines.deadline(request).dueOn();
        assertThat(dueOn).isEqualTo(LocalDate.of(2025, 12, 1));
        Instant endOfDueDay = dueOn.plusDays(1).atStartOfDay(UkCalendar.ZONE).toInstant();

        escalation.escalateOverdue(endOfDueDay.minusNanos(1));
        assertThat(escalatedAt(request.id())).isNull();

        escalation.escalateOverdue(endOfDueDay);
        assertThat(escalatedAt(request.id())).isEqualTo(endOfDueDay);
        assertThat(escalatedAt(paused.id())).isNull();
        long dpos = directory.people(request.organisationId()).stream()
                .filter(p -> p.active() && p.roles().contains(org.infoshare.shared.Role.DATA_PROTECTION_OFFICER)).count();
        assertThat(alerts(request.id())).isEqualTo(dpos).isPositive();
        assertThat(jdbc.sql("select count(*) from ledger_entry where action = 'rights.request.escalated' and subject_id = :id")
                .param("id", request.id().toString()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select details from ledger_entry where action = 'rights.request.escalated' and subject_id = :id")
                .param("id", request.id().toString()).query(String.class).single()).doesNotContain("Avery");

        escalation.escalateOverdue(endOfDueDay.plus(Duration.ofDays(3)));
        assertThat(escalatedAt(request.id())).isEqualTo(endOfDueDay);
        assertThat(alerts(request.id())).isEqualTo(dpos);
        assertThat(requests.request(fixtures.actor(RightsFixtures.COUNCIL_DPO), request.id()).request().escalatedAt()).isEqualTo(endOfDueDay);
    }

    private Instant escalatedAt(UUID id) {
        return jdbc.sql("select escalated_at from rights_request where id = :id").param("id", id)
                .query((rs, n) -> rs.getTimestamp(1) == null ? null : rs.getTimestamp(1).toInstant()).list().get(0);
    }

    private long alerts(UUID id) {
        return jdbc.sql("select count(*) from notification where link = :link").param("link", "/rights/requests/" + id).query(Long.class).single();
    }
}
