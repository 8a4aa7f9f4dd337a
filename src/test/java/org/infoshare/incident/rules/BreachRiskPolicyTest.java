package org.infoshare.incident.rules;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The structured risk assessment of a breach (002 §4.8; UK GDPR Art 33-34; DPA 2018 s67-68). */
class BreachRiskPolicyTest {

    private static final long SEED = Long.getLong("incident.seed", 20261205L);

    private static RiskInputs inputs(Likelihood likelihood, Severity severity, Set<DataAffected> data, Integer people,
                                     Encryption encryption, Containment containment) {
        return new RiskInputs(likelihood, severity, data, people, encryption, containment, false);
    }

    private static RiskInputs plain(Likelihood likelihood, Severity severity) {
        return inputs(likelihood, severity, Set.of(DataAffected.IDENTIFIERS), 1, Encryption.NOT_ENCRYPTED, Containment.CONTAINED);
    }

    @Test
    void informationUnintelligibleToWhoeverGotItIsUnlikelyToResultInARiskWhateverElseIsTrue() {
        RiskVerdict verdict = BreachRiskPolicy.assess(inputs(Likelihood.ALMOST_CERTAIN, Severity.SEVERE,
                EnumSet.allOf(DataAffected.class), 5_000, Encryption.ENCRYPTED_KEY_SAFE, Containment.NOT_CONTAINED));
        assertThat(verdict.level()).isEqualTo(RiskLevel.UNLIKELY);
        assertThat(verdict.reasons()).containsExactly(RiskReason.UNINTELLIGIBLE);
        assertThat(verdict.icoRequired()).isFalse();
        assertThat(verdict.peopleRequired()).isFalse();
    }

    @Test
    void aCompromisedKeyIsNoProtection() {
        RiskVerdict verdict = BreachRiskPolicy.assess(inputs(Likelihood.LIKELY, Severity.SERIOUS, Set.of(DataAffected.IDENTIFIERS), 1,
                Encryption.ENCRYPTED_KEY_COMPROMISED, Containment.CONTAINED));
        assertThat(verdict.level()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void informationRecoveredUnreadIsUnlikelyToResultInARisk() {
        RiskVerdict verdict = BreachRiskPolicy.assess(inputs(Likelihood.LIKELY, Severity.SEVERE, Set.of(DataAffected.CHILDREN), 1,
                Encryption.NOT_ENCRYPTED, Containment.RECOVERED_UNREAD));
        assertThat(verdict.level()).isEqualTo(RiskLevel.UNLIKELY);
        assertThat(verdict.reasons()).containsExactly(RiskReason.RECOVERED_UNREAD);
    }

    @Test
    void theLevelTurnsOnLikelihoodTimesSeverityAtItsEdges() {
        // 1 x 2 = 2: unlikely. 3 x 1 = 3: a risk. 2 x 3 = 6: a risk. 2 x 4 = 8 and 3 x 3 = 9: a high risk.
        assertThat(BreachRiskPolicy.assess(plain(Likelihood.REMOTE, Severity.MINIMAL)).level()).isEqualTo(RiskLevel.UNLIKELY);
        assertThat(BreachRiskPolicy.assess(plain(Likelihood.REMOTE, Severity.SIGNIFICANT))).satisfies(v -> {
            assertThat(v.score()).isEqualTo(2);
            assertThat(v.level()).isEqualTo(RiskLevel.UNLIKELY);
            assertThat(v.icoRequired()).isFalse();
        });
        assertThat(BreachRiskPolicy.assess(plain(Likelihood.LIKELY, Severity.MINIMAL))).satisfies(v -> {
            assertThat(v.score()).isEqualTo(3);
            assertThat(v.level()).isEqualTo(RiskLevel.RISK);
            assertThat(v.icoRequired()).isTrue();
            assertThat(v.peopleRequired()).isFalse();
        });
        assertThat(BreachRiskPolicy.assess(plain(Likelihood.POSSIBLE, Severity.SERIOUS)).level()).isEqualTo(RiskLevel.RISK);
        assertThat(BreachRiskPolicy.assess(plain(Likelihood.POSSIBLE, Severity.SEVERE))).satisfies(v -> {
            assertThat(v.score()).isEqualTo(8);
            assertThat(v.level()).isEqualTo(RiskLevel.HIGH);
            assertThat(v.peopleRequired()).isTrue();
        });
        assertThat(BreachRiskPolicy.assess(plain(Likelihood.LIKELY, Severity.SERIOUS)).level()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void sensitiveInformationMakesHarmMoreSevere() {
        RiskVerdict plainData = BreachRiskPolicy.assess(plain(Likelihood.REMOTE, Severity.SIGNIFICANT));
        RiskVerdict childrensData = BreachRiskPolicy.assess(inputs(Likelihood.REMOTE, Severity.SIGNIFICANT,
                Set.of(DataAffected.IDENTIFIERS, DataAffected.CHILDREN), 1, Encryption.NOT_ENCRYPTED, Containment.CONTAINED));
        assertThat(plainData.level()).isEqualTo(RiskLevel.UNLIKELY);
        assertThat(childrensData.score()).isEqualTo(3);
        assertThat(childrensData.level()).isEqualTo(RiskLevel.RISK);
        assertThat(childrensData.reasons()).containsExactly(RiskReason.LIKELIHOOD_AND_SEVERITY, RiskReason.SENSITIVE_INFORMATION);
    }

    @Test
    void informationThatCouldLeadSomeoneToAPersonAtRiskMakesHarmSevere() {
        RiskVerdict verdict = BreachRiskPolicy.assess(inputs(Likelihood.POSSIBLE, Severity.MINIMAL,
                Set.of(DataAffected.WHEREABOUTS_OF_PERSON_AT_RISK), 1, Encryption.NOT_ENCRYPTED, Containment.CONTAINED));
        assertThat(verdict.score()).isEqualTo(8);
        assertThat(verdict.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(verdict.reasons()).contains(RiskReason.WHEREABOUTS_EXPOSED);
    }

    @Test
    void manyPeopleAndAnUncontainedIncidentMakeHarmMoreLikely() {
        RiskVerdict few = BreachRiskPolicy.assess(inputs(Likelihood.REMOTE, Severity.SIGNIFICANT, Set.of(DataAffected.IDENTIFIERS), 99,
                Encryption.NOT_ENCRYPTED, Containment.CONTAINED));
        RiskVerdict many = BreachRiskPolicy.assess(inputs(Likelihood.REMOTE, Severity.SIGNIFICANT, Set.of(DataAffected.IDENTIFIERS), 100,
                Encryption.NOT_ENCRYPTED, Containment.CONTAINED));
        RiskVerdict manyAndOpen = BreachRiskPolicy.assess(inputs(Likelihood.REMOTE, Severity.SIGNIFICANT, Set.of(DataAffected.IDENTIFIERS), 100,
                Encryption.NOT_ENCRYPTED, Containment.NOT_CONTAINED));
        assertThat(few.score()).isEqualTo(2);
        assertThat(many.score()).isEqualTo(4);
        assertThat(many.reasons()).contains(RiskReason.MANY_PEOPLE);
        assertThat(manyAndOpen.score()).isEqualTo(6);
        assertThat(manyAndOpen.reasons()).contains(RiskReason.MANY_PEOPLE, RiskReason.NOT_CONTAINED);
        // An unknown number of people is not counted as many.
        assertThat(BreachRiskPolicy.assess(inputs(Likelihood.REMOTE, Severity.SIGNIFICANT, Set.of(DataAffected.IDENTIFIERS), null,
                Encryption.NOT_ENCRYPTED, Containment.CONTAINED)).score()).isEqualTo(2);
    }

    @Test
    void lawEnforcementProcessingIsDecidedUnderPart3() {
        RiskVerdict verdict = BreachRiskPolicy.assess(new RiskInputs(Likelihood.LIKELY, Severity.SERIOUS, Set.of(DataAffected.CRIMINAL_OFFENCE),
                3, Encryption.NOT_ENCRYPTED, Containment.CONTAINED, true));
        assertThat(verdict.icoProvision()).isEqualTo("DPA 2018 s67");
        assertThat(verdict.peopleProvision()).isEqualTo("DPA 2018 s68");
        assertThat(BreachRiskPolicy.assess(plain(Likelihood.LIKELY, Severity.SERIOUS)).icoProvision()).isEqualTo("UK GDPR Art 33");
    }

    /** More likely, more severe, more sensitive, more people or less contained never lowers the level. */
    @Test
    void worseFactsNeverLowerTheLevel() {
        Random random = new Random(SEED);
        for (int n = 0; n < 20_000; n++) {
            RiskInputs base = randomInputs(random);
            RiskInputs worse = worsen(base, random);
            RiskLevel before = BreachRiskPolicy.assess(base).level();
            RiskLevel after = BreachRiskPolicy.assess(worse).level();
            assertThat(after.compareTo(before)).as("seed %d case %d: %s -> %s", SEED, n, base, worse).isGreaterThanOrEqualTo(0);
        }
    }

    /** The duties follow the level exactly: the ICO from a risk on, the people from a high risk on. */
    @Test
    void theDutiesFollowTheLevel() {
        Random random = new Random(SEED + 1);
        for (int n = 0; n < 20_000; n++) {
            RiskInputs inputs = randomInputs(random);
            RiskVerdict verdict = BreachRiskPolicy.assess(inputs);
            assertThat(verdict.icoRequired()).as("case %d %s", n, inputs).isEqualTo(verdict.level() != RiskLevel.UNLIKELY);
            assertThat(verdict.peopleRequired()).as("case %d %s", n, inputs).isEqualTo(verdict.level() == RiskLevel.HIGH);
            assertThat(verdict.score()).isBetween(0, 16);
            assertThat(verdict.reasons()).isNotEmpty();
        }
    }

    private static RiskInputs randomInputs(Random random) {
        Set<DataAffected> data = EnumSet.noneOf(DataAffected.class);
        for (DataAffected d : DataAffected.values()) {
            if (random.nextInt(4) == 0) {
                data.add(d);
            }
        }
        return new RiskInputs(pick(random, Likelihood.values()), pick(random, Severity.values()), data,
                random.nextInt(5) == 0 ? null : random.nextInt(300), pick(random, Encryption.values()), pick(random, Containment.values()),
                random.nextBoolean());
    }

    /** The same facts with one made worse. */
    private static RiskInputs worsen(RiskInputs i, Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> new RiskInputs(Likelihood.values()[Math.min(3, i.likelihood().ordinal() + 1)], i.severity(), i.dataAffected(),
                    i.peopleAffected(), i.encryption(), i.containment(), i.lawEnforcement());
            case 1 -> new RiskInputs(i.likelihood(), Severity.values()[Math.min(3, i.severity().ordinal() + 1)], i.dataAffected(),
                    i.peopleAffected(), i.encryption(), i.containment(), i.lawEnforcement());
            case 2 -> {
                Set<DataAffected> more = EnumSet.noneOf(DataAffected.class);
                more.addAll(i.dataAffected());
                more.add(pick(random, DataAffected.values()));
                yield new RiskInputs(i.likelihood(), i.severity(), more, i.peopleAffected(), i.encryption(), i.containment(), i.lawEnforcement());
            }
            case 3 -> new RiskInputs(i.likelihood(), i.severity(), i.dataAffected(),
                    i.peopleAffected() == null ? 500 : i.peopleAffected() + random.nextInt(200), i.encryption(), i.containment(), i.lawEnforcement());
            default -> new RiskInputs(i.likelihood(), i.severity(), i.dataAffected(), i.peopleAffected(), i.encryption(),
                    i.containment() == Containment.RECOVERED_UNREAD ? Containment.CONTAINED : Containment.NOT_CONTAINED, i.lawEnforcement());
        };
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
