package org.infoshare;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every seed citation in the code and the documents ("002 §4.8", "004 golden rule 3", "003 "How?"",
 * "001 Q13", "002 App A") is listed in docs/sources.md, which says what it refers to.
 */
class SourcesTest {

    private static final Path SOURCES = Path.of("docs/sources.md");
    private static final String ITEM = "(?:§\\s?\\d+(?:\\.\\d+)*|App(?:endix)?\\.?\\s+[A-Z0-9]+\\b|(?:golden\\s+)?rules?\\s+\\d\\b"
            + "|Q\\d+\\b|\"[A-Z][^\"\\n]{0,60}\"|intro(?:duction)?\\b)";
    /** A seed, then one place in it or several ("002 §2.3, §4.2", "003 rule 7 + "Record""). */
    private static final Pattern CITATION = Pattern.compile("\\b(00[0-4])\\s+(" + ITEM + "(?:(?:\\s*(?:,|and|\\+|/|;|&)\\s*|\\s+)" + ITEM + ")*)");
    private static final Pattern PLACE = Pattern.compile(ITEM);

    @Test
    void everySeedCitationIsListed() {
        Map<String, Set<Path>> cited = new TreeMap<>();
        for (Path root : Stream.of("src/main", "src/test", "src/jmh", "docs", "README.md").map(Path::of).toList()) {
            files(root).filter(path -> !path.equals(SOURCES)).forEach(path -> citations(read(path))
                    .forEach(code -> cited.computeIfAbsent(code, c -> new TreeSet<>()).add(path)));
        }
        Set<String> listed = citations(read(SOURCES));

        assertThat(cited).as("the code cites the seeds").containsKeys("002 §4.8", "004 golden rule 4", "001 Q13");
        Map<String, Set<Path>> unlisted = new TreeMap<>(cited);
        unlisted.keySet().removeAll(listed);
        assertThat(unlisted).as("seed citations that docs/sources.md does not list, and where they are").isEmpty();
    }

    @Test
    void readsEveryWayOfWritingACitation() {
        assertThat(citations("see 002 §2.3, §4.2 and App A; 003 rule 7 + \"Record\"; 004 golden rule 3; 001 Q13; 000 Appendix 1"))
                .containsExactlyInAnyOrder("002 §2.3", "002 §4.2", "002 Appendix A", "003 golden rule 7", "003 \"Record\"",
                        "004 golden rule 3", "001 Q13", "000 Appendix 1");
        assertThat(citations("V004__x.sql, 3004 §1, version 002 of the file")).isEmpty();
    }

    /** Each citation in the text, written the one way docs/sources.md writes it. */
    static Set<String> citations(String text) {
        Set<String> codes = new TreeSet<>();
        Matcher citation = CITATION.matcher(text);
        while (citation.find()) {
            Matcher place = PLACE.matcher(citation.group(2));
            while (place.find()) {
                codes.add(citation.group(1) + " " + canonical(place.group().replaceAll("\\s+", " ")));
            }
        }
        return codes;
    }

    private static String canonical(String place) {
        if (place.startsWith("§")) {
            return "§" + place.substring(1).strip();
        }
        Matcher appendix = Pattern.compile("App(?:endix)?\\.? (\\S+)").matcher(place);
        if (appendix.matches()) {
            return "Appendix " + appendix.group(1);
        }
        Matcher rule = Pattern.compile("(?:golden )?rules? (\\d)").matcher(place);
        if (rule.matches()) {
            return "golden rule " + rule.group(1);
        }
        return place.startsWith("intro") ? "introduction" : place;
    }

    private static Stream<Path> files(Path root) {
        if (Files.isRegularFile(root)) {
            return Stream.of(root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> path.toString().matches(".*\\.(java|md|html|yaml|sql|properties|txt)$"))
                    .toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
