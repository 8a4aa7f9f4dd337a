package org.infoshare.directory;

import java.time.LocalDate;

import org.infoshare.shared.Actor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StaffMemberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Test
    void aPersonsTrainingIsCurrentUntilTheEndOfItsExpiryDay() {
        assertThat(StaffMember.trainingIsCurrent(Actor.Kind.PERSON, TODAY, TODAY)).isTrue();
        assertThat(StaffMember.trainingIsCurrent(Actor.Kind.PERSON, TODAY.plusYears(1), TODAY)).isTrue();
        assertThat(StaffMember.trainingIsCurrent(Actor.Kind.PERSON, TODAY.minusDays(1), TODAY)).isFalse();
    }

    @Test
    void aPersonWithNoTrainingRecordedHasNoCurrentTraining() {
        assertThat(StaffMember.trainingIsCurrent(Actor.Kind.PERSON, null, TODAY)).isFalse();
    }

    @Test
    void aPartnerSystemTakesNoTraining() {
        assertThat(StaffMember.trainingIsCurrent(Actor.Kind.SYSTEM, null, TODAY)).isTrue();
        assertThat(StaffMember.trainingIsCurrent(Actor.Kind.SYSTEM, TODAY.minusYears(2), TODAY)).isTrue();
    }
}
