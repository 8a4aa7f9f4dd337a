package org.infoshare.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.infoshare.directory.ApiTokens;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.shared.access.ActorSource;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Input fuzzing of every operation in the OpenAPI document, as a caller its access rule admits: hostile path values
 * and query parameters, and request bodies generated from the operation's schema with a seeded random (a body shaped
 * as the schema says, then hostile variations of it: {@link JsonBodies}). Whatever is sent: no response of 500 or
 * more, every error a problem detail, and a refused request (4xx) writes nothing at all. The seed is printed; run
 * with {@code -Dfuzz.seed=<seed>} to replay a run exactly.
 */
@IntegrationTest
class InputFuzzIT {

    private static final List<String> HOSTILE_PATH_VALUES = List.of("not-a-uuid", "-1", "x".repeat(3000),
            "00000000-0000-0000-0000-00000000000g", "' or '1'='1", "Zoë😀");
    private static final List<String> HOSTILE_QUERY_VALUES = List.of("", "x".repeat(20_000), "-1", "99999999999999999999",
            "2026-13-45", "Tri\u0000age", "<script>alert(1)</script>", "' OR 1=1 --", "NO_SUCH_VALUE", "😀");
    /**
     * Tables that change on their own: the ledger's chain, its queue and checkpoints (background jobs), the
     * scheduled jobs' cluster locks (a row made the first time a job runs), and the organisations' and people's keys,
     * which are made when first needed (a notification being sent, say).
     */
    private static final List<String> BACKGROUND = List.of("flyway_schema_history", "ledger_chain", "ledger_pending", "ledger_checkpoint",
            "crypto_key", "shedlock");

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired DirectoryLookup directory;
    @Autowired ActorSource actors;
    @Autowired ApiTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;

    private final TreeMap<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private String countAll;

    /** Bounded, so that a probe can never hold up CI: it takes about 40 s on a shared 2-core machine under heavy load. */
    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void noInputGivesAServerErrorOrANonProblemErrorAndARefusedRequestWritesNothing() throws Exception {
        long seed = Long.getLong("fuzz.seed", System.currentTimeMillis());
        System.out.println("Input fuzzing with seed " + seed + " (replay with -Dfuzz.seed=" + seed + ")");
        long started = System.nanoTime();
        Random random = new Random(seed);
        ApiOperations api = ApiOperations.load(mvc, mapping);
        Callers callers = Callers.of(directory, actors, tokens);
        JsonBodies bodies = new JsonBodies(api, random);
        UUID council = demo.organisation("Westshire County Council").id();
        countAll = countingQuery();
        int requests = 0;

        for (ApiOperations.Operation operation : api.all()) {
            if (operation.rule() == null) {
                continue;
            }
            Callers.Caller caller = callers.admitted(council, operation.rule(), null)
                    .or(() -> callers.all().stream().filter(c -> c.admittedBy(operation.rule())).findFirst()).orElse(null);
            if (caller == null) {
                continue;
            }
            String path = fill(operation, null);
            for (ApiOperations.Param param : operation.pathParams()) {
                for (String value : HOSTILE_PATH_VALUES) {
                    requests++;
                    send(operation, caller, fill(operation, java.util.Map.of(param.name(), value)), null, null, "path " + param.name() + "=" + abbreviate(value));
                }
            }
            for (ApiOperations.Param param : operation.queryParams()) {
                for (String value : HOSTILE_QUERY_VALUES) {
                    requests++;
                    send(operation, caller, path, param.name(), value, "query " + param.name() + "=" + abbreviate(value));
                }
            }
            if (operation.bodyType() != null && operation.bodyType().contains("json") && operation.body() != null) {
                for (JsonBodies.Body body : bodies.bodies(operation.body())) {
                    requests++;
                    sendBody(operation, caller, path, MediaType.APPLICATION_JSON_VALUE, body.text().getBytes(StandardCharsets.UTF_8),
                            body.kind(), body.hostile());
                }
            } else if (operation.bodyType() != null) {
                for (byte[] raw : List.of(new byte[] {0, (byte) 0xC3, 0x28, (byte) 0xFF, '\n'}, "a,b\n\"unterminated\n".getBytes(StandardCharsets.UTF_8),
                        "x: [\n".getBytes(StandardCharsets.UTF_8))) {
                    requests++;
                    sendBody(operation, caller, path, operation.bodyType(), raw, "raw " + operation.bodyType(), true);
                }
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf("Input fuzzing: %d operations, %d requests, statuses %s, %d failures, in %d s (seed %d)%n",
                api.all().size(), requests, statuses, failures.size(), seconds, seed);
        assertThat(failures).as("seed " + seed).isEmpty();
    }

    private void send(ApiOperations.Operation operation, Callers.Caller caller, String path, String queryName, String queryValue,
                      String what) throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(operation.method()), java.net.URI.create(path));
        for (ApiOperations.Param query : operation.queryParams()) {
            if (query.name().equals(queryName)) {
                request.param(queryName, queryValue);
            } else if (query.required()) {
                request.param(query.name(), Values.sample(query.schema()));
            }
        }
        if (!operation.reads()) {
            String type = operation.bodyType() == null ? MediaType.APPLICATION_JSON_VALUE : operation.bodyType();
            request.contentType(type).content(type.contains("json") ? "{}" : "x\n");
        }
        check(operation, caller, request, what, true);
    }

    private void sendBody(ApiOperations.Operation operation, Callers.Caller caller, String path, String type, byte[] body, String what,
                          boolean hostile) throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(operation.method()), java.net.URI.create(path))
                .contentType(type).content(body);
        for (ApiOperations.Param query : operation.queryParams()) {
            if (query.required()) {
                request.param(query.name(), Values.sample(query.schema()));
            }
        }
        check(operation, caller, request, what, hostile);
    }

    private void check(ApiOperations.Operation operation, Callers.Caller caller, MockHttpServletRequestBuilder request, String what,
                       boolean mustBeRefused) throws Exception {
        request.header("Authorization", "Bearer " + caller.token());
        String before = jdbc.sql(countAll).query(String.class).single();
        MvcResult result = mvc.perform(request).andReturn();
        int status = result.getResponse().getStatus();
        statuses.merge(status, 1, Integer::sum);
        String where = operation + " with " + what + " as " + caller;
        if (status >= 500) {
            failures.add(where + ": " + status + " " + abbreviate(result.getResponse().getContentAsString()));
            return;
        }
        if (status >= 400) {
            if (!String.valueOf(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
                failures.add(where + ": " + status + " is not a problem detail (" + result.getResponse().getContentType() + ")");
            }
            String after = jdbc.sql(countAll).query(String.class).single();
            if (!after.equals(before)) {
                failures.add(where + ": refused with " + status + " but rows changed: " + before + " -> " + after);
            }
        } else if (mustBeRefused && !operation.reads()) {
            failures.add(where + ": accepted (" + status + ") " + abbreviate(result.getResponse().getContentAsString()));
        }
    }

    /** The operation's path, with an id that names nothing for every variable unless a value is given. */
    private static String fill(ApiOperations.Operation operation, java.util.Map<String, String> given) {
        String path = operation.path();
        for (ApiOperations.Param param : operation.pathParams()) {
            String value = given != null && given.containsKey(param.name()) ? given.get(param.name()) : Values.missing(param.schema(), param.name());
            path = path.replace("{" + param.name() + "}", java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return path;
    }

    /** One query giving every table's row count, so that each request costs one round trip to check. */
    private String countingQuery() {
        List<String> tables = jdbc.sql("select tablename from pg_tables where schemaname = current_schema() order by tablename")
                .query(String.class).list().stream().filter(t -> !BACKGROUND.contains(t)).toList();
        return "select concat_ws(','" + tables.stream().map(t -> ", '" + t + "=' || (select count(*) from \"" + t + "\")").reduce("", String::concat) + ")";
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
