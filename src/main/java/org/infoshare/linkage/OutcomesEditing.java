package org.infoshare.linkage;

import java.util.List;

import org.infoshare.linkage.rules.outcomes.Criterion;
import org.infoshare.linkage.rules.outcomes.Descriptor;
import org.infoshare.linkage.rules.outcomes.Indicator;
import org.infoshare.linkage.rules.outcomes.Occurrences;
import org.infoshare.linkage.rules.outcomes.ValuesInPeriods;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.Violation;

/** A descriptor from the analyst's command: a values rule for attendance, a count of events otherwise. */
final class OutcomesEditing {

    private OutcomesEditing() {
    }

    static Descriptor descriptor(LinkageCommands.AddDescriptor command) {
        Criterion criterion;
        List<Indicator> valued = command.indicators().stream().filter(Indicator::valued).toList();
        if (!valued.isEmpty()) {
            if (command.indicators().size() > 1) {
                throw InvalidRequestException.of("indicators", "values-alone", "A rule on attendance looks at attendance alone: choose it by itself");
            }
            if (command.threshold() == null || command.ofLast() == null) {
                throw new InvalidRequestException(List.of(
                        new Violation("threshold", "required", "Enter the attendance (per cent) below which a period counts"),
                        new Violation("ofLast", "required", "Enter how many recent periods to look at")).stream()
                        .filter(v -> v.field().equals("threshold") ? command.threshold() == null : command.ofLast() == null).toList());
            }
            if (command.atLeast() > command.ofLast()) {
                throw InvalidRequestException.of("atLeast", "at-most-periods", "How many periods must be at most the number of periods looked at");
            }
            criterion = new ValuesInPeriods(valued.get(0), command.members(), true, command.threshold(), command.atLeast(), command.ofLast(),
                    command.withinMonths());
        } else {
            criterion = new Occurrences(command.indicators(), command.members(), command.atLeast(), command.withinMonths());
        }
        return new Descriptor(command.code(), command.area(), command.description().strip(), criterion);
    }
}
