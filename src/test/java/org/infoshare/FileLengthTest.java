package org.infoshare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No source file grows past {@value #MAX_LINES} lines unless it says at its top why: a long file is usually
 * two tasks sharing a room. The reason is a comment line starting {@value #REASON} within its first
 * {@value #HEAD_LINES} lines.
 */
class FileLengthTest {

    static final int MAX_LINES = 400;
    static final int HEAD_LINES = 30;
    static final String REASON = "Longer than 400 lines:";

    private static final List<Path> ROOTS = List.of(Path.of("src/main/java"), Path.of("src/test/java"), Path.of("src/jmh/java"),
            Path.of("src/main/resources/templates"), Path.of("src/main/resources/db"));

    @Test
    void everyLongFileSaysWhy() throws IOException {
        assertThat(sources().map(Path::toString)).as("the sources are found")
                .contains("src/main/java/org/infoshare/InfoshareApplication.java").hasSizeGreaterThan(100);
        assertThat(unexplained(sources()))
                .as("files over " + MAX_LINES + " lines without a reason at their top").isEmpty();
    }

    @Test
    void aLongFileWithoutAReasonIsFound(@TempDir Path dir) throws IOException {
        Path longFile = Files.write(dir.resolve("Long.java"), Collections.nCopies(MAX_LINES + 1, "int x;"));
        Path explained = Files.write(dir.resolve("Explained.java"), Stream.concat(
                Stream.of("/**", " * " + REASON + " one table, read top to bottom", " */"),
                Collections.nCopies(MAX_LINES, "int x;").stream()).toList());
        Path shortFile = Files.write(dir.resolve("Short.java"), Collections.nCopies(MAX_LINES, "int x;"));
        assertThat(unexplained(Stream.of(longFile, explained, shortFile))).containsExactly(longFile + " (401 lines)");
    }

    @Test
    void aReasonIsAComment() {
        assertThat(givesReason(" * " + REASON + " one table of rules, read top to bottom")).isTrue();
        assertThat(givesReason("// " + REASON + " generated")).isTrue();
        assertThat(givesReason("String s = \"" + REASON + "\";")).isFalse();
    }

    static boolean givesReason(String line) {
        String text = line.strip();
        for (String opener : List.of("*", "//", "<!--", "--", "#")) {
            if (text.startsWith(opener)) {
                return text.substring(opener.length()).strip().startsWith(REASON);
            }
        }
        return false;
    }

    static List<String> unexplained(Stream<Path> files) {
        return files.filter(file -> lines(file).size() > MAX_LINES)
                .filter(file -> lines(file).stream().limit(HEAD_LINES).noneMatch(FileLengthTest::givesReason))
                .map(file -> file + " (" + lines(file).size() + " lines)")
                .toList();
    }

    private static Stream<Path> sources() throws IOException {
        Stream<Path> all = Stream.empty();
        for (Path root : ROOTS) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> files = Files.walk(root)) {
                    all = Stream.concat(all, files.filter(Files::isRegularFile).toList().stream());
                }
            }
        }
        return all;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }
}
