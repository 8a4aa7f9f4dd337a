package org.infoshare.clock;

import java.time.Clock;
import java.util.List;

import org.infoshare.clock.rules.Nation;
import org.infoshare.clock.rules.Pause;
import org.infoshare.clock.rules.ReviewCycle;
import org.infoshare.shared.Actor;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;

/** Answers "when is this due?" for people and partner systems, in the caller's nation unless they name another. */
@Service
class Deadlines {

    private final StatutoryClock statutoryClock;
    private final CommandValidator validator;
    private final Clock clock;

    Deadlines(StatutoryClock statutoryClock, CommandValidator validator, Clock clock) {
        this.statutoryClock = statutoryClock;
        this.validator = validator;
        this.clock = clock;
    }

    DeadlineView workingDays(Actor actor, DeadlineCommands.WorkingDays command) {
        validator.check(command);
        Nation nation = nation(actor, command.nation());
        return view(statutoryClock.workingDaysAfter(command.received(), command.days(), nation), nation);
    }

    DeadlineView subjectRights(Actor actor, DeadlineCommands.SubjectRights command) {
        validator.check(command);
        Nation nation = nation(actor, command.nation());
        List<Pause> pauses = command.pauses() == null ? List.of() : command.pauses().stream().map(p -> {
            if (p.from().isBefore(command.received())) {
                throw InvalidRequestException.of("pauses", "after-receipt", "A pause cannot start before the request was received");
            }
            if (p.until() != null && p.until().isBefore(p.from())) {
                throw InvalidRequestException.of("pauses", "order", "A pause cannot end before it starts");
            }
            return new Pause(p.from(), p.until());
        }).toList();
        return view(statutoryClock.subjectRightsDeadline(command.received(), pauses, Boolean.TRUE.equals(command.extended()), nation), nation);
    }

    DeadlineView breach(DeadlineCommands.Breach command) {
        validator.check(command);
        return view(statutoryClock.breachDeadline(command.awareness()), null);
    }

    List<DeadlineView> reviews(DeadlineCommands.Reviews command) {
        validator.check(command);
        ReviewCycle cycle = new ReviewCycle(
                command.firstAfterMonths() == null ? ReviewCycle.STANDARD.firstAfterMonths() : command.firstAfterMonths(),
                command.thenEveryMonths() == null ? ReviewCycle.STANDARD.thenEveryMonths() : command.thenEveryMonths());
        int count = command.count() == null ? 3 : command.count();
        return java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(n -> view(statutoryClock.reviewDeadline(command.effective(), cycle, n), null)).toList();
    }

    private Nation nation(Actor actor, Nation asked) {
        return asked != null ? asked : statutoryClock.nationOf(actor.organisationId());
    }

    private DeadlineView view(org.infoshare.clock.rules.Deadline deadline, Nation nation) {
        return DeadlineView.of(deadline, clock.instant(), nation, statutoryClock.version());
    }
}
