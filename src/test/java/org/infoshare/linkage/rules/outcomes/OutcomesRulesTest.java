package org.infoshare.linkage.rules.outcomes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutcomesRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
    static final int SCHOOL = 2;
    static final int POLICE = 3;

    static Fact event(Indicator indicator, LocalDate date, int source) {
        return new Fact(indicator, date, null, source);
    }

    static Fact attendance(LocalDate term, double percent) {
        return new Fact(Indicator.SCHOOL_ATTENDANCE, term, percent, SCHOOL);
    }

    static final Criterion PERSISTENT_ABSENCE = new ValuesInPeriods(Indicator.SCHOOL_ATTENDANCE, Members.CHILDREN, true, 90, 2, 3, 15);

    @Test
    void attendanceBelowNinetyPerCentInTwoOfTheLastThreeTerms() {
        Member child = new Member(1, AgeGroup.CHILD, List.of(
                attendance(LocalDate.of(2025, 9, 1), 95), attendance(LocalDate.of(2026, 1, 5), 85), attendance(LocalDate.of(2026, 4, 20), 88)));
        Criterion.Verdict verdict = PERSISTENT_ABSENCE.evaluate(List.of(child), TODAY);
        assertThat(verdict.met()).isTrue();
        assertThat(verdict.evidence()).extracting(Evidence::value).containsExactlyInAnyOrder(85.0, 88.0);
        assertThat(verdict.evidence()).allMatch(e -> e.source() == SCHOOL && e.person() == 1);
        assertThat(verdict.reason()).contains("2 of their last 3");

        Member better = new Member(1, AgeGroup.CHILD, List.of(
                attendance(LocalDate.of(2025, 4, 20), 70), attendance(LocalDate.of(2025, 9, 1), 95), attendance(LocalDate.of(2026, 1, 5), 92),
                attendance(LocalDate.of(2026, 4, 20), 88)));
        assertThat(PERSISTENT_ABSENCE.evaluate(List.of(better), TODAY).met()).isFalse();
        assertThat(PERSISTENT_ABSENCE.evaluate(List.of(better), TODAY).evidence()).isEmpty();

        Member adult = new Member(2, AgeGroup.ADULT, child.facts());
        assertThat(PERSISTENT_ABSENCE.evaluate(List.of(adult), TODAY).met()).isFalse();
        assertThat(PERSISTENT_ABSENCE.evaluate(List.of(child), LocalDate.of(2026, 2, 1)).met())
                .as("the April term is not yet known in February").isFalse();
    }

    @Test
    void occurrencesCountAcrossTheFamilyWithinTheirWindow() {
        Criterion twoIncidents = new Occurrences(Set.of(Indicator.DOMESTIC_ABUSE_VICTIM, Indicator.DOMESTIC_ABUSE_PERPETRATOR), Members.ANYONE, 2, 12);
        Member mother = new Member(1, AgeGroup.ADULT, List.of(event(Indicator.DOMESTIC_ABUSE_VICTIM, TODAY.minusMonths(2), POLICE)));
        Member father = new Member(2, AgeGroup.ADULT, List.of(event(Indicator.DOMESTIC_ABUSE_PERPETRATOR, TODAY.minusMonths(11), POLICE),
                event(Indicator.DOMESTIC_ABUSE_PERPETRATOR, TODAY.minusMonths(13), POLICE)));
        Criterion.Verdict verdict = twoIncidents.evaluate(List.of(mother, father), TODAY);
        assertThat(verdict.met()).isTrue();
        assertThat(verdict.evidence()).hasSize(2).extracting(Evidence::date).containsExactly(TODAY.minusMonths(2), TODAY.minusMonths(11));
        assertThat(twoIncidents.evaluate(List.of(mother), TODAY).met()).isFalse();
        assertThat(twoIncidents.evaluate(List.of(mother), TODAY).reason()).contains("1 was recorded").contains("needs 2");
        assertThat(twoIncidents.evaluate(List.of(mother, father), TODAY.minusMonths(12)).met())
                .as("facts after the day of assessment are not counted").isFalse();
        assertThat(twoIncidents.describe()).contains("At least 2 records").contains("in the last 12 months");
    }

    @Test
    void criteriaRefuseRulesThatCannotMeanAnything() {
        assertThatThrownBy(() -> new Occurrences(Set.of(), Members.ANYONE, 1, 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Occurrences(Set.of(Indicator.SCHOOL_ATTENDANCE), Members.ANYONE, 1, 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ValuesInPeriods(Indicator.OFFENCE, Members.ANYONE, true, 90, 1, 3, 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ValuesInPeriods(Indicator.SCHOOL_ATTENDANCE, Members.ANYONE, true, 90, 4, 3, 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Fact(Indicator.SCHOOL_ATTENDANCE, TODAY, null, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Fact(Indicator.OFFENCE, TODAY, 3.0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Descriptor("bad code", HeadlineArea.CRIME, "x", PERSISTENT_ABSENCE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStandardPlanCoversEveryHeadlineArea() {
        OutcomesPlan plan = StandardPlan.version1();
        assertThat(plan.areas()).isEqualTo(EnumSet.allOf(HeadlineArea.class));
        assertThat(plan.minimumAreas()).isEqualTo(3);
        assertThat(plan.descriptors()).allSatisfy(d -> assertThat(d.criterion().describe()).isNotBlank());
        assertThatThrownBy(() -> new OutcomesPlan("p", 1, List.of(plan.descriptors().get(0), plan.descriptors().get(0)), 3, 6))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(plan.nextVersion(plan.descriptors(), 2, 6).version()).isEqualTo(2);
    }

    /** A family meeting three areas: a child persistently absent, domestic abuse, out-of-work benefits. */
    static List<Member> troubledFamily(LocalDate lastTrouble) {
        List<Fact> childFacts = new ArrayList<>();
        childFacts.add(attendance(LocalDate.of(2025, 9, 1), 80));
        childFacts.add(attendance(LocalDate.of(2026, 1, 5), 82));
        childFacts.add(attendance(LocalDate.of(2026, 4, 20), 84));
        return List.of(new Member(1, AgeGroup.ADULT, List.of(event(Indicator.DOMESTIC_ABUSE_VICTIM, lastTrouble, POLICE),
                        event(Indicator.OUT_OF_WORK_BENEFITS, lastTrouble, 4))),
                new Member(2, AgeGroup.CHILD, childFacts));
    }

    @Test
    void aFamilyMeetingThreeAreasIsEligibleWithItsEvidence() {
        FamilyAssessment assessment = OutcomesEvaluator.assess(StandardPlan.version1(), troubledFamily(TODAY.minusMonths(1)), TODAY);
        assertThat(assessment.areasMet()).containsExactlyInAnyOrder(HeadlineArea.EDUCATION, HeadlineArea.DOMESTIC_ABUSE,
                HeadlineArea.FINANCIAL_STABILITY);
        assertThat(assessment.eligible()).isTrue();
        assertThat(assessment.reason()).startsWith("3 headline areas are met");
        assertThat(assessment.sources()).containsExactlyInAnyOrder(SCHOOL, POLICE, 4);
        assertThat(assessment.evidenceFor(HeadlineArea.DOMESTIC_ABUSE)).hasSize(1);
        assertThat(assessment.results()).hasSize(StandardPlan.version1().descriptors().size());

        FamilyAssessment older = OutcomesEvaluator.assess(StandardPlan.version1(), troubledFamily(TODAY.minusMonths(8)), TODAY);
        assertThat(older.areasMet()).doesNotContain(HeadlineArea.FINANCIAL_STABILITY);
        assertThat(older.eligible()).isFalse();
    }
}
