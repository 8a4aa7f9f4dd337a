package org.infoshare.linkage.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import org.infoshare.linkage.rules.encoding.PersonIdentity;
import org.infoshare.linkage.rules.outcomes.AgeGroup;
import org.infoshare.linkage.rules.outcomes.Fact;

/**
 * A seeded synthetic partnership with known truth, in the manner of the FEBRL generator: families (singles,
 * couples, parents and children, three generations, some twins) at addresses, some of whom moved recently; five
 * partners' datasets, each holding its share of the people with its own errors (typos, nicknames, first and last
 * names swapped, a changed surname, dates mistyped or with day and month exchanged, old addresses after a move,
 * mistyped postcodes, missing values, the same person recorded twice); and the facts each partner holds about
 * the families' needs. The same seed always gives the same partnership.
 */
public final class SyntheticPartnership {

    public enum Source {
        COUNCIL("C", 0), HEALTH("H", 7), EDUCATION("E", 20), POLICE("P", 3), BENEFITS("B", 30);

        final String prefix;
        final int daysOld;

        Source(String prefix, int daysOld) {
            this.prefix = prefix;
            this.daysOld = daysOld;
        }
    }

    /**
     * @param people     true people to generate (families are added until there are at least this many)
     * @param errorScale multiplies every error rate: 1 is the realistic rate, 0 no errors
     */
    public record Settings(long seed, int people, double errorScale, LocalDate today) {
        public static Settings of(long seed, int people) {
            return new Settings(seed, people, 1.0, LocalDate.of(2026, 10, 1));
        }
    }

    /** One record in one partner's dataset, with the truth behind it. */
    public record Record(Source source, String localRef, PersonIdentity identity, String householdRef, String parentRef,
                         AgeGroup ageGroup, LocalDate asOf, List<Fact> facts, int truePerson, int trueFamily) {
    }

    /** What was generated. */
    public record Totals(int people, int families, Map<Source, Integer> records) {
        public int recordCount() {
            return records.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    static final int PREVIOUS_ADDRESSES = 2_000_000;

    private final Settings settings;
    private final SyntheticNames names = new SyntheticNames();
    private final SyntheticAddresses addresses;

    public SyntheticPartnership(Settings settings) {
        this.settings = settings;
        this.addresses = new SyntheticAddresses(names.streets);
    }

    public Settings settings() {
        return settings;
    }

    static final class Person {
        int index;
        int family;
        String first;
        String last;
        String sex;
        LocalDate born;
        boolean adult;
        String nhs;
        final Map<Source, Integer> copies = new EnumMap<>(Source.class);
        final Map<Source, List<Fact>> facts = new EnumMap<>(Source.class);
    }

    static final class Family {
        int index;
        int address;
        int previous = -1;
        final List<Person> members = new ArrayList<>();
    }

    public Totals generate(Consumer<Record> sink) {
        Map<Source, Integer> counts = new EnumMap<>(Source.class);
        for (Source source : Source.values()) {
            counts.put(source, 0);
        }
        int person = 0;
        int family = 0;
        while (person < settings.people()) {
            SplittableRandom random = new SplittableRandom(settings.seed() * 0x9E3779B97F4A7C15L + family);
            Family f = family(family, person, random);
            coverage(f, random);
            SyntheticNeeds.assign(f, settings.today(), random);
            emit(f, sink, counts);
            person += f.members.size();
            family++;
        }
        return new Totals(person, family, counts);
    }

    private Family family(int index, int firstPerson, SplittableRandom random) {
        Family f = new Family();
        f.index = index;
        f.address = index;
        if (random.nextDouble() < 0.12) {
            f.previous = PREVIOUS_ADDRESSES + index;
        }
        LocalDate today = settings.today();
        String surname = names.surname(random);
        double kind = random.nextDouble();
        int children = 0;
        boolean couple;
        boolean grandparent = false;
        if (kind < 0.25) {
            couple = false;
        } else if (kind < 0.42) {
            couple = true;
        } else if (kind < 0.72) {
            couple = true;
            children = 1 + random.nextInt(4);
        } else if (kind < 0.92) {
            couple = false;
            children = 1 + random.nextInt(4);
        } else {
            couple = true;
            children = 1 + random.nextInt(3);
            grandparent = true;
        }
        int eldest = children == 0 ? 0 : random.nextInt(18);
        int parentAge = children == 0 ? 19 + random.nextInt(66) : eldest + 20 + random.nextInt(18);
        String firstSex = random.nextBoolean() ? "F" : "M";
        Person first = person(f, firstPerson, surname, firstSex, born(today, parentAge, random), true, random);
        if (couple) {
            String sex = random.nextDouble() < 0.92 ? (firstSex.equals("F") ? "M" : "F") : firstSex;
            String last = random.nextDouble() < 0.6 ? surname : names.surname(random);
            person(f, firstPerson + f.members.size(), last, sex, born(today, Math.max(18, parentAge + random.nextInt(11) - 5), random), true, random);
        }
        // Children a year or more apart, eldest first, each with a first name of their own; now and then twins.
        LocalDate born = children == 0 ? null : born(today, eldest, random);
        for (int c = 0; c < children; c++) {
            if (c > 0) {
                boolean twins = c == 1 && random.nextDouble() < 0.03;
                LocalDate next = twins ? born : born.plusMonths(12 + random.nextInt(36)).plusDays(random.nextInt(28));
                if (next.isAfter(today)) {
                    break;
                }
                born = next;
            }
            Person child = person(f, firstPerson + f.members.size(), first.last, random.nextBoolean() ? "F" : "M", born, false, random);
            while (f.members.stream().anyMatch(p -> p != child && p.first.equals(child.first))) {
                child.first = names.given(child.sex, random);
            }
        }
        if (grandparent) {
            person(f, firstPerson + f.members.size(), names.surname(random), random.nextBoolean() ? "F" : "M",
                    born(today, Math.min(95, parentAge + 22 + random.nextInt(10)), random), true, random);
        }
        return f;
    }

    private Person person(Family f, int index, String last, String sex, LocalDate born, boolean adult, SplittableRandom random) {
        Person p = new Person();
        p.index = index;
        p.family = f.index;
        p.last = last;
        p.sex = sex;
        p.born = born;
        p.adult = adult;
        p.first = names.given(sex, random);
        p.nhs = nhsNumber(index);
        f.members.add(p);
        return p;
    }

    private static LocalDate born(LocalDate today, int age, SplittableRandom random) {
        return today.minusYears(age).minusDays(1 + random.nextInt(364));
    }

    /** A valid NHS number (modulus 11) unique to the person. */
    static String nhsNumber(int index) {
        for (long base = 400_000_000L + index * 3L; ; base++) {
            String nine = String.valueOf(base);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return nine + check;
            }
        }
    }

    /** Which partners hold each person, and how many times. */
    private void coverage(Family f, SplittableRandom random) {
        boolean schoolChildren = f.members.stream().anyMatch(p -> !p.adult && age(p) >= 4);
        for (Person p : f.members) {
            int age = age(p);
            // Duplicates: a council client recorded twice, a patient registered at two practices after a move.
            cover(p, Source.COUNCIL, 0.93, 0.05, random);
            cover(p, Source.HEALTH, 0.96, 0.03, random);
            cover(p, Source.EDUCATION, p.adult ? (schoolChildren && age < 70 ? 0.9 : 0) : (age >= 4 ? 0.98 : 0), 0.0, random);
            cover(p, Source.POLICE, p.adult || age >= 10 ? 0.66 : 0.3, 0.08, random);
            cover(p, Source.BENEFITS, p.adult ? 0.86 : 0.85, 0.0, random);
        }
    }

    private static void cover(Person p, Source source, double present, double duplicate, SplittableRandom random) {
        if (random.nextDouble() < present) {
            p.copies.put(source, random.nextDouble() < duplicate ? 2 : 1);
        }
    }

    int age(Person p) {
        return p.born.until(settings.today()).getYears();
    }

    private void emit(Family f, Consumer<Record> sink, Map<Source, Integer> counts) {
        Person firstParent = f.members.get(0);
        for (Person p : f.members) {
            for (Map.Entry<Source, Integer> entry : p.copies.entrySet()) {
                Source source = entry.getKey();
                LocalDate asOf = settings.today().minusDays(source.daysOld);
                for (int copy = 1; copy <= entry.getValue(); copy++) {
                    SplittableRandom random = new SplittableRandom((settings.seed() * 31 + p.index) * 131 + source.ordinal() * 7L + copy);
                    int address = f.previous >= 0 && random.nextDouble() < stale(source) ? f.previous : f.address;
                    PersonIdentity identity = corrupt(p, f, source, address, random);
                    String household = switch (source) {
                        case COUNCIL -> "CH-" + address;
                        case EDUCATION -> "EF-" + f.index;
                        case BENEFITS -> "BU-" + f.index;
                        default -> null;
                    };
                    String parent = null;
                    if (!p.adult && p != firstParent && firstParent.copies.containsKey(source)
                            && (source == Source.EDUCATION || (source == Source.HEALTH && age(p) < 5))) {
                        parent = ref(source, firstParent, 1);
                    }
                    List<Fact> facts = copy == 1 ? p.facts.getOrDefault(source, List.of()) : List.of();
                    sink.accept(new Record(source, ref(source, p, copy), identity, household, parent, ageGroup(p, asOf), asOf, facts,
                            p.index, f.index));
                    counts.merge(source, 1, Integer::sum);
                }
            }
        }
    }

    private static String ref(Source source, Person p, int copy) {
        return source.prefix + "-" + p.index + (copy > 1 ? "-" + copy : "");
    }

    private static AgeGroup ageGroup(Person p, LocalDate asOf) {
        int age = p.born.until(asOf).getYears();
        return age < 5 ? AgeGroup.UNDER_FIVE : age < 18 ? AgeGroup.CHILD : AgeGroup.ADULT;
    }

    /** How often a partner still has a moved family's old address. */
    private static double stale(Source source) {
        return switch (source) {
            case COUNCIL -> 0.15;
            case HEALTH -> 0.35;
            case EDUCATION -> 0.2;
            case POLICE -> 0.5;
            case BENEFITS -> 0.1;
        };
    }

    private PersonIdentity corrupt(Person p, Family f, Source source, int address, SplittableRandom random) {
        double e = settings.errorScale();
        String first = p.first;
        String last = p.last;
        if (p.adult && random.nextDouble() < 0.06 * e) {
            List<String> variants = names.variants.get(first);
            if (variants != null && !variants.isEmpty()) {
                first = variants.get(random.nextInt(variants.size()));
            }
        }
        if (random.nextDouble() < 0.025 * e) {
            first = Corruptor.typo(first, random);
        }
        if (random.nextDouble() < 0.025 * e) {
            last = Corruptor.typo(last, random);
        }
        if (p.adult && p.sex.equals("F") && random.nextDouble() < 0.015 * e) {
            last = random.nextBoolean() ? names.surname(random) : last + "-" + names.surname(random);
        }
        if (random.nextDouble() < 0.008 * e) {
            String swap = first;
            first = last;
            last = swap;
        }
        if (random.nextDouble() < 0.005 * e) {
            first = null;
        }
        if (random.nextDouble() < 0.003 * e) {
            last = null;
        }
        LocalDate born = p.born;
        double d = random.nextDouble();
        if (d < 0.007 * e) {
            born = null;
        } else if (d < 0.013 * e) {
            born = Corruptor.transpose(born);
        } else if (d < 0.03 * e) {
            born = Corruptor.dateTypo(born, random);
        }
        String sex = p.sex;
        double s = random.nextDouble();
        if (s < 0.015 * e) {
            sex = null;
        } else if (s < 0.018 * e) {
            sex = sex.equals("F") ? "M" : "F";
        }
        String line = addresses.line(address);
        String postcode = addresses.postcode(address);
        if (random.nextDouble() < 0.015 * e) {
            postcode = Corruptor.postcodeTypo(postcode, random);
        }
        if (random.nextDouble() < 0.03 * e) {
            line = Corruptor.typo(line.toUpperCase(java.util.Locale.ROOT), random);
        }
        if (random.nextDouble() < 0.2) {
            line = line.replace(" Road", " Rd").replace(" Street", " St").replace(" Avenue", " Ave");
        }
        if (random.nextDouble() < 0.015 * e) {
            line = null;
            postcode = null;
        }
        String uprn = null;
        if ((source == Source.COUNCIL && random.nextDouble() < 0.95) || (source == Source.BENEFITS && random.nextDouble() < 0.5)) {
            uprn = String.valueOf(10_000_000_000L + address);
        }
        String nhs = null;
        double nhsPresent = switch (source) {
            case HEALTH -> 0.98;
            case COUNCIL -> 0.25;
            default -> 0;
        };
        if (random.nextDouble() < nhsPresent) {
            nhs = random.nextDouble() < 0.005 * e ? Corruptor.digitTypo(p.nhs, random) : p.nhs;
        }
        if (source == Source.COUNCIL && first != null && last != null && random.nextBoolean()) {
            first = first.toUpperCase(java.util.Locale.ROOT);
            last = last.toUpperCase(java.util.Locale.ROOT);
        } else {
            first = title(first);
            last = title(last);
        }
        return new PersonIdentity(first, last, born, sex, line, postcode, uprn, nhs);
    }

    static String title(String word) {
        if (word == null || word.isEmpty()) {
            return word;
        }
        StringBuilder out = new StringBuilder(word.length());
        boolean start = true;
        for (char c : word.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-' || c == '\'';
        }
        return out.toString();
    }

    static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xFF51AFD7ED558CCDL;
        x ^= x >>> 33;
        x *= 0xC4CEB9FE1A85EC53L;
        return x ^ (x >>> 33);
    }
}
