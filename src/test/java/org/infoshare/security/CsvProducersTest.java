package org.infoshare.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every CSV the platform produces comes out of {@code shared.csv.CsvWriter}, which neutralises formulas (ADR 0049).
 * A tripwire for later additions: the classes that answer with CSV are the ones listed here, whose bodies
 * {@link CsvInjectionIT} checks, and no other class ends records with CR LF as a hand-made CSV writer would.
 */
class CsvProducersTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern ANSWERS_CSV = Pattern.compile("produces\\s*=\\s*\"text/csv|setContentType\\(\"text/csv|MediaType\\(\"text\",\\s*\"csv\"");
    /** How a hand-made CSV writer shows itself: records ended with CR LF (RFC 4180). */
    private static final Pattern WRITES_CSV = Pattern.compile("append\\(\"\\\\r\\\\n\"\\)|\\+\\s*\"\\\\r\\\\n\"\\s*[;)]");
    private static final String WRITER = "org/infoshare/shared/csv/CsvWriter.java";
    /**
     * The encoded linkage extract, written on the sender's machine and read back by the platform exactly as written:
     * a file between programs, never offered to a spreadsheet, whose encodings may begin with "+" or "=", which the
     * writer's neutralising would change.
     */
    private static final String LINKAGE_EXTRACT = "org/infoshare/linkage/extract/CsvRows.java";

    @Test
    void onlyTheKnownDownloadsAnswerWithCsvAndOnlyTheWriterWritesIt() throws IOException {
        assertThat(files(ANSWERS_CSV)).as("classes answering with CSV: write it with shared.csv.CsvWriter, check it in "
                        + "CsvInjectionIT, then list it here")
                .containsExactly("org/infoshare/dataset/DatasetApi.java", "org/infoshare/dataset/DatasetPages.java",
                        "org/infoshare/oversight/ReportPages.java", "org/infoshare/retention/RetentionApi.java");
        assertThat(files(WRITES_CSV)).as("classes writing CSV themselves: use shared.csv.CsvWriter").containsExactly(LINKAGE_EXTRACT, WRITER);
    }

    @Test
    void theTripwireSeesAHandMadeWriter() {
        assertThat(WRITES_CSV.matcher("line.append(\"\\r\\n\")").find()).isTrue();
        assertThat(WRITES_CSV.matcher("return String.join(\",\", cells) + \"\\r\\n\";").find()).isTrue();
        assertThat(WRITES_CSV.matcher("(\"\\r\\n--\" + boundary)").find()).isFalse();
        assertThat(ANSWERS_CSV.matcher("@GetMapping(value = \"/x.csv\", produces = \"text/csv\")").find()).isTrue();
        assertThat(ANSWERS_CSV.matcher(".contentType(new MediaType(\"text\", \"csv\", UTF_8))").find()).isTrue();
    }

    private static Set<String> files(Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> paths = Files.walk(MAIN)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (pattern.matcher(Files.readString(path)).find()) {
                    found.add(MAIN.relativize(path).toString().replace('\\', '/'));
                }
            }
        }
        return found;
    }
}
