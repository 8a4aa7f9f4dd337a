package org.infoshare.cluster;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.HttpBrowser;
import org.infoshare.support.InstanceApi;
import org.infoshare.support.InstanceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three instances, each in a process of its own, on one PostgreSQL (standing in for an operator's server):
 * a user signed in on one is served by the others; records are written through all three at once; the
 * instance linking the ledger's chain is killed ({@code kill -9}) in the middle of it, another takes over
 * within seconds, and afterwards the ledger is one intact chain holding every record any instance
 * acknowledged, each linked. The checkpoint job, due every two seconds on each instance, runs once per
 * interval across the three.
 */
class ClusterIT {

    private static final String ROLE = "infoshare_cluster";
    private static final String ROLE_PASSWORD = "cluster-role-secret-2026";
    private static final Duration START = Duration.ofMinutes(4);
    private static final Duration CHECKPOINT_INTERVAL = Duration.ofSeconds(2);
    private static final Pattern SEQUENCER_PID = Pattern.compile("infoshare ledger sequencer .* pid (\\d+)$");

    @TempDir
    Path keys;

    @TempDir
    Path dataDirs;

    @TempDir
    Path serverDir;

    private final InstanceApi api = new InstanceApi();

    @Test
    void threeInstancesShareSessionsAndOneIntactChainThroughTheLossOfTheSequencer() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setDataDirectory(serverDir).setCleanDataDirectory(true)
                .setServerConfig("fsync", "off").setServerConfig("max_connections", "200").start()) {
            JdbcTemplate superuser = new JdbcTemplate(server.getPostgresDatabase());
            superuser.execute("create role " + ROLE + " login password '" + ROLE_PASSWORD + "' nosuperuser nocreatedb nocreaterole");
            superuser.execute("create database infoshare_cluster owner " + ROLE);
            JdbcTemplate database = new JdbcTemplate(server.getDatabase("postgres", "infoshare_cluster"));

            List<InstanceProcess> instances = new ArrayList<>();
            try {
                // The first start migrates and loads the demo partnership; the other two join it.
                int port = server.getPort();
                instances.add(InstanceProcess.start("cluster-a", settings("a", port)).awaitReady(START));
                InstanceProcess b = InstanceProcess.start("cluster-b", settings("b", port));
                InstanceProcess c = InstanceProcess.start("cluster-c", settings("c", port));
                instances.add(b.awaitReady(START));
                instances.add(c.awaitReady(START));
                InstanceProcess a = instances.get(0);

                // Signed in on one instance, the same browser is served by the others.
                HttpBrowser admin = new HttpBrowser(a.port());
                HttpResponse<String> signedIn = admin.submit("/sign-in", "/sign-in",
                        Map.of("username", DemoPartnership.COUNCIL_ADMIN, "password", DemoPartnership.PASSWORD));
                assertThat(HttpBrowser.location(signedIn).getPath()).isEqualTo("/");
                assertThat(admin.get(b.url("/")).body()).contains("Alex Turner");
                assertThat(admin.get(c.url("/account")).statusCode()).isEqualTo(200);
                String adminToken = InstanceApi.token(admin, c);
                String orgId = JsonPath.read(api.get(b, "/api/v1/me", adminToken).body(), "$.organisationId");
                HttpBrowser dpo = new HttpBrowser(b.port());
                dpo.submit("/sign-in", "/sign-in", Map.of("username", DemoPartnership.COUNCIL_DPO, "password", DemoPartnership.PASSWORD));
                String dpoToken = InstanceApi.token(dpo, a);
                // A forged cookie (a session id read from the database, without its key) opens nothing.
                String storedId = database.queryForObject("select session_id from spring_session limit 1", String.class);
                HttpResponse<String> forged = api.send(HttpRequest.newBuilder(URI.create(c.url("/account")))
                        .header("Cookie", "INFOSHARE_SESSION=" + java.util.Base64.getEncoder().encodeToString(storedId.getBytes()))
                        .GET());
                assertThat(forged.statusCode()).isEqualTo(302);
                assertThat(database.queryForObject("select count(*) from spring_session where principal_name is not null", Long.class))
                        .as("no principal names kept").isZero();

                // Writers on all three instances at once.
                Set<String> acknowledged = ConcurrentHashMap.newKeySet();
                AtomicBoolean writing = new AtomicBoolean(true);
                AtomicInteger refused = new AtomicInteger();
                ExecutorService writers = Executors.newFixedThreadPool(6);
                List<Future<?>> running = new ArrayList<>();
                for (int w = 0; w < 6; w++) {
                    InstanceProcess target = instances.get(w % 3);
                    int writer = w;
                    running.add(writers.submit(() -> {
                        for (int n = 0; writing.get(); n++) {
                            try {
                                HttpResponse<String> created = api.post(target, "/api/v1/organisations/" + orgId + "/teams", adminToken,
                                        "{\"name\":\"Cluster team " + writer + "-" + n + "\"}");
                                if (created.statusCode() == 201) {
                                    acknowledged.add(JsonPath.read(created.body(), "$.id"));
                                } else {
                                    refused.incrementAndGet();
                                }
                            } catch (RuntimeException e) {
                                refused.incrementAndGet();
                                sleep(100);
                            }
                        }
                    }));
                }
                awaitAcknowledged(acknowledged, 60);

                // The instance linking the chain is killed mid-load; another takes the lead within seconds.
                long leaderPid = sequencerPid(database).orElseThrow(() -> new AssertionError("No instance leads the sequencer"));
                InstanceProcess leader = instances.stream().filter(i -> i.pid() == leaderPid).findFirst()
                        .orElseThrow(() -> new AssertionError("The sequencer's pid " + leaderPid + " is none of the instances'"));
                int beforeKill = acknowledged.size();
                leader.kill();
                Instant killed = Instant.now();
                Optional<Long> successor = Optional.empty();
                while (successor.isEmpty() && Duration.between(killed, Instant.now()).compareTo(Duration.ofSeconds(15)) < 0) {
                    successor = sequencerPid(database).filter(pid -> pid != leaderPid);
                    if (successor.isEmpty()) {
                        sleep(100);
                    }
                }
                Duration takeover = Duration.between(killed, Instant.now());
                assertThat(successor).as("another instance leads the sequencer").isPresent();
                assertThat(takeover).isLessThan(Duration.ofSeconds(5));
                List<InstanceProcess> survivors = instances.stream().filter(InstanceProcess::alive).toList();
                assertThat(survivors).hasSize(2);

                // Writing goes on through the survivors, then stops.
                awaitAcknowledged(acknowledged, beforeKill + 60);
                writing.set(false);
                for (Future<?> writer : running) {
                    writer.get(60, TimeUnit.SECONDS);
                }
                writers.shutdown();

                // Every acknowledged record is present, has its entry, and the entry is linked into the chain.
                awaitEmptyQueue(database);
                List<String> ids = new ArrayList<>(acknowledged);
                Long present = database.queryForObject("select count(*) from team where id::text = any(?)", Long.class,
                        (Object) ids.toArray(String[]::new));
                assertThat(present).isEqualTo(ids.size());
                Long linked = database.queryForObject("""
                                select count(distinct e.subject_id) from ledger_entry e join ledger_chain c on c.entry_id = e.id
                                where e.action = 'directory.team.created' and e.subject_id = any(?)""", Long.class,
                        (Object) ids.toArray(String[]::new));
                assertThat(linked).as("acknowledged records whose entry is chained").isEqualTo(ids.size());

                // One intact chain, verified through a surviving instance.
                // (Counted first: checkpoints and the verification itself go on adding entries after it.)
                long chained = database.queryForObject("select count(*) from ledger_chain", Long.class);
                HttpResponse<String> verification = api.get(survivors.get(0), "/api/v1/ledger/verification", dpoToken);
                assertThat(verification.statusCode()).isEqualTo(200);
                assertThat(JsonPath.<Boolean>read(verification.body(), "$.intact")).as(verification.body()).isTrue();
                assertThat(JsonPath.<Integer>read(verification.body(), "$.entriesVerified").longValue()).isGreaterThanOrEqualTo(chained);

                // The checkpoint job ran on one instance per interval, however many instances were due.
                List<Instant> signedAt = database.queryForList("select signed_at from ledger_checkpoint order by signed_at",
                        java.sql.Timestamp.class).stream().map(java.sql.Timestamp::toInstant).toList();
                // Runs are at least nine tenths of an interval apart by the database's clock; allowing each signature a
                // second's lag behind its lock, n checkpoints span at least 1.8 s × (n - 1) - 2 s. Three instances
                // each on its own schedule would sign about three times as many.
                assertThat(signedAt).hasSizeGreaterThan(1);
                double span = Duration.between(signedAt.get(0), signedAt.get(signedAt.size() - 1)).toMillis() / 1000.0;
                double interval = CHECKPOINT_INTERVAL.toMillis() * 0.9 / 1000.0;
                assertThat((double) signedAt.size()).as("checkpoints over %.1f s", span).isLessThanOrEqualTo((span + 2) / interval + 1);
                System.out.printf("ClusterIT: %d records acknowledged (%d before the kill), %d attempts refused or cut off, "
                        + "sequencer taken over in %d ms, %d checkpoints%n", ids.size(), beforeKill, refused.get(), takeover.toMillis(), signedAt.size());
            } finally {
                instances.forEach(InstanceProcess::close);
            }
        }
    }

    private Map<String, String> settings(String name, int port) {
        Map<String, String> settings = new HashMap<>();
        settings.put("INFOSHARE_DB_URL", "jdbc:postgresql://localhost:" + port + "/infoshare_cluster");
        settings.put("INFOSHARE_DB_USER", ROLE);
        settings.put("INFOSHARE_DB_PASSWORD", ROLE_PASSWORD);
        settings.put("INFOSHARE_DATA_DIR", dataDirs.resolve(name).toString());
        settings.put("INFOSHARE_KEYS_DIR", keys.toString());
        settings.put("INFOSHARE_DEMO_DATA", "true");
        settings.put("infoshare.ledger.checkpoint-interval", CHECKPOINT_INTERVAL.toString());
        settings.put("infoshare.ledger.first-checkpoint-after", "PT1S");
        settings.put("logging.level.org.infoshare.ledger", "INFO");
        return settings;
    }


    /** The pid named by the connection holding the sequencer's lead, if an instance holds it. */
    private static Optional<Long> sequencerPid(JdbcTemplate database) {
        return database.queryForList("select application_name from pg_stat_activity where application_name like 'infoshare ledger sequencer%'",
                        String.class).stream()
                .map(SEQUENCER_PID::matcher).filter(Matcher::find).map(m -> Long.parseLong(m.group(1))).findFirst();
    }

    private static void awaitAcknowledged(Set<String> acknowledged, int atLeast) {
        Instant deadline = Instant.now().plusSeconds(120);
        while (acknowledged.size() < atLeast && Instant.now().isBefore(deadline)) {
            sleep(100);
        }
        assertThat(acknowledged.size()).isGreaterThanOrEqualTo(atLeast);
    }

    private static void awaitEmptyQueue(JdbcTemplate database) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (database.queryForObject("select count(*) from ledger_pending", Long.class) > 0 && Instant.now().isBefore(deadline)) {
            sleep(100);
        }
        assertThat(database.queryForObject("select count(*) from ledger_pending", Long.class)).as("entries awaiting the chain").isZero();
    }




    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
