package org.infoshare.linkage;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.infoshare.linkage.extract.CsvRows;
import org.infoshare.linkage.extract.ExtractColumn;
import org.infoshare.linkage.rules.encoding.EncodedText;
import org.infoshare.linkage.rules.encoding.EncodingSchema;
import org.infoshare.linkage.rules.encoding.IdentityEncoder;
import org.infoshare.linkage.rules.encoding.LinkageSecret;
import org.infoshare.linkage.rules.encoding.Nicknames;
import org.infoshare.linkage.rules.outcomes.Fact;
import org.infoshare.linkage.synthetic.SyntheticPartnership;
import org.infoshare.linkage.synthetic.SyntheticRun;

/** A seeded synthetic partnership written as one encoded linkage extract, as encode-for-linkage would write it. */
public final class LinkageExtracts {

    static final LinkageSecret SECRET = LinkageSecret.of("the test partnership's linkage secret, 32+ bytes".getBytes(StandardCharsets.UTF_8));

    private LinkageExtracts() {
    }

    public static String fingerprint() {
        return SECRET.fingerprint();
    }

    /** Every partner's records of {@code people} synthetic people, dated to end yesterday. */
    public static byte[] extract(long seed, int people) {
        SyntheticPartnership.Settings settings = new SyntheticPartnership.Settings(seed, people, 1.0, LocalDate.now().minusDays(1));
        List<SyntheticPartnership.Record> records = SyntheticRun.generate(settings);
        IdentityEncoder encoder = new IdentityEncoder(SECRET, EncodingSchema.V1, Nicknames.standard());
        StringBuilder csv = new StringBuilder(CsvRows.line(java.util.Arrays.stream(ExtractColumn.values()).map(ExtractColumn::header)
                .toArray(String[]::new)));
        for (SyntheticPartnership.Record record : records) {
            String encoding = EncodedText.write(encoder.encode(record.identity()));
            String age = record.ageGroup() == null ? null : record.ageGroup().name();
            if (record.facts().isEmpty()) {
                csv.append(CsvRows.line(record.localRef(), encoding, record.householdRef(), record.parentRef(), age, null, null, null));
            }
            for (Fact fact : record.facts()) {
                csv.append(CsvRows.line(record.localRef(), encoding, record.householdRef(), record.parentRef(), age, fact.indicator().name(),
                        fact.date().toString(), fact.value() == null ? null : fact.value().toString()));
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
