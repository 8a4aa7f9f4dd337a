package org.infoshare.ledger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.infoshare.InfoshareApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real application, without its web server or demo data, on an embedded PostgreSQL with full
 * durability (fsync, synchronous commit and full-page writes all on), for benchmarks that need real beans.
 */
final class BenchmarkApplication {

    private BenchmarkApplication() {
    }

    /**
     * @param dataDir   where the database lives
     * @param ephemeral delete the database when the context closes
     * @param extra     further properties, {@code name=value}
     */
    static ConfigurableApplicationContext start(Path dataDir, boolean ephemeral, String... extra) {
        // Command-line arguments, so that they win over application.yaml (default properties would not).
        List<String> properties = new ArrayList<>(List.of(
                "infoshare.data-dir=" + dataDir.toAbsolutePath(),
                "infoshare.demo-data=false",
                "infoshare.embedded-database.durable=true",
                "infoshare.embedded-database.ephemeral=" + ephemeral,
                "infoshare.ledger.checkpoint-interval=PT1H",
                "logging.level.root=WARN"));
        properties.addAll(List.of(extra));
        return new SpringApplicationBuilder(InfoshareApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(properties.stream().map(property -> "--" + property).toArray(String[]::new));
    }

    static Path dataDir(String name) {
        return Path.of("target", "benchmark-data", name);
    }
}
