package org.infoshare.linkage.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.infoshare.linkage.rules.outcomes.Fact;
import org.infoshare.linkage.rules.outcomes.HeadlineArea;
import org.infoshare.linkage.rules.outcomes.Indicator;
import org.infoshare.linkage.synthetic.SyntheticPartnership.Family;
import org.infoshare.linkage.synthetic.SyntheticPartnership.Person;
import org.infoshare.linkage.synthetic.SyntheticPartnership.Source;

/**
 * The facts partners hold about families: every school-age child's attendance for the last six terms; for
 * families with needs (about a quarter, a few with many), events in the partner that would record them, recent
 * or, for families whose problems have eased, a year or more ago; and a background of single events in
 * families without needs.
 */
final class SyntheticNeeds {

    private SyntheticNeeds() {
    }

    static void assign(Family family, LocalDate today, SplittableRandom random) {
        double draw = random.nextDouble();
        int needs = draw < 0.72 ? 0 : draw < 0.85 ? 1 : draw < 0.92 ? 2 : draw < 0.97 ? 3 : 4 + random.nextInt(2);
        boolean eased = needs > 0 && random.nextDouble() < 0.4;
        Set<HeadlineArea> areas = EnumSet.noneOf(HeadlineArea.class);
        List<HeadlineArea> possible = new ArrayList<>(List.of(HeadlineArea.values()));
        while (areas.size() < needs && !possible.isEmpty()) {
            HeadlineArea area = possible.remove(random.nextInt(possible.size()));
            if (feasible(family, area, today)) {
                areas.add(area);
            }
        }
        for (Person p : family.members) {
            if (!p.adult && age(p, today) >= 5 && age(p, today) <= 16) {
                attendance(p, today, areas.contains(HeadlineArea.EDUCATION), eased, random);
            }
        }
        for (HeadlineArea area : areas) {
            events(family, area, today, eased, random);
        }
        for (Person p : family.members) {
            if (p.adult && random.nextDouble() < 0.04) {
                add(p, Source.BENEFITS, Indicator.OUT_OF_WORK_BENEFITS, recent(today, 5, random), null);
            }
            if (random.nextDouble() < 0.015) {
                add(p, Source.POLICE, Indicator.ANTI_SOCIAL_BEHAVIOUR, recent(today, 11, random), null);
            }
            if (random.nextDouble() < 0.02) {
                add(p, Source.HEALTH, Indicator.MENTAL_HEALTH_REFERRAL, recent(today, 11, random), null);
            }
        }
    }

    private static boolean feasible(Family family, HeadlineArea area, LocalDate today) {
        boolean children = family.members.stream().anyMatch(p -> !p.adult);
        return switch (area) {
            case EDUCATION -> family.members.stream().anyMatch(p -> !p.adult && age(p, today) >= 5 && age(p, today) <= 16);
            case EARLY_YEARS -> family.members.stream().anyMatch(p -> age(p, today) < 5);
            case SAFE_FROM_ABUSE, FAMILY_RELATIONSHIPS -> children;
            default -> true;
        };
    }

    private static void attendance(Person child, LocalDate today, boolean poor, boolean eased, SplittableRandom random) {
        List<LocalDate> terms = terms(today, 6);
        for (int t = 0; t < terms.size(); t++) {
            boolean low = poor && (eased ? t >= 3 : t < 3 && random.nextDouble() < 0.85);
            double value = low ? 70 + random.nextInt(19) : Math.min(100, 92 + random.nextInt(9));
            add(child, Source.EDUCATION, Indicator.SCHOOL_ATTENDANCE, terms.get(t), value);
        }
    }

    /** The first days of the last {@code count} terms before today, newest first. */
    static List<LocalDate> terms(LocalDate today, int count) {
        List<LocalDate> terms = new ArrayList<>();
        for (int year = today.getYear(); terms.size() < count + 3; year--) {
            for (LocalDate start : List.of(LocalDate.of(year, 9, 1), LocalDate.of(year, 4, 20), LocalDate.of(year, 1, 5))) {
                if (start.isBefore(today.minusWeeks(6))) {
                    terms.add(start);
                }
            }
        }
        return terms.subList(0, count);
    }

    private static void events(Family family, HeadlineArea area, LocalDate today, boolean eased, SplittableRandom random) {
        List<Person> adults = family.members.stream().filter(p -> p.adult).toList();
        List<Person> children = family.members.stream().filter(p -> !p.adult).toList();
        int window = area == HeadlineArea.FINANCIAL_STABILITY ? 5 : 11;
        int times = 1 + random.nextInt(3);
        for (int k = 0; k < times; k++) {
            LocalDate when = eased ? today.minusMonths(10 + random.nextInt(8)).minusDays(random.nextInt(28)) : recent(today, window, random);
            switch (area) {
                case EDUCATION -> {
                    Person child = pick(children.stream().filter(p -> age(p, today) >= 5).toList(), random);
                    if (child != null && random.nextDouble() < 0.3) {
                        add(child, Source.EDUCATION, Indicator.SCHOOL_SUSPENSION, when, null);
                    }
                }
                case EARLY_YEARS -> add(pick(children.stream().filter(p -> age(p, today) < 5).toList(), random), Source.HEALTH,
                        Indicator.EARLY_YEARS_CONCERN, when, null);
                case HEALTH -> add(pick(family.members, random), Source.HEALTH, Indicator.MENTAL_HEALTH_REFERRAL, when, null);
                case SUBSTANCE_USE -> add(pick(adults, random), Source.HEALTH, Indicator.SUBSTANCE_MISUSE_TREATMENT, when, null);
                case FAMILY_RELATIONSHIPS -> add(pick(adults, random), Source.COUNCIL, Indicator.PARENTING_SUPPORT_NEED, when, null);
                case SAFE_FROM_ABUSE -> {
                    Person child = pick(children, random);
                    if (child != null && age(child, today) >= 11 && random.nextBoolean()) {
                        add(child, Source.POLICE, Indicator.MISSING_FROM_HOME, when, null);
                        add(child, Source.POLICE, Indicator.MISSING_FROM_HOME, when.minusDays(20), null);
                    } else {
                        add(child, Source.COUNCIL, Indicator.CHILD_IN_NEED, when, null);
                    }
                }
                case CRIME -> add(pick(family.members.stream().filter(p -> age(p, today) >= 10).toList(), random), Source.POLICE,
                        random.nextBoolean() ? Indicator.OFFENCE : Indicator.ANTI_SOCIAL_BEHAVIOUR, when, null);
                case DOMESTIC_ABUSE -> {
                    add(adults.get(0), Source.POLICE, Indicator.DOMESTIC_ABUSE_VICTIM, when, null);
                    if (adults.size() > 1) {
                        add(adults.get(1), Source.POLICE, Indicator.DOMESTIC_ABUSE_PERPETRATOR, when, null);
                    }
                }
                case HOUSING -> add(pick(adults, random), Source.COUNCIL,
                        random.nextBoolean() ? Indicator.RENT_ARREARS : Indicator.HOMELESSNESS_RISK, when, null);
                case FINANCIAL_STABILITY -> add(pick(adults, random), Source.BENEFITS, Indicator.OUT_OF_WORK_BENEFITS, when, null);
            }
        }
    }

    private static LocalDate recent(LocalDate today, int months, SplittableRandom random) {
        return today.minusMonths(random.nextInt(months)).minusDays(1 + random.nextInt(27));
    }

    private static Person pick(List<Person> people, SplittableRandom random) {
        return people.isEmpty() ? null : people.get(random.nextInt(people.size()));
    }

    /** A fact is held only by a partner that holds the person. */
    private static void add(Person person, Source source, Indicator indicator, LocalDate date, Double value) {
        if (person != null && person.copies.containsKey(source)) {
            person.facts.computeIfAbsent(source, s -> new ArrayList<>()).add(new Fact(indicator, date, value, source.ordinal()));
        }
    }

    static int age(Person p, LocalDate today) {
        return p.born.until(today).getYears();
    }
}
