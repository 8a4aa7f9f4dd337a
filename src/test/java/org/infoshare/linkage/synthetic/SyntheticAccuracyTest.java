package org.infoshare.linkage.synthetic;

import java.util.List;

import org.infoshare.linkage.rules.matching.LinkageSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accuracy benchmark at unit size: a seeded synthetic partnership of 20,000 people in five partners'
 * datasets at realistic error rates, linked on encodings through the real pipeline and measured against the
 * truth. The full-size run (500,000 people, 2 million records) is {@code LinkageBenchmark}.
 */
class SyntheticAccuracyTest {

    @Test
    void linksPeopleAndFormsFamiliesAccuratelyOnEncodings() {
        SyntheticPartnership.Settings settings = SyntheticPartnership.Settings.of(20_261_121L, 20_000);
        List<SyntheticPartnership.Record> records = SyntheticRun.generate(settings);
        SyntheticRun.Prepared prepared = SyntheticRun.prepare(settings, records, 2);
        SyntheticRun.Report report = SyntheticRun.link(prepared, LinkageSettings.STANDARD, settings.today(), 2);
        System.out.println("records " + records.size());
        System.out.println("people:   " + report.people());
        System.out.println("links:    " + report.linksAboveThreshold());
        System.out.println("families: " + report.families());
        System.out.println("model:    " + report.result().model().parameters());
        System.out.println("training: " + report.result().linkage().training());
        System.out.println("stats:    " + report.result().linkage().statistics());
        assertThat(report.people().f1()).isGreaterThanOrEqualTo(0.95);
    }
}
