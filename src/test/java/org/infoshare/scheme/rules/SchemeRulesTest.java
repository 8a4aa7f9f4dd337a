package org.infoshare.scheme.rules;

import org.infoshare.directory.OrganisationType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The public disclosure schemes' rules, each against the guidance it applies (004 §8.3, §8.6). */
class SchemeRulesTest {

    private static SchemeDecisionEngine.Decision decide(Scheme scheme, OrganisationType holder, Recipient recipient, boolean risk, boolean necessary) {
        return SchemeDecisionEngine.decide(new SchemeDecisionEngine.Facts(scheme, holder, recipient, risk, necessary));
    }

    @Nested
    class TheGateway {

        @ParameterizedTest
        @EnumSource(Scheme.class)
        @DisplayName("004 §8.3, §8.6: the schemes are the police's; the gateway is theirs alone")
        void onlyThePoliceDiscloseUnderAScheme(Scheme scheme) {
            assertThat(SchemeGatewayPolicy.decide(scheme, OrganisationType.POLICE).allowed()).isTrue();
            for (OrganisationType other : OrganisationType.values()) {
                if (other != OrganisationType.POLICE) {
                    Verdict verdict = SchemeGatewayPolicy.decide(scheme, other);
                    assertThat(verdict.allowed()).isFalse();
                    assertThat(verdict.rule()).isEqualTo(SchemeGatewayPolicy.NOT_THE_POLICE);
                }
            }
            assertThat(SchemeGatewayPolicy.decide(scheme, null).allowed()).isFalse();
        }

        @Test
        @DisplayName("004 §8.3, §8.6: each scheme's gateway is in the legal catalogue as a police gateway")
        void theSchemesCiteTheirOwnGateways() {
            assertThat(Scheme.DVDS_RIGHT_TO_ASK.gateway().code()).isEqualTo("DVDS");
            assertThat(Scheme.DVDS_RIGHT_TO_KNOW.gateway().code()).isEqualTo("DVDS");
            assertThat(Scheme.CSODS.gateway().code()).isEqualTo("CSODS");
            assertThat(Scheme.CSODS.gateway().holders()).containsExactly(OrganisationType.POLICE);
            assertThat(Scheme.DVDS_RIGHT_TO_ASK.source()).isEqualTo("004 §8.3");
            assertThat(Scheme.CSODS.source()).isEqualTo("004 §8.6");
        }
    }

    @Nested
    class WhoIsTold {

        @Test
        @DisplayName("004 §8.3: DVDS information goes only to someone at risk or a person in a position to safeguard them")
        void dvdsTellsThePersonAtRiskOrSomeoneWhoCanSafeguardThem() {
            assertThat(SchemeRecipientPolicy.decide(Scheme.DVDS_RIGHT_TO_ASK, Recipient.PERSON_AT_RISK).allowed()).isTrue();
            assertThat(SchemeRecipientPolicy.decide(Scheme.DVDS_RIGHT_TO_KNOW, Recipient.ABLE_TO_SAFEGUARD).allowed()).isTrue();
            Verdict other = SchemeRecipientPolicy.decide(Scheme.DVDS_RIGHT_TO_ASK, Recipient.NEITHER);
            assertThat(other.allowed()).isFalse();
            assertThat(other.rule()).isEqualTo(SchemeRecipientPolicy.NOT_ENTITLED);
            assertThat(other.field()).isEqualTo("recipient");
        }

        @Test
        @DisplayName("004 §8.6: CSODS tells the person most able to protect the child, not the child")
        void csodsTellsThePersonMostAbleToProtectTheChild() {
            assertThat(SchemeRecipientPolicy.decide(Scheme.CSODS, Recipient.ABLE_TO_SAFEGUARD).allowed()).isTrue();
            assertThat(SchemeRecipientPolicy.decide(Scheme.CSODS, Recipient.PERSON_AT_RISK).rule()).isEqualTo(SchemeRecipientPolicy.NOT_ENTITLED);
            assertThat(SchemeRecipientPolicy.decide(Scheme.CSODS, Recipient.NEITHER).allowed()).isFalse();
        }
    }

    @Nested
    class TheDecision {

        @Test
        @DisplayName("004 §8.3: convictions or behaviour indicating a risk of harm to a partner lead to a disclosure")
        void aRiskOfHarmToAPartnerIsDisclosed() {
            SchemeDecisionEngine.Decision d = decide(Scheme.DVDS_RIGHT_TO_ASK, OrganisationType.POLICE, Recipient.PERSON_AT_RISK, true, true);
            assertThat(d.disclose()).isTrue();
            assertThat(d.rule()).isEqualTo(SchemeRiskPolicy.RISK_OF_HARM);
            assertThat(d.path()).extracting(Verdict::rule).containsExactly(SchemeGatewayPolicy.GATEWAY_AVAILABLE, SchemeRecipientPolicy.ENTITLED,
                    SchemeRiskPolicy.RISK_OF_HARM);
        }

        @Test
        @DisplayName("004 §8.3: nothing indicating a risk, nothing to disclose")
        void noRiskNoDisclosure() {
            SchemeDecisionEngine.Decision d = decide(Scheme.DVDS_RIGHT_TO_KNOW, OrganisationType.POLICE, Recipient.PERSON_AT_RISK, false, true);
            assertThat(d.disclose()).isFalse();
            assertThat(d.rule()).isEqualTo(SchemeRiskPolicy.NO_RISK);
        }

        @Test
        @DisplayName("004 §8.6: disclosed only if it is in the child's interests")
        void csodsDisclosesOnlyInTheChildsInterests() {
            assertThat(decide(Scheme.CSODS, OrganisationType.POLICE, Recipient.ABLE_TO_SAFEGUARD, true, false).rule())
                    .isEqualTo(SchemeRiskPolicy.NOT_NECESSARY);
            assertThat(decide(Scheme.CSODS, OrganisationType.POLICE, Recipient.ABLE_TO_SAFEGUARD, true, true).disclose()).isTrue();
        }

        @Test
        @DisplayName("004 §8.6: the first policy that says no decides, and the path stops there")
        void theFirstNoDecides() {
            SchemeDecisionEngine.Decision d = decide(Scheme.CSODS, OrganisationType.HEALTH, Recipient.PERSON_AT_RISK, true, true);
            assertThat(d.disclose()).isFalse();
            assertThat(d.rule()).isEqualTo(SchemeGatewayPolicy.NOT_THE_POLICE);
            assertThat(d.path()).hasSize(1);
            assertThat(decide(Scheme.CSODS, OrganisationType.POLICE, Recipient.PERSON_AT_RISK, true, true).path()).hasSize(2);
        }
    }

    @Nested
    class TheUndertaking {

        private Verdict disclosure(boolean inPerson, boolean warning, Undertaking undertaking, Boolean nonetheless, boolean reason, boolean what) {
            return UndertakingPolicy.decide(new UndertakingPolicy.Facts(inPerson, warning, undertaking, nonetheless, reason, what));
        }

        @Test
        @DisplayName("004 §8.6: delivered in person with the warning, and the undertaking signed")
        void aSignedUndertaking() {
            assertThat(disclosure(true, true, Undertaking.SIGNED, null, false, true).rule()).isEqualTo(UndertakingPolicy.DISCLOSED);
            assertThat(disclosure(true, true, Undertaking.SIGNED, null, false, false).rule()).isEqualTo(UndertakingPolicy.WHAT_DISCLOSED);
        }

        @Test
        @DisplayName("004 §8.6: a disclosure is delivered in person, as opposed to in writing, with the warning")
        void inPersonWithTheWarning() {
            Verdict written = disclosure(false, true, Undertaking.SIGNED, null, false, true);
            assertThat(written.rule()).isEqualTo(UndertakingPolicy.IN_PERSON);
            assertThat(written.field()).isEqualTo("inPerson");
            assertThat(disclosure(true, false, Undertaking.SIGNED, null, false, true).rule()).isEqualTo(UndertakingPolicy.WARNING);
        }

        @Test
        @DisplayName("004 §8.6: if the person will not sign, the police consider whether to disclose all the same, and say why")
        void aRefusedUndertakingNeedsADecisionAndItsReason() {
            assertThat(disclosure(true, true, Undertaking.REFUSED, null, true, true).rule()).isEqualTo(UndertakingPolicy.DECISION_REQUIRED);
            assertThat(disclosure(true, true, Undertaking.REFUSED, true, false, true).rule()).isEqualTo(UndertakingPolicy.REASON_REQUIRED);
            assertThat(disclosure(true, true, Undertaking.REFUSED, true, true, true).rule()).isEqualTo(UndertakingPolicy.DISCLOSED_WITHOUT);
            assertThat(disclosure(true, true, Undertaking.REFUSED, false, true, false).rule()).isEqualTo(UndertakingPolicy.WITHHELD);
        }
    }

    @Nested
    class TheStages {

        @Test
        @DisplayName("004 §8.3, §8.6: checks, meeting, forum, decision, disclosure: each in turn and once")
        void eachStageInTurn() {
            ApplicationStatus[] order = {ApplicationStatus.RECEIVED, ApplicationStatus.CHECKED, ApplicationStatus.MET, ApplicationStatus.FORUM_HELD,
                    ApplicationStatus.TO_DISCLOSE};
            Stage[] stages = Stage.values();
            for (int i = 0; i < stages.length; i++) {
                assertThat(SchemeStepPolicy.check(order[i], stages[i]).allowed()).isTrue();
                assertThat(Stage.next(order[i])).isEqualTo(stages[i]);
            }
            assertThat(SchemeStepPolicy.check(ApplicationStatus.RECEIVED, Stage.DECISION).rule()).isEqualTo(SchemeStepPolicy.OUT_OF_ORDER);
            assertThat(SchemeStepPolicy.check(ApplicationStatus.CHECKED, Stage.CHECKS).rule()).isEqualTo(SchemeStepPolicy.OUT_OF_ORDER);
            for (ApplicationStatus closed : new ApplicationStatus[] {ApplicationStatus.NOT_TO_DISCLOSE, ApplicationStatus.DISCLOSED, ApplicationStatus.NOT_DISCLOSED}) {
                assertThat(SchemeStepPolicy.check(closed, Stage.DISCLOSURE).rule()).isEqualTo(SchemeStepPolicy.CLOSED);
                assertThat(Stage.next(closed)).isNull();
            }
        }
    }
}
