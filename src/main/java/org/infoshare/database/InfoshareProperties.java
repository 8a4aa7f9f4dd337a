package org.infoshare.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings for where infoshare keeps its data; bound from {@code infoshare.*}. */
@ConfigurationProperties("infoshare")
public record InfoshareProperties(Path dataDir, String demoData, EmbeddedDatabase embeddedDatabase) {

    public InfoshareProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
        if (demoData == null) {
            demoData = "auto";
        }
        if (embeddedDatabase == null) {
            embeddedDatabase = new EmbeddedDatabase(0, true, false, null);
        }
    }

    /**
     * @param port        0 picks a free port on every start
     * @param durable     fsync and synchronous commit on; only tests turn this off
     * @param ephemeral   delete the database when the application stops (tests only)
     * @param binariesDir where the PostgreSQL binaries are unpacked, private to the account infoshare runs as;
     *                    empty means {@code ~/.cache/infoshare/postgres}
     */
    public record EmbeddedDatabase(int port, boolean durable, boolean ephemeral, Path binariesDir) {

        Path binariesCache() {
            return binariesDir == null || binariesDir.toString().isBlank() ? PostgresBinaries.defaultCache() : binariesDir;
        }
    }
}
