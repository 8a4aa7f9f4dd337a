package org.infoshare.incident.rules;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision to tell the people affected, and the law's exceptions (UK GDPR Art 34; DPA 2018 s68). */
class TellingPeoplePolicyTest {

    private static final RiskVerdict HIGH = new RiskVerdict(RiskLevel.HIGH, 9, List.of(RiskReason.LIKELIHOOD_AND_SEVERITY), true, true,
            "UK GDPR Art 33", "UK GDPR Art 34");
    private static final RiskVerdict RISK = new RiskVerdict(RiskLevel.RISK, 4, List.of(RiskReason.LIKELIHOOD_AND_SEVERITY), true, false,
            "UK GDPR Art 33", "UK GDPR Art 34");

    private static DecisionCheck decide(RiskVerdict verdict, Encryption encryption, boolean lawEnforcement, PeopleReason reason,
                                        String notes, String departure) {
        return TellingPeoplePolicy.decide(verdict, encryption, lawEnforcement, reason, notes, departure);
    }

    @Test
    void theRiskIsAssessedFirst() {
        assertThat(decide(null, null, false, PeopleReason.HIGH_RISK, null, null).rule()).isEqualTo("assess-first");
    }

    @Test
    void peopleAtHighRiskAreToldOrAnExceptionOrAWrittenDepartureIsRecorded() {
        assertThat(decide(HIGH, Encryption.NOT_ENCRYPTED, false, PeopleReason.HIGH_RISK, null, null)).isEqualTo(DecisionCheck.ok(false));
        DecisionCheck unexplained = decide(HIGH, Encryption.NOT_ENCRYPTED, false, PeopleReason.NOT_HIGH_RISK, null, null);
        assertThat(unexplained.allowed()).isFalse();
        assertThat(unexplained.rule()).isEqualTo("departure-reason");
        assertThat(decide(HIGH, Encryption.NOT_ENCRYPTED, false, PeopleReason.NOT_HIGH_RISK, null, "Already told by the police").departs()).isTrue();
        // An exception is the law's own reason, not a departure.
        DecisionCheck exception = decide(HIGH, Encryption.NOT_ENCRYPTED, false, PeopleReason.CRIME_OR_INVESTIGATION, null, null);
        assertThat(exception.allowed()).isTrue();
        assertThat(exception.departs()).isFalse();
        assertThat(decide(HIGH, Encryption.NOT_ENCRYPTED, false, PeopleReason.RISK_REMOVED, null, null).departs()).isFalse();
    }

    @Test
    void whenTheLawDoesNotRequireItPeopleMayStillBeTold() {
        assertThat(decide(RISK, Encryption.NOT_ENCRYPTED, false, PeopleReason.GOOD_PRACTICE, "By letter", null)).isEqualTo(DecisionCheck.ok(false));
        assertThat(decide(RISK, Encryption.NOT_ENCRYPTED, false, PeopleReason.NOT_HIGH_RISK, null, null)).isEqualTo(DecisionCheck.ok(false));
    }

    @Test
    void informationThatWasReadableCannotBeCalledUnintelligible() {
        DecisionCheck readable = decide(HIGH, Encryption.ENCRYPTED_KEY_COMPROMISED, false, PeopleReason.UNINTELLIGIBLE, null, null);
        assertThat(readable.allowed()).isFalse();
        assertThat(readable.rule()).isEqualTo("not-unintelligible");
        assertThat(decide(HIGH, Encryption.ENCRYPTED_KEY_SAFE, false, PeopleReason.UNINTELLIGIBLE, null, null).allowed()).isTrue();
    }

    @Test
    void aPublicCommunicationInsteadSaysHowItIsMade() {
        DecisionCheck silent = decide(HIGH, Encryption.NOT_ENCRYPTED, false, PeopleReason.PUBLIC_NOTICE, " ", null);
        assertThat(silent.allowed()).isFalse();
        assertThat(silent.field()).isEqualTo("notes");
        assertThat(silent.rule()).isEqualTo("public-notice");
        assertThat(decide(HIGH, Encryption.NOT_ENCRYPTED, false, PeopleReason.PUBLIC_NOTICE, "Notice on the council's website", null).allowed()).isTrue();
    }

    @Test
    void protectingOtherPeoplesRightsIsAnExceptionOnlyForLawEnforcementProcessing() {
        DecisionCheck general = decide(HIGH, Encryption.NOT_ENCRYPTED, false, PeopleReason.RIGHTS_OF_OTHERS, null, null);
        assertThat(general.allowed()).isFalse();
        assertThat(general.rule()).isEqualTo("law-enforcement-only");
        assertThat(decide(HIGH, Encryption.NOT_ENCRYPTED, true, PeopleReason.RIGHTS_OF_OTHERS, null, null).allowed()).isTrue();
    }
}
