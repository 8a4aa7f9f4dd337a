package org.infoshare.shared.csv;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's CSV: valid RFC 4180 that reads back to the values written, and never a cell a spreadsheet runs
 * as a formula. Property cases are seeded: each test's name carries its seed; {@code -Dcsv.seed=<seed>} replays
 * a series from there.
 */
class CsvWriterTest {

    private static final int CASES = 500;
    private static final String ALPHABET = "ab1 ,\"\n\r\t\0=+-@'é😀;|%";

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+44 1632 960101", "-2", "@SUM(A1:A2)", "\tcmd", "\r=cmd", "\0=cmd",
            "=HYPERLINK(\"http://example.com\",\"click\")", "-2+3+cmd|' /C calc'!A0"})
    void cellsASpreadsheetWouldRunAreNeutralised(String value) {
        String line = CsvWriter.line("ok", value);
        List<String> read = parse(line);
        assertThat(read).containsExactly("ok", "'" + value);
        assertThat(line).startsWith("ok,\"'");
    }

    @Test
    void ordinaryCellsAreWrittenAsTheyAre() {
        assertThat(CsvWriter.line("person-ref", "2012-02-02", "true", "a b", "", null, "O'Neil", "x=1", "42"))
                .isEqualTo("person-ref,2012-02-02,true,a b,,,O'Neil,x=1,42\r\n");
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuoted() {
        assertThat(CsvWriter.line("a,b", "say \"hi\"", "two\nlines", "cr\rhere"))
                .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\"\r\n");
    }

    @Test
    void theStreamingWriterWritesTheSameLines() {
        StringWriter out = new StringWriter();
        new CsvWriter(out).row("column", "value").row(List.of("=cmd", "-1")).flush();
        assertThat(out.toString()).isEqualTo("column,value\r\n\"'=cmd\",\"'-1\"\r\n");
    }

    private static long firstSeed() {
        return Long.getLong("csv.seed", 20261122L);
    }

    @TestFactory
    Stream<DynamicTest> anyRecordReadsBackAsWrittenWithFormulasNeutralised() {
        return LongStream.range(firstSeed(), firstSeed() + CASES).mapToObj(seed -> DynamicTest.dynamicTest("seed " + seed, () -> {
            Random random = new Random(seed);
            String[] cells = new String[1 + random.nextInt(6)];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = random.nextInt(10) == 0 ? null : randomText(random);
            }
            String line = CsvWriter.line(cells);
            String replay = "seed " + seed + ": " + Arrays.toString(cells);
            List<String> read = parse(line);
            assertThat(read).as(replay).hasSize(cells.length);
            for (int i = 0; i < cells.length; i++) {
                String written = cells[i] == null ? "" : cells[i];
                String expected = CsvWriter.formulaLike(written) ? "'" + written : written;
                assertThat(read.get(i)).as(replay).isEqualTo(expected);
                assertThat(CsvWriter.formulaLike(read.get(i))).as(replay).isFalse();
            }
        }));
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(8);
        for (int i = 0; i < length; i++) {
            int c = ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0, random.nextInt(ALPHABET.codePointCount(0, ALPHABET.length()))));
            text.appendCodePoint(c);
        }
        return text.toString();
    }

    /** An independent RFC 4180 reader for one record ending in CR LF. */
    private static List<String> parse(String line) {
        assertThat(line).endsWith("\r\n");
        String body = line.substring(0, line.length() - 2);
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < body.length() && body.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                wasQuoted = false;
            } else {
                assertThat(c).as("an unquoted cell holds no quote, CR or LF: " + line).isNotIn('"', '\r', '\n');
                cell.append(c);
            }
        }
        assertThat(quoted).as("quotes are balanced: " + line).isFalse();
        cells.add(cell.toString());
        return cells;
    }
}
