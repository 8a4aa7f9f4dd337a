package org.infoshare.database;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.infoshare.support.HttpBrowser;
import org.infoshare.support.RunningInstance;
import org.infoshare.support.SignInAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The production mode: the same application on an operator's PostgreSQL, given by INFOSHARE_DB_URL, user and
 * password, connecting as an ordinary (non-superuser) role that owns its database. A separate PostgreSQL
 * started here stands in for the operator's server.
 */
class ExternalDatabaseIT {

    private static final String ROLE = "infoshare_app";
    private static final String ROLE_PASSWORD = "app-role-secret-2026";
    private static final String ORGANISATION = "Northvale Safeguarding Partnership Hub";
    private static final String ADMIN = "admin@northvale.example";
    private static final String ADMIN_PASSWORD = "first-admin-passphrase";

    @TempDir
    Path dataDir;

    @TempDir
    Path operatorsServerDir;

    @Test
    void runsOnAnOperatorsPostgresqlMigratedByFlywayWithoutDemoData() throws Exception {
        try (EmbeddedPostgres operatorsServer = EmbeddedPostgres.builder().setDataDirectory(operatorsServerDir)
                .setCleanDataDirectory(true).setServerConfig("fsync", "off").start()) {
            JdbcTemplate superuser = new JdbcTemplate(operatorsServer.getPostgresDatabase());
            superuser.execute("create role " + ROLE + " login password '" + ROLE_PASSWORD + "' nosuperuser nocreatedb nocreaterole");
            superuser.execute("create database infoshare_prod owner " + ROLE);
            JdbcTemplate operator = new JdbcTemplate(operatorsServer.getDatabase("postgres", "infoshare_prod"));
            Map<String, String> settings = new HashMap<>(Map.of(
                    "INFOSHARE_DB_URL", "jdbc:postgresql://localhost:" + operatorsServer.getPort() + "/infoshare_prod",
                    "INFOSHARE_DB_USER", ROLE,
                    "INFOSHARE_DB_PASSWORD", ROLE_PASSWORD,
                    "INFOSHARE_DATA_DIR", dataDir.toString(),
                    "INFOSHARE_BOOTSTRAP_ORGANISATION", ORGANISATION,
                    "INFOSHARE_BOOTSTRAP_ORGANISATION_TYPE", "LOCAL_AUTHORITY",
                    "INFOSHARE_BOOTSTRAP_ADMIN_USERNAME", ADMIN,
                    "INFOSHARE_BOOTSTRAP_ADMIN_NAME", "Morgan Vale",
                    "INFOSHARE_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD));

            // Bootstrap settings that break the rules stop the start, naming the variables to fix, and write nothing.
            Map<String, String> mistaken = new HashMap<>(settings);
            mistaken.put("INFOSHARE_BOOTSTRAP_ADMIN_NAME", " ");
            mistaken.put("INFOSHARE_BOOTSTRAP_ADMIN_PASSWORD", "short");
            Throwable refused = catchThrowable(() -> RunningInstance.start(mistaken).close());
            assertThat(rootCause(refused)).isInstanceOf(IllegalStateException.class);
            assertThat(rootCause(refused).getMessage()).startsWith("The INFOSHARE_BOOTSTRAP_* settings are not valid")
                    .contains("INFOSHARE_BOOTSTRAP_ADMIN_NAME: Enter the full name")
                    .contains("INFOSHARE_BOOTSTRAP_ADMIN_PASSWORD: Password must be between 12 and 200 characters");
            assertThat(operator.queryForObject("select count(*) from organisation", Long.class)).isZero();
            // Other modules may record their own first-start work (e.g. loading the legal catalogue); the refused
            // bootstrap itself leaves no trace in the directory or its ledger entries.
            assertThat(operator.queryForObject("select count(*) from ledger_entry where action like 'directory.%'", Long.class)).isZero();

            try (RunningInstance app = RunningInstance.start(settings)) {
                assertThat(app.bean(DatabaseMode.class)).isEqualTo(DatabaseMode.EXTERNAL);
                assertThat(operator.queryForList("select version from flyway_schema_history where success order by installed_rank", String.class))
                        .contains("1", "2", "10", "11");
                assertThat(operator.queryForList("select distinct tableowner from pg_tables where schemaname = 'public'", String.class))
                        .containsExactly(ROLE);
                assertThat(Files.exists(dataDir.resolve("postgres"))).as("no embedded server was started").isFalse();

                HttpResponse<String> health = app.get("/actuator/health", null);
                assertThat(health.statusCode()).isEqualTo(200);
                assertThat(JsonPath.<String>read(health.body(), "$.status")).isEqualTo("UP");
                assertThat(JsonPath.<String>read(health.body(), "$.components.db.status")).isEqualTo("UP");

                // Auto mode loads no demo partnership on an operator's server: only the bootstrapped organisation.
                assertThat(operator.queryForList("select name from organisation", String.class)).containsExactly(ORGANISATION);
                assertThat(operator.queryForObject("select count(*) from app_user", Long.class)).isEqualTo(1L);
                assertThat(operator.queryForObject("select count(*) from ledger_entry where details like '%\"source\":\"demo\"%'", Long.class)).isZero();
                assertThat(operator.queryForObject("select count(*) from ledger_entry where details like '%\"source\":\"bootstrap\"%'", Long.class)).isEqualTo(2L);

                // The first administrator signs in, sets up the second step a new organisation requires of its
                // administrators (ADR 0044), issues themselves a token, and uses the API.
                HttpBrowser browser = new HttpBrowser(app.port());
                HttpResponse<String> signedIn = browser.submit("/sign-in", "/sign-in", Map.of("username", ADMIN, "password", ADMIN_PASSWORD));
                assertThat(HttpBrowser.location(signedIn).getPath()).isEqualTo("/");
                assertThat(HttpBrowser.location(browser.get("/")).getPath()).isEqualTo("/account/two-step");
                String setUp = browser.get("/account/two-step/authenticator-app").body();
                Matcher key = Pattern.compile("<code>([A-Z2-7 ]{39})</code>").matcher(setUp);
                assertThat(key.find()).as(setUp).isTrue();
                HttpResponse<String> codes = browser.post("/account/two-step/authenticator-app", Map.of("_csrf", HttpBrowser.csrfToken(setUp),
                        "code", SignInAccounts.code(key.group(1), java.time.Instant.now())));
                assertThat(codes.body()).contains("save your recovery codes");
                assertThat(browser.get("/").body()).contains("Morgan Vale").contains(ORGANISATION);
                LocalDate expiry = LocalDate.now().plusMonths(3);
                HttpResponse<String> issued = browser.submit("/account/tokens/new", "/account/tokens/new", Map.of("name", "Set-up script",
                        "expiresOn.day", String.valueOf(expiry.getDayOfMonth()), "expiresOn.month", String.valueOf(expiry.getMonthValue()),
                        "expiresOn.year", String.valueOf(expiry.getYear())));
                assertThat(issued.statusCode()).isEqualTo(200);
                Matcher secret = Pattern.compile("id=\"issued-token\">(ist_[A-Za-z0-9_-]+)<").matcher(issued.body());
                assertThat(secret.find()).as(issued.body()).isTrue();
                String token = secret.group(1);

                HttpResponse<String> me = app.get("/api/v1/me", token);
                assertThat(me.statusCode()).isEqualTo(200);
                assertThat(JsonPath.<List<String>>read(me.body(), "$.roles")).containsExactly("PARTNERSHIP_ADMINISTRATOR");
                String organisationId = JsonPath.read(me.body(), "$.organisationId");
                assertThat(app.post("/api/v1/organisations/" + organisationId + "/teams", token, "{\"name\":\"Multi-agency hub\"}").statusCode())
                        .isEqualTo(201);
                assertThat(operator.queryForObject("select count(*) from team where name = 'Multi-agency hub'", Long.class)).isEqualTo(1L);
            }

            // A restart finds everything in place and does not bootstrap again.
            try (RunningInstance again = RunningInstance.start(settings)) {
                assertThat(operator.queryForList("select name from organisation", String.class)).containsExactly(ORGANISATION);
                assertThat(operator.queryForObject("select count(*) from app_user", Long.class)).isEqualTo(1L);
                HttpBrowser browser = new HttpBrowser(again.port());
                HttpResponse<String> signedIn = browser.submit("/sign-in", "/sign-in", Map.of("username", ADMIN, "password", ADMIN_PASSWORD));
                assertThat(HttpBrowser.location(signedIn).getPath()).isEqualTo("/");
            }
        }
    }

    private static Throwable rootCause(Throwable thrown) {
        Throwable cause = thrown;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
