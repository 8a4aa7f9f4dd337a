package org.infoshare.linkage.synthetic;

import java.util.*;
import org.infoshare.linkage.rules.matching.*;
import org.junit.jupiter.api.Test;

class ScaleTmpTest {
    @Test
    void scale() {
        int people = Integer.getInteger("people", 100_000);
        SyntheticPartnership.Settings settings = SyntheticPartnership.Settings.of(20_261_121L, people);
        long t0 = System.nanoTime();
        List<SyntheticPartnership.Record> records = SyntheticRun.generate(settings);
        long t1 = System.nanoTime();
        SyntheticRun.Prepared prepared = SyntheticRun.prepare(settings, records, 2);
        long t2 = System.nanoTime();
        SyntheticRun.Report report = SyntheticRun.link(prepared, LinkageSettings.STANDARD, settings.today(), 2);
        long t3 = System.nanoTime();
        System.out.printf("records %d generate %d ms, encode %d ms load %d ms, pipeline %d ms %s%n", records.size(), (t1-t0)/1000000, prepared.encodeMillis(), prepared.loadMillis(), (t3-t2)/1000000, report.result().timings());
        System.out.println("people:   " + report.people());
        System.out.println("families: " + report.families());
        System.out.println("stats:    " + report.result().linkage().statistics());
        System.out.println("prior weight " + report.result().model().priorWeight() + " assessed families " + report.result().assessments().size());
    }
}
