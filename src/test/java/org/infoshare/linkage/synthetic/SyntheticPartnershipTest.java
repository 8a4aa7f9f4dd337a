package org.infoshare.linkage.synthetic;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import org.infoshare.linkage.rules.encoding.PersonIdentity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator itself: repeatable, five partners, and errors at the rates it claims. */
class SyntheticPartnershipTest {

    private static final long SEED = 4_242L;

    @Test
    void theSameSeedGivesTheSamePartnership() {
        SyntheticPartnership.Settings settings = SyntheticPartnership.Settings.of(SEED, 500);
        assertThat(SyntheticRun.generate(settings)).isEqualTo(SyntheticRun.generate(settings));
        assertThat(SyntheticRun.generate(SyntheticPartnership.Settings.of(SEED + 1, 500))).isNotEqualTo(SyntheticRun.generate(settings));
    }

    @Test
    void fivePartnersHoldAboutFourRecordsForEachPerson() {
        SyntheticPartnership.Settings settings = SyntheticPartnership.Settings.of(SEED, 5_000);
        List<SyntheticPartnership.Record> records = SyntheticRun.generate(settings);
        long people = records.stream().mapToInt(SyntheticPartnership.Record::truePerson).distinct().count();

        assertThat(records).extracting(SyntheticPartnership.Record::source).containsAll(List.of(SyntheticPartnership.Source.values()));
        assertThat(records.size() / (double) people).isBetween(3.8, 4.2);
    }

    /** Each record beside the same record generated without errors: how often each kind of error occurs. */
    @Test
    void recordsCarryRealisticErrors() {
        SyntheticPartnership.Settings noisy = SyntheticPartnership.Settings.of(SEED, 8_000);
        SyntheticPartnership.Settings clean = new SyntheticPartnership.Settings(SEED, 8_000, 0.0, noisy.today());
        Map<String, PersonIdentity> truth = new HashMap<>();
        for (SyntheticPartnership.Record r : SyntheticRun.generate(clean)) {
            truth.put(r.source() + r.localRef(), r.identity());
        }
        List<SyntheticPartnership.Record> records = SyntheticRun.generate(noisy);
        assertThat(truth).hasSize(records.size());

        assertThat(rate(records, truth, (r, t) -> r.firstName() != null && !same(r.firstName(), t.firstName())
                && !same(r.firstName(), t.lastName()))).as("first names misspelt or a variant").isBetween(0.02, 0.08);
        assertThat(rate(records, truth, (r, t) -> same(r.firstName(), t.lastName()) && same(r.lastName(), t.firstName())))
                .as("first and last names swapped").isBetween(0.004, 0.015);
        assertThat(rate(records, truth, (r, t) -> r.dateOfBirth() != null && !r.dateOfBirth().equals(t.dateOfBirth())))
                .as("dates of birth mistyped").isBetween(0.01, 0.04);
        assertThat(rate(records, truth, (r, t) -> r.dateOfBirth() == null)).as("dates of birth missing").isBetween(0.003, 0.012);
        assertThat(rate(records, truth, (r, t) -> r.postcode() == null)).as("addresses missing").isBetween(0.008, 0.025);
        assertThat(rate(records, truth, (r, t) -> r.nhsNumber() != null && t.nhsNumber() != null && !r.nhsNumber().equals(t.nhsNumber())))
                .as("NHS numbers mistyped").isBetween(0.0005, 0.005);
    }

    @Test
    void someFamiliesMovedAndSomePartnersStillHaveTheOldAddress() {
        List<SyntheticPartnership.Record> records = SyntheticRun.generate(SyntheticPartnership.Settings.of(SEED, 5_000));
        Map<Integer, Long> postcodesPerPerson = new HashMap<>();
        records.stream().filter(r -> r.identity().postcode() != null)
                .collect(java.util.stream.Collectors.groupingBy(SyntheticPartnership.Record::truePerson,
                        java.util.stream.Collectors.mapping(r -> r.identity().postcode(), java.util.stream.Collectors.toSet())))
                .forEach((person, postcodes) -> postcodesPerPerson.put(person, (long) postcodes.size()));
        double moved = postcodesPerPerson.values().stream().filter(n -> n > 1).count() / (double) postcodesPerPerson.size();

        assertThat(moved).as("people known at more than one postcode").isBetween(0.04, 0.15);
    }

    private interface Check {
        boolean test(PersonIdentity recorded, PersonIdentity truth);
    }

    private static double rate(List<SyntheticPartnership.Record> records, Map<String, PersonIdentity> truth, Check check) {
        Predicate<SyntheticPartnership.Record> hit = r -> check.test(r.identity(), truth.get(r.source() + r.localRef()));
        return records.stream().filter(hit).count() / (double) records.size();
    }

    private static boolean same(String a, String b) {
        return Objects.equals(a == null ? null : a.toUpperCase(Locale.ROOT), b == null ? null : b.toUpperCase(Locale.ROOT));
    }
}
