package org.infoshare.directory.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class HandingOverTest {

    @ParameterizedTest(name = "active={0} leaves={1} colleague={2} -> {3}")
    @CsvSource({
            // Every combination: the first failing condition, in order, decides.
            "true,  true,  true,  STILL_ACTIVE",
            "true,  false, false, STILL_ACTIVE",
            "false, false, true,  NOTHING_LEFT",
            "false, false, false, NOTHING_LEFT",
            "false, true,  false, NOT_A_COLLEAGUE",
            "false, true,  true,  HANDED_OVER",
    })
    void whatIsLeftIsHandedOverOnlyOnceAccessHasEndedAndOnlyToAColleague(boolean active, boolean leaves, boolean colleague,
                                                                        HandingOver.Reason expected) {
        HandingOver.Verdict verdict = HandingOver.of(new HandingOver.Request(active, leaves, colleague));
        assertThat(verdict.reason()).isEqualTo(expected);
        assertThat(verdict.allowed()).isEqualTo(expected == HandingOver.Reason.HANDED_OVER);
    }
}
