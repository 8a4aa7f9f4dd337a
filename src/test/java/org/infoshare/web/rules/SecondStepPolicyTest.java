package org.infoshare.web.rules;

import org.infoshare.web.rules.SecondStepPolicy.Reason;
import org.infoshare.web.rules.SecondStepPolicy.Stage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecondStepPolicyTest {

    @Test
    void aPasswordAloneIsEnoughOnlyForThoseWithNoSecondStepAndNoRequirement() {
        assertThat(SecondStepPolicy.stage(SignInMethod.PASSWORD, false, false, false))
                .isEqualTo(new SecondStepPolicy.Verdict(Stage.COMPLETE, Reason.NOT_REQUIRED));
        assertThat(SecondStepPolicy.stage(SignInMethod.PASSWORD, false, true, false))
                .isEqualTo(new SecondStepPolicy.Verdict(Stage.SECOND_STEP_NEEDED, Reason.SECOND_STEP_SET_UP));
        assertThat(SecondStepPolicy.stage(SignInMethod.PASSWORD, false, true, true).stage()).isEqualTo(Stage.SECOND_STEP_NEEDED);
        assertThat(SecondStepPolicy.stage(SignInMethod.PASSWORD, false, false, true))
                .isEqualTo(new SecondStepPolicy.Verdict(Stage.SET_UP_NEEDED, Reason.REQUIRED_FOR_ROLE));
    }

    @Test
    void aSecondStepTakenCompletesAPasswordSignIn() {
        for (boolean setUp : new boolean[] {true, false}) {
            for (boolean required : new boolean[] {true, false}) {
                assertThat(SecondStepPolicy.stage(SignInMethod.PASSWORD, true, setUp, required))
                        .isEqualTo(new SecondStepPolicy.Verdict(Stage.COMPLETE, Reason.SECOND_STEP_TAKEN));
            }
        }
    }

    @Test
    void passkeysAndIdentityProvidersNeverOweASecondStepHere() {
        for (boolean setUp : new boolean[] {true, false}) {
            for (boolean required : new boolean[] {true, false}) {
                assertThat(SecondStepPolicy.stage(SignInMethod.PASSKEY, false, setUp, required))
                        .isEqualTo(new SecondStepPolicy.Verdict(Stage.COMPLETE, Reason.PASSKEY_IS_MULTI_FACTOR));
                assertThat(SecondStepPolicy.stage(SignInMethod.IDENTITY_PROVIDER, false, setUp, required))
                        .isEqualTo(new SecondStepPolicy.Verdict(Stage.COMPLETE, Reason.IDENTITY_PROVIDER_DECIDES));
            }
        }
    }
}
