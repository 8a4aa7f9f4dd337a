package org.infoshare.linkage.extract;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRowsTest {

    @Test
    void readsQuotedValuesLineEndsAndBlankLines() {
        CsvRows rows = new CsvRows(new StringReader("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\n\nlast,\"two\nlines\",z"));
        assertThat(rows.next()).containsExactly("a", "b", "c");
        assertThat(rows.next()).containsExactly("x, y", "say \"hi\"", "");
        assertThat(rows.row()).isEqualTo(2);
        assertThat(rows.next()).containsExactly("last", "two\nlines", "z");
        assertThat(rows.row()).isEqualTo(4);
        assertThat(rows.next()).isNull();
    }

    @Test
    void whatIsWrittenIsReadBackTheSame() {
        long seed = 20_261_205L;
        Random random = new Random(seed);
        String alphabet = "ab ,\"\r\n-é";
        for (int round = 0; round < 500; round++) {
            List<String[]> written = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            int width = 1 + random.nextInt(4);
            for (int r = 0; r < 1 + random.nextInt(5); r++) {
                String[] row = new String[width];
                for (int c = 0; c < width; c++) {
                    StringBuilder value = new StringBuilder();
                    for (int k = random.nextInt(6); k > 0; k--) {
                        value.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    row[c] = value.toString();
                }
                if (width == 1 && row[0].isEmpty()) {
                    row[0] = "x";
                }
                written.add(row);
                text.append(CsvRows.line(row));
            }
            CsvRows rows = new CsvRows(new StringReader(text.toString()));
            for (String[] row : written) {
                assertThat(rows.next()).as("seed %d round %d", seed, round).containsExactly(row);
            }
            assertThat(rows.next()).isNull();
        }
    }
}
