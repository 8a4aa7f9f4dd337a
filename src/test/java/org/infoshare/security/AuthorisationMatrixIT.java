package org.infoshare.security;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.infoshare.directory.ApiTokens;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Organisation;
import org.infoshare.shared.access.ActorSource;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.web.AccessRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * The authorisation matrix, generated from the OpenAPI document: every operation is tried with no token, by a
 * caller whose roles its access rule refuses, by one it admits, and by an admitted caller of every other
 * organisation, with real ids of each kind (read from the API's own lists, some created here). The expected answer
 * comes from the handler's access rule (401, 403, admitted) and the scoping policy: an organisation that cannot list
 * a record must get exactly the answer (status and body) it gets for an id that does not exist. Any leak, any
 * difference and any 5xx fails the test, which prints its figures.
 */
@IntegrationTest
class AuthorisationMatrixIT {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired DirectoryLookup directory;
    @Autowired ActorSource actors;
    @Autowired ApiTokens tokens;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mapping;

    private final Map<String, Integer> tried = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int serverErrors;
    private int differences;

    /** Bounded, so that a probe can never hold up CI: it takes about 100 s on a shared 2-core machine under heavy load. */
    @Test
    @Timeout(value = 300, unit = TimeUnit.SECONDS)
    void everyOperationAnswersEveryCallerAsItsAccessRuleAndTheScopingPolicySay() throws Exception {
        long started = System.nanoTime();
        new MatrixRecords(mvc, demo, directory).ofEveryKind();
        ApiOperations api = ApiOperations.load(mvc, mapping);
        Callers callers = Callers.of(directory, actors, tokens);
        RealIds ids = new RealIds(mvc, api, callers);
        UUID council = demo.organisation("Westshire County Council").id();
        List<String> withoutRealIds = new ArrayList<>();

        for (ApiOperations.Operation operation : api.all()) {
            AccessRule rule = operation.rule();
            if (rule == null) {
                failures.add(operation + ": no handler of ours declares an access rule for it");
                continue;
            }
            Optional<LinkedHashMap<String, RealIds.Found>> real = ids.forPath(operation.path());
            if (real.isEmpty() && !operation.pathParams().isEmpty()) {
                withoutRealIds.add(operation.toString());
            }
            String realPath = real.map(found -> RealIds.fill(operation.path(), found)).orElseGet(() -> missing(operation));
            Optional<RealIds.Found> root = real.flatMap(found -> found.values().stream().findFirst());
            Callers.Caller owner = root.map(found -> found.listedBy().get(0)).orElse(null);
            UUID home = owner == null ? council : owner.organisationId();

            // No token: only a public operation answers.
            MvcResult anonymous = call(operation, realPath, null, "no token");
            if (rule.audience() == AccessRule.Audience.PUBLIC) {
                expect(operation, "no token", anonymous.getResponse().getStatus() != 401, anonymous);
            } else {
                expect(operation, "no token", anonymous.getResponse().getStatus() == 401, anonymous);
            }
            // Wrong role: refused before anything is looked up.
            Optional<Callers.Caller> wrong = callers.refused(home, rule);
            if (wrong.isPresent()) {
                MvcResult refused = call(operation, realPath, wrong.get(), "wrong role");
                expect(operation, "wrong role " + wrong.get(), refused.getResponse().getStatus() == 403, refused);
            }
            // Right role: admitted (reads with the real record; changes with a missing one, so that nothing changes).
            Optional<Callers.Caller> right = callers.admitted(home, rule, owner);
            if (right.isPresent()) {
                MvcResult admitted = call(operation, operation.reads() ? realPath : missing(operation), right.get(), "right role");
                int status = admitted.getResponse().getStatus();
                expect(operation, "right role " + right.get(), status != 401 && status != 403, admitted);
            }
            // Every other organisation: a record it cannot list must look exactly like one that does not exist.
            if (root.isPresent()) {
                Set<UUID> parties = root.get().organisations();
                for (Organisation organisation : directory.organisations()) {
                    if (parties.contains(organisation.id())) {
                        continue;
                    }
                    Optional<Callers.Caller> outsider = callers.admitted(organisation.id(), rule, null);
                    if (outsider.isEmpty()) {
                        continue;
                    }
                    MvcResult foreign = call(operation, realPath, outsider.get(), "other organisation");
                    MvcResult absent = call(operation, missing(operation), outsider.get(), "other organisation");
                    boolean same = foreign.getResponse().getStatus() == absent.getResponse().getStatus()
                            && withoutInstance(foreign).equals(withoutInstance(absent));
                    if (!same) {
                        differences++;
                        failures.add(operation + " as " + outsider.get() + ": a real id answers " + foreign.getResponse().getStatus() + " "
                                + body(foreign) + " but a missing one " + absent.getResponse().getStatus() + " " + body(absent));
                    }
                    expect(operation, "other organisation " + outsider.get(), !is2xx(foreign) || is2xx(absent), foreign);
                }
                if (parties.size() == directory.organisations().size() && !operation.reads()) {
                    // Published to every organisation (organisations, teams, the legal catalogue): only its own may change it.
                    for (Organisation organisation : directory.organisations()) {
                        if (organisation.id().equals(home)) {
                            continue;
                        }
                        Optional<Callers.Caller> outsider = callers.admitted(organisation.id(), rule, null);
                        if (outsider.isPresent()) {
                            MvcResult change = call(operation, realPath, outsider.get(), "other organisation");
                            expect(operation, "another organisation changing " + outsider.get(), !is2xx(change), change);
                        }
                    }
                }
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        int requests = tried.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("Authorisation matrix: %d operations, %d callers, %d requests (%s) plus %d to find real ids; "
                        + "%d leaks or differences, %d responses >= 500, in %d s. Operations without a real id to try: %s%n",
                api.all().size(), callers.all().size(), requests, tried, ids.requests(), differences, serverErrors, seconds, withoutRealIds);
        assertThat(failures).as("the authorisation matrix").isEmpty();
        assertThat(withoutRealIds).as("every kind of record has a real id to try").isEmpty();
    }

    private MvcResult call(ApiOperations.Operation operation, String path, Callers.Caller caller, String who) throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(operation.method()), path);
        for (ApiOperations.Param query : operation.queryParams()) {
            if (query.required()) {
                request.param(query.name(), Values.sample(query.schema()));
            }
        }
        if (!operation.reads()) {
            String type = operation.bodyType() == null ? MediaType.APPLICATION_JSON_VALUE : operation.bodyType();
            request.contentType(type).content(type.contains("json") ? "{}" : "x\n");
        }
        if (caller != null) {
            request.header("Authorization", "Bearer " + caller.token());
        }
        tried.merge(who, 1, Integer::sum);
        MvcResult result = mvc.perform(request).andReturn();
        if (result.getResponse().getStatus() >= 500) {
            serverErrors++;
            failures.add(operation + " as " + (caller == null ? "nobody" : caller) + ": " + result.getResponse().getStatus() + " " + body(result));
        } else if (result.getResponse().getStatus() >= 400
                && !String.valueOf(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
            failures.add(operation + " as " + (caller == null ? "nobody" : caller) + ": an error that is not a problem detail ("
                    + result.getResponse().getContentType() + ")");
        }
        return result;
    }

    private void expect(ApiOperations.Operation operation, String who, boolean holds, MvcResult result) throws Exception {
        if (!holds) {
            failures.add(operation + " as " + who + ": answered " + result.getResponse().getStatus() + " " + body(result));
        }
    }

    /** The operation's path with an id (or code) that names nothing. */
    private static String missing(ApiOperations.Operation operation) {
        String path = operation.path();
        for (ApiOperations.Param param : operation.pathParams()) {
            path = path.replace("{" + param.name() + "}", Values.missing(param.schema(), param.name()));
        }
        return path;
    }

    private static boolean is2xx(MvcResult result) {
        return result.getResponse().getStatus() / 100 == 2;
    }

    private static String body(MvcResult result) throws Exception {
        String body = result.getResponse().getContentAsString();
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /** The problem's {@code instance} names the address asked for, which differs by the id itself. */
    private static String withoutInstance(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString().replaceAll("\"instance\":\"[^\"]*\",?", "");
    }
}
