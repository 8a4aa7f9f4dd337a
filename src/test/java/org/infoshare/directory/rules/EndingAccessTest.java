package org.infoshare.directory.rules;

import java.time.LocalDate;

import org.infoshare.directory.rules.EndingAccess.Reason;
import org.infoshare.directory.rules.EndingAccess.Request;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EndingAccessTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void withNothingLeftBehindAccessEndsNowWithoutAColleague() {
        assertThat(verdict(new Request(false, true, null, false, false, false))).isEqualTo(new EndingAccess.Verdict(true, Reason.NOW));
        assertThat(verdict(new Request(false, true, TODAY, false, false, false)).reason()).as("today is now").isEqualTo(Reason.NOW);
    }

    @Test
    void somethingLeftBehindNeedsAColleagueOfTheSameOrganisation() {
        assertThat(verdict(new Request(false, true, null, true, false, false)).reason()).isEqualTo(Reason.COLLEAGUE_NEEDED);
        assertThat(verdict(new Request(false, true, null, true, true, false)).reason()).isEqualTo(Reason.NOT_A_COLLEAGUE);
        assertThat(verdict(new Request(false, true, null, true, true, true))).isEqualTo(new EndingAccess.Verdict(true, Reason.NOW));
    }

    @Test
    void aColleagueNamedMustBeEligibleEvenWhenNothingIsLeftBehind() {
        assertThat(verdict(new Request(false, true, null, false, true, false)).reason()).isEqualTo(Reason.NOT_A_COLLEAGUE);
    }

    @Test
    void aLaterDayAlwaysNeedsAColleagueSinceWhatWillBeLeftIsNotKnown() {
        LocalDate later = TODAY.plusDays(1);
        assertThat(verdict(new Request(false, true, later, false, false, false)).reason()).isEqualTo(Reason.COLLEAGUE_NEEDED);
        EndingAccess.Verdict scheduled = verdict(new Request(false, true, later, false, true, true));
        assertThat(scheduled.allowed()).isTrue();
        assertThat(scheduled.later()).isTrue();
    }

    @Test
    void refusalsComeInTheOrderAnAdministratorCanActOnThem() {
        assertThat(verdict(new Request(true, true, TODAY.minusDays(1), true, false, false)).reason()).isEqualTo(Reason.OWN_ACCESS);
        assertThat(verdict(new Request(false, false, TODAY.minusDays(1), true, false, false)).reason()).isEqualTo(Reason.ALREADY_ENDED);
        assertThat(verdict(new Request(false, true, TODAY.minusDays(1), true, true, true)).reason()).isEqualTo(Reason.DAY_PASSED);
        assertThat(verdict(new Request(false, true, TODAY.minusDays(1), true, true, true)).allowed()).isFalse();
    }

    private static EndingAccess.Verdict verdict(Request request) {
        return EndingAccess.of(request, TODAY);
    }
}
