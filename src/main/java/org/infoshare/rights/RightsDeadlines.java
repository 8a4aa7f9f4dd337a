package org.infoshare.rights;

import java.util.List;

import org.infoshare.clock.StatutoryClock;
import org.infoshare.clock.rules.Deadline;
import org.infoshare.clock.rules.Pause;
import org.springframework.stereotype.Component;

/** A rights request's deadline from the statutory clock: never date arithmetic of our own. */
@Component
class RightsDeadlines {

    private final StatutoryClock clock;

    RightsDeadlines(StatutoryClock clock) {
        this.clock = clock;
    }

    RequestClock of(RightsRequest request) {
        List<Pause> pauses = request.pauses().stream().map(p -> new Pause(p.pausedOn(), p.resumedOn())).toList();
        Deadline deadline = clock.subjectRightsDeadline(request.receivedOn(), pauses, request.extension() != null,
                clock.nationOf(request.organisationId()));
        return new RequestClock(deadline.dueOn(), request.decided() ? Deadline.Standing.NOT_DUE : clock.standing(deadline),
                request.extension() != null, deadline.paused(), deadline.provisional(), Pause.pausedDays(pauses, clock.today()));
    }
}
