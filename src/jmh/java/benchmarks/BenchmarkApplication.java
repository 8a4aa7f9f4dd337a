package benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.infoshare.InfoshareApplication;
import org.infoshare.shared.Actor;
import org.infoshare.shared.access.ActorSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The application as the benchmarks run it: the demonstration partnership on a fresh, durable embedded database. */
public final class BenchmarkApplication {

    private BenchmarkApplication() {
    }

    /** Starts the application on a random port with its data and keys in a new directory named from {@code prefix}. */
    public static ConfigurableApplicationContext start(String prefix) throws IOException {
        Path dataDir = Files.createTempDirectory(prefix);
        // System properties outrank application.yaml (builder default properties would not).
        System.setProperty("server.port", "0");
        System.setProperty("infoshare.data-dir", dataDir.resolve("data").toString());
        System.setProperty("infoshare.keys.directory", dataDir.resolve("keys").toString());
        System.setProperty("infoshare.demo-data", "true");
        System.setProperty("infoshare.embedded-database.durable", "true");
        System.setProperty("infoshare.embedded-database.ephemeral", "true");
        System.setProperty("logging.level.root", "WARN");
        return new SpringApplicationBuilder(InfoshareApplication.class).run();
    }

    /** The demonstration account's member of staff, as a request made by them would be. */
    public static Actor actor(ActorSource actors, String username) {
        UUID id = actors.localAccount(username).orElseThrow().userId();
        return actors.activeActor(id).orElseThrow();
    }
}
