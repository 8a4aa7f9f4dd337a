package org.infoshare.linkage.extract;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.infoshare.linkage.rules.encoding.LinkageSecret;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractReaderTest {

    private static String encoded(LinkageSecret secret) throws Exception {
        StringWriter out = new StringWriter();
        EncodeForLinkage.encode(secret, LocalDate.of(2026, 10, 1), new StringReader(EncodeForLinkageTest.CLEAR), out,
                new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        return out.toString();
    }

    private static ExtractReader.Result read(String text) {
        return new ExtractReader(EncodeForLinkageTest.SECRET.fingerprint(), 0).read(new CsvRows(new StringReader(text)));
    }

    @Test
    void refusesAnExtractWithoutItsColumns() {
        ExtractReader.Result result = read("record-ref,given-name\nC-1,Bill\n");

        assertThat(result.accepted()).isFalse();
        assertThat(result.records()).isEmpty();
        assertThat(result.problems()).containsExactly(new ExtractReader.Problem(1, "linkage-encoding", ExtractRule.MISSING_COLUMN));
        assertThat(read("").problems()).extracting(ExtractReader.Problem::rule).containsExactly(ExtractRule.EMPTY);
        assertThat(read("record-ref,linkage-encoding\n").problems()).extracting(ExtractReader.Problem::rule).containsExactly(ExtractRule.EMPTY);
    }

    @Test
    void refusesRecordsEncodedUnderAnotherSecret() throws Exception {
        LinkageSecret other = LinkageSecret.of("another partnership's secret, 32+ bytes".getBytes(StandardCharsets.UTF_8));

        ExtractReader.Result result = read(encoded(other));

        assertThat(result.accepted()).isFalse();
        assertThat(result.problems()).extracting(ExtractReader.Problem::rule).containsOnly(ExtractRule.OTHER_SECRET);
        assertThat(result.problems()).extracting(ExtractReader.Problem::row).containsExactly(2L, 3L, 4L);
    }

    @Test
    void namesEachBadValueByRowColumnAndRule() throws Exception {
        String good = encoded(EncodeForLinkageTest.SECRET);
        String[] lines = good.split("\r\n");
        String encoding = lines[1].split(",")[1];
        String text = lines[0] + "\r\n"
                + "C-1," + encoding + ",H-9,,ADULT,BURGLARY,2026-05-01,\r\n"
                + "C-1," + encoding + ",H-9,,ADULT,OFFENCE,May 2026,\r\n"
                + "C-1," + encoding + ",H-9,,ADULT,SCHOOL_ATTENDANCE,2026-05-01,\r\n"
                + "C-1," + encoding + ",H-9,,ADULT,OFFENCE,2026-05-01,3\r\n"
                + "C-1," + encoding + ",H-8,,ADULT,,,\r\n"
                + "C-2,LK1.nonsense,,,,,,\r\n"
                + "C-3," + encoding + ",,,TEEN,,,\r\n"
                + "," + encoding + ",,,,,,\r\n";

        ExtractReader.Result result = read(text);

        assertThat(result.problems()).containsExactly(
                new ExtractReader.Problem(2, "event", ExtractRule.EVENT),
                new ExtractReader.Problem(3, "event-date", ExtractRule.EVENT_DATE),
                new ExtractReader.Problem(4, "event-value", ExtractRule.EVENT_VALUE),
                new ExtractReader.Problem(5, "event-value", ExtractRule.EVENT_VALUE),
                new ExtractReader.Problem(6, null, ExtractRule.CONFLICTING_ROWS),
                new ExtractReader.Problem(7, "linkage-encoding", ExtractRule.ENCODING_FORMAT),
                new ExtractReader.Problem(8, "age-group", ExtractRule.AGE_GROUP),
                new ExtractReader.Problem(9, "record-ref", ExtractRule.REQUIRED));
        assertThat(result.records()).as("nothing is taken from a refused extract").isEmpty();
    }

    @Test
    void quartersAreReadAsTheirFirstDay() {
        assertThat(ExtractReader.day("2026-Q3")).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(ExtractReader.day("2026-02-28")).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(ExtractReader.day("2026-Q5")).isNull();
        assertThat(ExtractReader.day("28/02/2026")).isNull();
    }
}
