package org.infoshare.linkage.rules.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Met when a member in scope has, among their last {@code ofLast} values of the indicator dated within the
 * last {@code withinMonths} months, at least {@code atLeast} below (or at or above) the threshold: "school
 * attendance below 90 % in two of the last three terms".
 */
public record ValuesInPeriods(Indicator indicator, Members members, boolean below, double threshold, int atLeast, int ofLast,
                              int withinMonths) implements Criterion {

    public ValuesInPeriods {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(members, "members");
        if (!indicator.valued()) {
            throw new IllegalArgumentException(indicator + " records events, not values");
        }
        if (atLeast < 1 || atLeast > ofLast || ofLast > 24 || withinMonths < 1 || withinMonths > 120) {
            throw new IllegalArgumentException("At least 1 of the last n periods (n up to 24), within 1 to 120 months");
        }
    }

    @Override
    public Verdict evaluate(List<Member> family, LocalDate asOf) {
        LocalDate from = asOf.minusMonths(withinMonths);
        int best = 0;
        int periodsSeen = 0;
        List<Evidence> evidence = new ArrayList<>();
        for (Member member : family) {
            if (!members.includes(member.ageGroup())) {
                continue;
            }
            List<Fact> recent = member.facts().stream()
                    .filter(f -> f.indicator() == indicator && f.date().isAfter(from) && !f.date().isAfter(asOf))
                    .sorted(Comparator.comparing(Fact::date).reversed())
                    .limit(ofLast)
                    .toList();
            List<Fact> hits = recent.stream().filter(this::hit).toList();
            if (hits.size() > best || (hits.size() == best && recent.size() > periodsSeen)) {
                best = hits.size();
                periodsSeen = recent.size();
            }
            if (hits.size() >= atLeast) {
                hits.forEach(f -> evidence.add(Evidence.of(member, f)));
            }
        }
        boolean met = !evidence.isEmpty();
        String reason = met
                ? "A member's value was " + (below ? "below " : "at or above ") + number(threshold) + "% in " + best + " of their last "
                + periodsSeen + " recorded periods; the plan looks for " + atLeast + " of " + ofLast
                : "No member's value was " + (below ? "below " : "at or above ") + number(threshold) + "% in " + atLeast + " of their last "
                + ofLast + " periods (the most was " + best + ")";
        return new Verdict(met, reason, evidence);
    }

    private boolean hit(Fact fact) {
        return below ? fact.value() < threshold : fact.value() >= threshold;
    }

    @Override
    public String describe() {
        return indicator.label().replace(" (per cent)", "") + (below ? " below " : " at or above ") + number(threshold) + "% in "
                + atLeast + " of the last " + ofLast + " recorded periods for " + members.words() + " (within " + withinMonths + " months)";
    }

    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
