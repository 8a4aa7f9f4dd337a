package org.infoshare.rights.rules;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.infoshare.rights.rules.Withholding.Choice;
import org.infoshare.rights.rules.Withholding.HolderKind;
import org.infoshare.rights.rules.Withholding.Item;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What goes into a subject access bundle (004 §6; DPA 2018 Sch 2–3): serious harm and crime withheld, the DPO's choices within the law. */
class WithholdingTest {

    @Test
    void anItemNotToBeDisclosedToThePersonIsWithheldUnderTheHoldersSeriousHarmExemptionEvenIfTheDpoWouldInclude() {
        assertThat(Withholding.decide(new Item(true, false, HolderKind.HEALTH, Choice.INCLUDE, null)))
                .isEqualTo(new Withholding.Decision(true, Exemption.HEALTH_SERIOUS_HARM, "not-to-be-disclosed-to-subject"));
        assertThat(Withholding.decide(new Item(true, false, HolderKind.SOCIAL_WORK, Choice.DEFAULT, null)).exemption())
                .isEqualTo(Exemption.SOCIAL_WORK_SERIOUS_HARM);
        assertThat(Withholding.decide(new Item(true, false, HolderKind.EDUCATION, Choice.DEFAULT, null)).exemption())
                .isEqualTo(Exemption.EDUCATION_SERIOUS_HARM);
        assertThat(Withholding.decide(new Item(true, false, HolderKind.LAW_ENFORCEMENT, Choice.DEFAULT, null)).exemption())
                .isEqualTo(Exemption.LAW_ENFORCEMENT_RESTRICTION);
    }

    @Test
    void anItemHeldForCrimeIsWithheldUnlessTheDpoIncludesIt() {
        assertThat(Withholding.decide(new Item(false, true, HolderKind.SOCIAL_WORK, Choice.DEFAULT, null)))
                .isEqualTo(new Withholding.Decision(true, Exemption.CRIME_AND_TAXATION, "held-for-crime"));
        assertThat(Withholding.decide(new Item(false, true, HolderKind.LAW_ENFORCEMENT, Choice.DEFAULT, null)).exemption())
                .isEqualTo(Exemption.LAW_ENFORCEMENT_RESTRICTION);
        assertThat(Withholding.decide(new Item(false, true, HolderKind.SOCIAL_WORK, Choice.INCLUDE, null)))
                .isEqualTo(new Withholding.Decision(false, null, "crime-exemption-not-applied"));
    }

    @Test
    void theDpoWithholdsOtherItemsOnlyNamingAnExemptionThatWithholdsItems() {
        assertThat(Withholding.decide(new Item(false, false, HolderKind.OTHER, Choice.WITHHOLD, Exemption.LEGAL_PROFESSIONAL_PRIVILEGE)))
                .isEqualTo(new Withholding.Decision(true, Exemption.LEGAL_PROFESSIONAL_PRIVILEGE, "withheld-by-dpo"));
        assertThatThrownBy(() -> Withholding.decide(new Item(false, false, HolderKind.OTHER, Choice.WITHHOLD, null)))
                .isInstanceOf(IllegalArgumentException.class);
        Exemption refusesOnly = Arrays.stream(Exemption.values()).filter(e -> !e.withholdsItems()).findFirst().orElseThrow();
        assertThatThrownBy(() -> Withholding.decide(new Item(false, false, HolderKind.OTHER, Choice.WITHHOLD, refusesOnly)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Withholding.decide(new Item(false, false, HolderKind.OTHER, Choice.DEFAULT, null)).withheld()).isFalse();
    }

    /** Over every combination drawn at random: a withheld item always names an exemption that withholds items; a marked item is never released. */
    @TestFactory
    Stream<DynamicTest> aWithheldItemAlwaysNamesAnItemExemptionAndAMarkedItemIsNeverReleased() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        Exemption[] exemptions = Exemption.values();
        return IntStream.range(0, 500).mapToObj(n -> {
            Item item = new Item(random.nextBoolean(), random.nextBoolean(), HolderKind.values()[random.nextInt(HolderKind.values().length)],
                    Choice.values()[random.nextInt(Choice.values().length)],
                    random.nextInt(3) == 0 ? null : exemptions[random.nextInt(exemptions.length)]);
            return DynamicTest.dynamicTest("case " + n + " (seed " + seed + ")", () -> {
                boolean dpoWithholdsWithoutItemExemption = item.choice() == Choice.WITHHOLD && !item.notToSubject() && !item.forCrime()
                        && (item.chosenExemption() == null || !item.chosenExemption().withholdsItems());
                if (dpoWithholdsWithoutItemExemption) {
                    assertThatThrownBy(() -> Withholding.decide(item)).as("seed %d: %s", seed, item).isInstanceOf(IllegalArgumentException.class);
                    return;
                }
                Withholding.Decision decision = Withholding.decide(item);
                if (item.notToSubject()) {
                    assertThat(decision.withheld()).as("seed %d: %s", seed, item).isTrue();
                }
                if (decision.withheld()) {
                    assertThat(decision.exemption().withholdsItems()).as("seed %d: %s", seed, item).isTrue();
                } else {
                    assertThat(decision.exemption()).isNull();
                }
            });
        });
    }
}
