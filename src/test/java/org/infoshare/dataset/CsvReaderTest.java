package org.infoshare.dataset;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.infoshare.shared.csv.CsvWriter;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReaderTest {

    static List<String[]> read(String csv) throws IOException {
        return read(new StringReader(csv));
    }

    static List<String[]> read(Reader reader) throws IOException {
        CsvReader csv = new CsvReader(reader, 1000);
        List<String[]> records = new ArrayList<>();
        String[] record;
        while ((record = csv.next()) != null) {
            records.add(record);
        }
        return records;
    }

    @Test
    void readsQuotesEscapesLineBreaksAndEmptyFields() throws IOException {
        List<String[]> records = read("\uFEFFa,b,c\r\n1,\"x, \"\"y\"\"\",\r\n\n\"multi\nline\",,3\n4,5,6");
        assertThat(records).hasSize(4);
        assertThat(records.get(0)).containsExactly("a", "b", "c");
        assertThat(records.get(1)).containsExactly("1", "x, \"y\"", "");
        assertThat(records.get(2)).containsExactly("multi\nline", "", "3");
        assertThat(records.get(3)).containsExactly("4", "5", "6");
    }

    @Test
    void refusesAnUnclosedQuoteAndTextAfterAClosingQuote() {
        assertThatThrownBy(() -> read("a,b\n\"open,1\n")).isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("Row 1").hasMessageContaining("never closed");
        assertThatThrownBy(() -> read("a,b\n\"x\"y,1\n")).isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("after a closing quote");
    }

    @Test
    void refusesARecordLongerThanTheLimitRatherThanBufferingIt() {
        String longValue = "x".repeat(2000);
        assertThatThrownBy(() -> read("a\n" + longValue + "\n")).isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("longer than 1000");
    }

    /** Whatever the values and however the stream is chunked, what was written is what is read back. */
    @TestFactory
    Stream<DynamicTest> roundTripsAnyValues() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        String alphabet = "ab,\"\n\r é😀 1";
        return IntStream.range(0, 200).mapToObj(n -> DynamicTest.dynamicTest("case " + n + " (seed " + seed + ")", () -> {
            int width = 1 + random.nextInt(5);
            List<String[]> rows = new ArrayList<>();
            StringBuilder csv = new StringBuilder();
            for (int r = 0; r < 1 + random.nextInt(20); r++) {
                String[] row = new String[width];
                for (int c = 0; c < width; c++) {
                    StringBuilder value = new StringBuilder();
                    for (int i = random.nextInt(8); i > 0; i--) {
                        value.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    row[c] = value.toString();
                }
                if (width == 1 && row[0].isEmpty()) {
                    row[0] = "x"; // a lone empty field is a blank line, which is skipped
                }
                rows.add(row);
                csv.append(CsvWriter.line(row));
            }
            Reader chunked = new Reader() {
                private final StringReader in = new StringReader(csv.toString());

                @Override
                public int read(char[] buffer, int offset, int length) throws IOException {
                    return in.read(buffer, offset, Math.min(length, 1 + random.nextInt(7)));
                }

                @Override
                public void close() {
                }
            };
            List<String[]> back = read(chunked);
            assertThat(back).as("seed %d", seed).hasSameSizeAs(rows);
            for (int i = 0; i < rows.size(); i++) {
                // The platform's writer neutralises a cell a spreadsheet would run (here one starting with CR).
                String[] written = Arrays.stream(rows.get(i)).map(v -> CsvWriter.formulaLike(v) ? "'" + v : v).toArray(String[]::new);
                assertThat(back.get(i)).as("seed %d row %d", seed, i).containsExactly(written);
            }
        }));
    }
}
