package org.infoshare.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Looks for values byte by byte in every file under some directories (PostgreSQL's heap and index files,
 * its write-ahead log, its logs, the keys), as someone with a copy of the disk would: no database, no key.
 */
public final class DataDirectoryScan {

    /** What a scan covered and where it found each needle. */
    public record Report(int files, long bytes, List<String> hits) {
    }

    private DataDirectoryScan() {
    }

    public static Report scan(List<Path> roots, List<String> needles) throws IOException {
        // Bytes as ISO-8859-1 characters, one for one, so that String.indexOf (fast) searches the raw bytes.
        List<String> patterns = needles.stream().map(n -> new String(n.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)).toList();
        List<String> hits = new ArrayList<>();
        int files = 0;
        long bytes = 0;
        for (Path root : roots) {
            if (!Files.exists(root)) {
                continue;
            }
            List<Path> regular;
            try (Stream<Path> walk = Files.walk(root)) {
                regular = walk.filter(Files::isRegularFile).toList();
            }
            for (Path file : regular) {
                byte[] raw = Files.readAllBytes(file);
                String content = new String(raw, StandardCharsets.ISO_8859_1);
                files++;
                bytes += raw.length;
                for (int i = 0; i < patterns.size(); i++) {
                    if (content.contains(patterns.get(i))) {
                        hits.add(root.relativize(file) + " holds '" + needles.get(i) + "'");
                    }
                }
            }
        }
        return new Report(files, bytes, hits);
    }
}
