package org.infoshare.linkage.rules.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Met when the family's members in scope have, between them, at least {@code atLeast} of these indicators
 * dated within the last {@code withinMonths} months: "2 or more domestic abuse incidents in the last 12
 * months", "a child protection plan in the last 6 months".
 */
public record Occurrences(Set<Indicator> indicators, Members members, int atLeast, int withinMonths) implements Criterion {

    public Occurrences {
        Objects.requireNonNull(members, "members");
        indicators = Set.copyOf(indicators);
        if (indicators.isEmpty()) {
            throw new IllegalArgumentException("Name at least one indicator");
        }
        if (indicators.stream().anyMatch(Indicator::valued)) {
            throw new IllegalArgumentException("Count events, not values: use a values-in-periods rule for attendance");
        }
        if (atLeast < 1 || atLeast > 100 || withinMonths < 1 || withinMonths > 120) {
            throw new IllegalArgumentException("At least 1 to 100 occurrences within 1 to 120 months");
        }
    }

    @Override
    public Verdict evaluate(List<Member> family, LocalDate asOf) {
        LocalDate from = asOf.minusMonths(withinMonths);
        List<Evidence> found = new ArrayList<>();
        for (Member member : family) {
            if (!members.includes(member.ageGroup())) {
                continue;
            }
            for (Fact fact : member.facts()) {
                if (indicators.contains(fact.indicator()) && fact.date().isAfter(from) && !fact.date().isAfter(asOf)) {
                    found.add(Evidence.of(member, fact));
                }
            }
        }
        found.sort(Comparator.comparing(Evidence::date).reversed());
        boolean met = found.size() >= atLeast;
        String reason = found.size() + (found.size() == 1 ? " was" : " were") + " recorded in the last " + withinMonths
                + " months; " + (met ? "the plan looks for " : "the plan needs ") + atLeast + " or more";
        return new Verdict(met, reason, met ? found : List.of());
    }

    @Override
    public String describe() {
        String what = indicators.stream().map(Indicator::label).sorted().collect(Collectors.joining(" or "));
        return (atLeast == 1 ? "A record of " : "At least " + atLeast + " records of ") + lower(what) + " for " + members.words()
                + " in the last " + withinMonths + " months";
    }

    static String lower(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
