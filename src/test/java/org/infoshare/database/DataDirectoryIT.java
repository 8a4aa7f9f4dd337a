package org.infoshare.database;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.directory.ApiTokens;
import org.infoshare.directory.DirectoryCommands;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.shared.Actor;
import org.infoshare.shared.access.ActorSource;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.RunningInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The embedded database's data directory: one instance at a time, and what one instance writes is there
 * when the next one starts on the same directory — with the demo partnership loaded once, on the first.
 */
@ExtendWith(OutputCaptureExtension.class)
class DataDirectoryIT {

    @TempDir
    Path dataDir;

    @Test
    void oneInstancePerDataDirectoryAndARestartKeepsTheData(CapturedOutput output) {
        Map<String, String> settings = Map.of(
                "INFOSHARE_DATA_DIR", dataDir.toString(),
                "infoshare.embedded-database.durable", "false");
        String team = "Restart check " + UUID.randomUUID().toString().substring(0, 8);
        String token;
        UUID council;
        Map<String, Object> countsBeforeRestart;

        try (RunningInstance first = RunningInstance.start(settings)) {
            council = first.bean(DirectoryLookup.class).organisations().stream()
                    .filter(o -> o.name().equals("Westshire County Council")).findFirst().orElseThrow().id();
            token = tokenFor(first, DemoPartnership.COUNCIL_ADMIN);
            assertThat(first.post("/api/v1/organisations/" + council + "/teams", token, "{\"name\":\"" + team + "\"}").statusCode()).isEqualTo(201);

            Throwable second = catchThrowable(() -> RunningInstance.start(settings).close());

            DataDirectoryLock.DataDirectoryInUseException inUse = causeOfType(second, DataDirectoryLock.DataDirectoryInUseException.class);
            assertThat(inUse).as("the second start fails because the directory is in use: " + second).isNotNull();
            assertThat(inUse.getMessage())
                    .contains("Another infoshare instance is already running on the data directory " + dataDir.toAbsolutePath().normalize())
                    .contains("INFOSHARE_DATA_DIR");
            assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START")
                    .contains("Another infoshare instance is already running on the data directory")
                    .contains("Stop the instance that is running on this data directory");
            // The first instance is untouched by the attempt.
            HttpResponse<String> health = first.get("/actuator/health", null);
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(JsonPath.<String>read(health.body(), "$.status")).isEqualTo("UP");
            assertThat(first.get("/api/v1/organisations/" + council + "/teams", token).body()).contains(team);
            countsBeforeRestart = counts(first);
        }

        try (RunningInstance again = RunningInstance.start(settings)) {
            // The same token (only its hash is stored) and the same keys (the staff names decrypt).
            HttpResponse<String> teams = again.get("/api/v1/organisations/" + council + "/teams", token);
            assertThat(teams.statusCode()).isEqualTo(200);
            assertThat(teams.body()).contains(team);
            HttpResponse<String> staff = again.get("/api/v1/users", token);
            assertThat(staff.statusCode()).isEqualTo(200);
            assertThat(staff.body()).contains("Sam Okafor");
            assertThat(counts(again)).as("the demo partnership was not loaded a second time").isEqualTo(countsBeforeRestart);
            assertThat(countsBeforeRestart.get("organisations")).isEqualTo(6L);
            assertThat(countsBeforeRestart.get("demoOrganisationsRecorded")).isEqualTo(6L);
        }
    }

    private static String tokenFor(RunningInstance instance, String username) {
        ActorSource actors = instance.bean(ActorSource.class);
        Actor actor = actors.activeActor(actors.localAccount(username).orElseThrow().userId()).orElseThrow();
        return instance.bean(ApiTokens.class).issue(actor, actor.userId(),
                new DirectoryCommands.IssueToken("Restart test", LocalDate.now().plusDays(7))).secret();
    }

    private static Map<String, Object> counts(RunningInstance instance) {
        JdbcClient jdbc = instance.bean(JdbcClient.class);
        return Map.of(
                "organisations", jdbc.sql("select count(*) from organisation").query(Long.class).single(),
                "users", jdbc.sql("select count(*) from app_user").query(Long.class).single(),
                "demoOrganisationsRecorded", jdbc.sql("select count(*) from ledger_entry where action = 'directory.organisation.created' and details like '%\"source\":\"demo\"%'")
                        .query(Long.class).single());
    }

    private static <T extends Throwable> T causeOfType(Throwable thrown, Class<T> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
