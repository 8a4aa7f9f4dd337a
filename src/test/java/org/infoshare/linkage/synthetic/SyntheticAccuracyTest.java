package org.infoshare.linkage.synthetic;

import java.util.List;

import org.infoshare.linkage.rules.matching.LinkageSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accuracy benchmark at unit size: a seeded synthetic partnership of 10,000 people in five partners'
 * datasets at realistic error rates, linked on encodings through the real pipeline and measured against the
 * truth. The full-size run (500,000 people, two million records) is {@code LinkageBenchmark}.
 */
class SyntheticAccuracyTest {

    @Test
    void linksPeopleAndFormsFamiliesAccuratelyOnEncodings() {
        SyntheticPartnership.Settings settings = SyntheticPartnership.Settings.of(20_261_121L, 10_000);
        List<SyntheticPartnership.Record> records = SyntheticRun.generate(settings);
        SyntheticRun.Prepared prepared = SyntheticRun.prepare(settings, records, 2);
        SyntheticRun.Report report = SyntheticRun.link(prepared, LinkageSettings.STANDARD, settings.today(), 2);

        System.out.printf("%,d records; people: %s; families: %s%n", records.size(), report.people(), report.families());
        assertThat(report.people().f1()).as("F1 of person links").isGreaterThanOrEqualTo(0.95);
        assertThat(report.people().precision()).as("precision of person links").isGreaterThanOrEqualTo(0.98);
        assertThat(report.families().f1()).as("F1 of family formation").isGreaterThanOrEqualTo(0.95);
        assertThat(report.result().assessments()).as("families meeting a headline area").isNotEmpty();
    }

    @Test
    void withoutErrorsNearlyEveryPersonIsFound() {
        SyntheticPartnership.Settings clean = new SyntheticPartnership.Settings(7L, 3_000, 0.0,
                SyntheticPartnership.Settings.of(7L, 1).today());
        List<SyntheticPartnership.Record> records = SyntheticRun.generate(clean);
        SyntheticRun.Report report = SyntheticRun.link(SyntheticRun.prepare(clean, records, 2), LinkageSettings.STANDARD, clean.today(), 2);

        assertThat(report.people().f1()).as("F1 of person links without errors").isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void moreErrorsCostRecallNotPrecision() {
        SyntheticPartnership.Settings noisy = new SyntheticPartnership.Settings(11L, 3_000, 3.0,
                SyntheticPartnership.Settings.of(11L, 1).today());
        List<SyntheticPartnership.Record> records = SyntheticRun.generate(noisy);
        SyntheticRun.Report report = SyntheticRun.link(SyntheticRun.prepare(noisy, records, 2), LinkageSettings.STANDARD, noisy.today(), 2);

        assertThat(report.people().precision()).as("precision at three times the realistic error rates").isGreaterThanOrEqualTo(0.95);
        assertThat(report.people().recall()).as("recall at three times the realistic error rates").isGreaterThan(0.85);
    }
}
