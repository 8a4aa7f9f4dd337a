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
            embeddedDatabase = new EmbeddedDatabase(0, true, false);
        }
    }

    /**
     * @param port      0 picks a free port on every start
     * @param durable   fsync and synchronous commit on; only tests turn this off
     * @param ephemeral delete the database when the application stops (tests only)
     */
    public record EmbeddedDatabase(int port, boolean durable, boolean ephemeral) {
    }
}
