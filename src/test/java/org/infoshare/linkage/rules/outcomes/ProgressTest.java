package org.infoshare.linkage.rules.outcomes;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProgressTest {

    static final OutcomesPlan PLAN = StandardPlan.version1();
    static final LocalDate BASELINE = LocalDate.of(2025, 6, 1);

    static List<Member> family(LocalDate... incidents) {
        return List.of(new Member(1, AgeGroup.ADULT, java.util.Arrays.stream(incidents)
                .map(d -> OutcomesRulesTest.event(Indicator.DOMESTIC_ABUSE_VICTIM, d, 3)).toList()));
    }

    @Test
    void noIncidentForLongerThanTheWindowAndTheSustainPeriodIsSignificantAndSustainedProgress() {
        List<Member> family = family(LocalDate.of(2025, 5, 1));
        Set<HeadlineArea> atBaseline = OutcomesEvaluator.areasMet(PLAN, family, BASELINE);
        assertThat(atBaseline).containsExactly(HeadlineArea.DOMESTIC_ABUSE);
        ProgressAssessment progress = Progress.assess(PLAN, family, BASELINE, atBaseline, LocalDate.of(2026, 12, 1));
        assertThat(progress.significantAndSustained()).isTrue();
        assertThat(progress.areas()).singleElement().satisfies(area -> {
            assertThat(area.metNow()).isFalse();
            assertThat(area.sustained()).isTrue();
        });
        assertThat(progress.reason()).contains("stayed resolved for at least 6 months");
    }

    @Test
    void resolvedRecentlyIsImprovementButNotYetSustained() {
        List<Member> family = family(LocalDate.of(2025, 5, 1));
        Set<HeadlineArea> atBaseline = Set.of(HeadlineArea.DOMESTIC_ABUSE);
        // The incident drops out of the 12-month window on 1 May 2026: resolved for three months by August.
        ProgressAssessment progress = Progress.assess(PLAN, family, BASELINE, atBaseline, LocalDate.of(2026, 8, 1));
        assertThat(progress.areas().get(0).metNow()).isFalse();
        assertThat(progress.areas().get(0).sustained()).isFalse();
        assertThat(progress.improved()).isEqualTo(1);
        assertThat(progress.significantAndSustained()).isFalse();
        assertThat(progress.reason()).contains("0 of 1 areas");
    }

    @Test
    void aNewIncidentMeansNoProgressInThatArea() {
        List<Member> family = family(LocalDate.of(2025, 5, 1), LocalDate.of(2026, 10, 15));
        ProgressAssessment progress = Progress.assess(PLAN, family, BASELINE, Set.of(HeadlineArea.DOMESTIC_ABUSE), LocalDate.of(2026, 12, 1));
        assertThat(progress.areas().get(0).metNow()).isTrue();
        assertThat(progress.areas().get(0).resolvedSince()).isNull();
        assertThat(progress.significantAndSustained()).isFalse();
    }

    @Test
    void tooSoonAfterTheBaselineOrNothingToImproveIsNeverProgress() {
        List<Member> family = family();
        assertThat(Progress.assess(PLAN, family, BASELINE, Set.of(HeadlineArea.DOMESTIC_ABUSE), BASELINE.plusMonths(2)).reason())
                .startsWith("Less than 6 months");
        assertThat(Progress.assess(PLAN, family, BASELINE, Set.of(), BASELINE.plusMonths(12)).significantAndSustained()).isFalse();
        assertThatThrownBy(() -> Progress.assess(PLAN, family, BASELINE, Set.of(), BASELINE.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
