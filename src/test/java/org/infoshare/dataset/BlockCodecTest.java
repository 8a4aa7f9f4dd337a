package org.infoshare.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BlockCodecTest {

    @Test
    void decodesWhatItEncodedIncludingNullsAndNonAscii() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int round = 0; round < 100; round++) {
            int width = 1 + random.nextInt(6);
            String[][] rows = new String[1 + random.nextInt(50)][];
            for (int r = 0; r < rows.length; r++) {
                rows[r] = new String[width];
                for (int c = 0; c < width; c++) {
                    int kind = random.nextInt(4);
                    rows[r][c] = kind == 0 ? null : kind == 1 ? "" : kind == 2 ? "x".repeat(random.nextInt(300)) : "Zoë 😀 " + random.nextInt();
                }
            }
            List<String[]> back = new ArrayList<>();
            BlockCodec.decode(BlockCodec.encode(rows, rows.length, width), back::add);
            assertThat(back).as("seed %d", seed).hasSize(rows.length);
            for (int r = 0; r < rows.length; r++) {
                assertThat(back.get(r)).as("seed %d", seed).containsExactly(rows[r]);
            }
        }
    }
}
