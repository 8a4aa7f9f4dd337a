package org.infoshare.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.infoshare.directory.ApiTokens;
import org.infoshare.directory.DirectoryCommands;
import org.infoshare.shared.Actor;
import org.infoshare.support.DatabaseSuperuser;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.PostgresProbe;
import org.infoshare.support.RunningInstance;
import org.infoshare.shared.access.ActorSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator's ./data written by an earlier version (its PostgreSQL trusting every local connection, the
 * application connected as the superuser so that every table is the superuser's, the master keyset inside the
 * data directory) upgrades on its next start without losing anything: the same records, readable with the
 * same key, now owned by the application's role, behind passwords, with the keyset moved out.
 */
class UpgradeFromEarlierDataDirectoryIT {

    @TempDir
    Path root;

    @Test
    void anEarlierVersionsDataDirectoryUpgradesInPlaceAndKeepsItsData() throws Exception {
        AeadConfig.register();
        Path dataDir = root.resolve("data");
        Path keysDir = root.resolve("keys");
        Path formerKeyset = dataDir.resolve("keys").resolve("master-keyset.json");
        Files.createDirectories(formerKeyset.getParent());
        String keyset = TinkJsonProtoKeysetFormat.serializeKeyset(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM),
                InsecureSecretKeyAccess.get());
        Files.writeString(formerKeyset, keyset);
        Files.setPosixFilePermissions(formerKeyset, PosixFilePermissions.fromString("rw-------"));
        String team = "Upgrade check " + UUID.randomUUID().toString().substring(0, 8);
        String token;
        UUID council;
        long users;

        // The earlier version: a trusting server on <data>/postgres, the application connecting as postgres.
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("postgres")).setCleanDataDirectory(false)
                .setLocaleConfig("locale", "C.UTF-8").setServerConfig("fsync", "off").setRegisterShutdownHook(false).start()) {
            new JdbcTemplate(earlier.getPostgresDatabase()).execute("create database infoshare");
            try (RunningInstance before = RunningInstance.start(Map.of(
                    "INFOSHARE_DB_URL", "jdbc:postgresql://localhost:" + earlier.getPort() + "/infoshare",
                    "INFOSHARE_DB_USER", "postgres",
                    "INFOSHARE_DATA_DIR", dataDir.toString(),
                    "INFOSHARE_MASTER_KEYSET_FILE", formerKeyset.toString(),
                    "INFOSHARE_DEMO_DATA", "true"))) {
                council = before.bean(org.infoshare.directory.DirectoryLookup.class).organisations().stream()
                        .filter(o -> o.name().equals("Westshire County Council")).findFirst().orElseThrow().id();
                token = tokenFor(before, DemoPartnership.COUNCIL_ADMIN);
                assertThat(before.post("/api/v1/organisations/" + council + "/teams", token, "{\"name\":\"" + team + "\"}").statusCode()).isEqualTo(201);
                JdbcTemplate jdbc = before.bean(JdbcTemplate.class);
                users = jdbc.queryForObject("select count(*) from app_user", Long.class);
                assertThat(jdbc.queryForList("select distinct tableowner from pg_tables where schemaname = 'public'", String.class))
                        .containsExactly("postgres");
            }
            assertThat(PostgresProbe.overTcp(earlier.getPort(), "postgres", "infoshare").outcome()).isEqualTo(PostgresProbe.Outcome.LET_IN);
        }

        // This version, started on the same data directory.
        Map<String, String> settings = Map.of("INFOSHARE_DATA_DIR", dataDir.toString(), "INFOSHARE_KEYS_DIR", keysDir.toString(),
                "infoshare.embedded-database.durable", "false");
        try (RunningInstance upgraded = RunningInstance.start(settings)) {
            EmbeddedPostgresServer server = upgraded.bean(EmbeddedPostgresServer.class);
            assertThat(upgraded.get("/api/v1/organisations/" + council + "/teams", token).body()).contains(team);
            assertThat(upgraded.get("/api/v1/users", token).body()).as("staff names decrypt with the moved key").contains("Sam Okafor");
            JdbcTemplate superuser = new JdbcTemplate(DatabaseSuperuser.dataSource(server));
            assertThat(superuser.queryForObject("select count(*) from app_user", Long.class)).isEqualTo(users);
            assertThat(superuser.queryForList("""
                    select distinct pg_get_userbyid(relowner) from pg_class
                    where relnamespace = 'public'::regnamespace and relkind in ('r', 'p', 'S', 'v', 'm', 'i')""", String.class))
                    .containsExactly("infoshare");
            assertThat(superuser.queryForList("select distinct pg_get_userbyid(proowner) from pg_proc where pronamespace = 'public'::regnamespace",
                    String.class)).containsExactly("infoshare");
            assertThat(PostgresProbe.overTcp(server.port(), "postgres", "infoshare").outcome()).isEqualTo(PostgresProbe.Outcome.REFUSED);
            assertThat(formerKeyset.toFile()).doesNotExist();
            assertThat(Files.readString(keysDir.resolve("master-keyset.json"))).isEqualTo(keyset);
            // Flyway, running as the application's role, still owns its history and can write to it.
            assertThat(upgraded.bean(JdbcTemplate.class).queryForObject("select count(*) from flyway_schema_history where success", Long.class))
                    .isPositive();
            assertThat(upgraded.post("/api/v1/organisations/" + council + "/teams", token, "{\"name\":\"" + team + " 2\"}").statusCode())
                    .isEqualTo(201);
        }
        // And again: nothing left to take over.
        try (RunningInstance again = RunningInstance.start(settings)) {
            assertThat(again.get("/api/v1/organisations/" + council + "/teams", token).body()).contains(team + " 2");
        }
    }

    private static String tokenFor(RunningInstance instance, String username) {
        ActorSource actors = instance.bean(ActorSource.class);
        Actor actor = actors.activeActor(actors.localAccount(username).orElseThrow().userId()).orElseThrow();
        return instance.bean(ApiTokens.class).issue(actor, actor.userId(),
                new DirectoryCommands.IssueToken("Upgrade test", LocalDate.now().plusDays(7))).secret();
    }
}
