package org.infoshare.security;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Real ids of every kind of record the API names in its paths, found the way a client finds them: by reading the
 * API's own lists as every caller. Each id remembers who listed it, so that the probes know whose it is (the
 * organisations that can list a record are its parties; every other organisation must be told it does not exist).
 */
final class RealIds {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");
    /** Enough pages for every list the tests fill, and a bound on a list that never ends. */
    private static final int MAX_PAGES = 20;

    /** A real value for one path variable, and the callers who could list it. */
    record Found(String value, List<Callers.Caller> listedBy) {

        Set<UUID> organisations() {
            Set<UUID> organisations = new HashSet<>();
            listedBy.forEach(c -> organisations.add(c.organisationId()));
            return organisations;
        }
    }

    /** Path variables that name a part of a record, or something the partnership shares, rather than a record: the value to try. */
    private static final Map<String, String> NAMED = Map.of("section", "purpose", "nation", "ENGLAND_AND_WALES", "measure", "open-incidents");

    /** Where a collection's records are also found by the other party to them: a list of parents and the field holding them. */
    private record HeldUnder(String list, String field) {
    }

    private static final Map<String, HeldUnder> HELD_UNDER = Map.of(
            "/api/v1/foi/consultations", new HeldUnder("/api/v1/foi/requests", "consultations"));

    /**
     * Where a collection has no list of its own, the list whose items name its records in a field: a family decision
     * in its members' decisions, a person's case dates under the person.
     */
    private static final Map<String, HeldUnder> NAMED_IN = Map.of(
            "/api/v1/family-decisions", new HeldUnder("/api/v1/decisions", "familyDecisionId"),
            "/api/v1/retention/people", new HeldUnder("/api/v1/subjects", "id"));

    private final MockMvc mvc;
    private final ApiOperations api;
    private final Callers callers;
    private final Map<String, Optional<Found>> found = new HashMap<>();
    private int requests;

    RealIds(MockMvc mvc, ApiOperations api, Callers callers) {
        this.mvc = mvc;
        this.api = api;
        this.callers = callers;
    }

    int requests() {
        return requests;
    }

    /**
     * Real values for every path variable of an operation (each found under the values before it), or empty when some
     * kind of record has none to be found.
     */
    Optional<LinkedHashMap<String, Found>> forPath(String template) {
        LinkedHashMap<String, Found> values = new LinkedHashMap<>();
        Matcher matcher = VARIABLE.matcher(template);
        while (matcher.find()) {
            String prefix = template.substring(0, matcher.start());
            String variable = matcher.group(1);
            String resolvedPrefix = fill(prefix, values);
            Optional<Found> value = found.computeIfAbsent(resolvedPrefix + "{" + variable + "}", key -> discover(prefix, resolvedPrefix, variable, values));
            if (value.isEmpty()) {
                return Optional.empty();
            }
            values.put(variable, value.get());
        }
        return Optional.of(values);
    }

    static String fill(String template, Map<String, Found> values) {
        String path = template;
        for (Map.Entry<String, Found> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue().value());
        }
        return path;
    }

    /** Lists to read: the collection itself and any other list beside it, e.g. {@code /requests/inbox} for {@code /requests/{id}}. */
    private Optional<Found> discover(String prefix, String resolvedPrefix, String variable, Map<String, Found> parents) {
        String collection = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        List<ApiOperations.Operation> lists = new ArrayList<>();
        for (ApiOperations.Operation operation : api.all()) {
            if (!operation.reads() || operation.rule() == null || operation.queryParams().stream().anyMatch(ApiOperations.Param::required)) {
                continue;
            }
            String path = operation.path();
            boolean collectionItself = path.equals(collection);
            boolean besideIt = path.startsWith(collection + "/") && !path.substring(collection.length() + 1).contains("/")
                    && !path.substring(collection.length() + 1).contains("{");
            if (collectionItself || besideIt) {
                lists.add(operation);
            }
        }
        String resolvedCollection = resolvedPrefix.endsWith("/") ? resolvedPrefix.substring(0, resolvedPrefix.length() - 1) : resolvedPrefix;
        Map<String, List<Callers.Caller>> seen = new LinkedHashMap<>();
        for (ApiOperations.Operation list : lists) {
            String path = list.path().equals(collection) ? resolvedCollection : resolvedCollection + list.path().substring(collection.length());
            for (Callers.Caller caller : callers.representatives()) {
                if (!caller.admittedBy(list.rule())) {
                    continue;
                }
                for (String value : values(read(path, caller), variable, true)) {
                    seen.computeIfAbsent(value, k -> new ArrayList<>()).add(caller);
                }
            }
        }
        HeldUnder holder = HELD_UNDER.get(collection);
        if (holder != null) {
            // Records two organisations share, each listed where its own side finds them (a consultation: under the
            // partner's list, and inside the holder's request): both sides are its parties.
            for (Callers.Caller caller : callers.representatives()) {
                for (String parent : values(read(holder.list(), caller), "id", true)) {
                    JsonNode record = read(holder.list() + "/" + parent, caller);
                    JsonNode held = record == null ? null : record.get(holder.field());
                    for (String value : values(held, "id", true)) {
                        List<Callers.Caller> listers = seen.computeIfAbsent(value, k -> new ArrayList<>());
                        if (!listers.contains(caller)) {
                            listers.add(caller);
                        }
                    }
                }
            }
        }
        HeldUnder namer = NAMED_IN.get(collection);
        if (namer != null && seen.isEmpty()) {
            for (Callers.Caller caller : callers.representatives()) {
                for (String value : values(read(namer.list(), caller), namer.field(), false)) {
                    List<Callers.Caller> listers = seen.computeIfAbsent(value, k -> new ArrayList<>());
                    if (!listers.contains(caller)) {
                        listers.add(caller);
                    }
                }
            }
        }
        if (seen.isEmpty() && !parents.isEmpty()) {
            // Not listed anywhere: look in the parent record itself (an agreement's version numbers, an organisation's
            // security assurances), first for the field the variable names, then for the ids of what it holds.
            String last = parents.values().stream().reduce((a, b) -> b).orElseThrow().value();
            String parent = resolvedCollection.substring(0, resolvedCollection.lastIndexOf(last) + last.length());
            for (Callers.Caller caller : callers.representatives()) {
                JsonNode record = read(parent, caller);
                List<String> values = values(record, variable, false);
                if (values.isEmpty() && record != null && !variable.equals("id")) {
                    record.properties().forEach(property -> {
                        if (property.getValue().isArray()) {
                            collect(property.getValue(), List.of("id"), values, 1);
                        }
                    });
                }
                values.forEach(value -> seen.computeIfAbsent(value, k -> new ArrayList<>()).add(caller));
            }
        }
        if (seen.isEmpty() && NAMED.containsKey(variable)) {
            // A name rather than an id: any record that has one has them all (an agreement's sections); with no record
            // above it, the partnership shares it (a nation's bank holidays) and every caller may read it.
            List<Callers.Caller> readers = parents.values().stream().reduce((a, b) -> b).map(Found::listedBy).orElse(callers.all());
            return Optional.of(new Found(NAMED.get(variable), readers));
        }
        // The record listed by the fewest organisations: the one the most outsiders must be told does not exist.
        return seen.entrySet().stream()
                .min(java.util.Comparator.comparingLong(e -> e.getValue().stream().map(Callers.Caller::organisationId).distinct().count()))
                .map(e -> new Found(e.getKey(), List.copyOf(e.getValue())));
    }

    private final Map<String, Optional<JsonNode>> reads = new HashMap<>();

    private JsonNode read(String path, Callers.Caller caller) {
        return reads.computeIfAbsent(path + " " + caller.token(), key -> Optional.ofNullable(fetch(path, caller))).orElse(null);
    }

    private JsonNode fetch(String path, Callers.Caller caller) {
        try {
            requests++;
            MvcResult result = mvc.perform(get(path).header("Authorization", "Bearer " + caller.token())).andReturn();
            if (result.getResponse().getStatus() != 200 || !String.valueOf(result.getResponse().getContentType()).contains("json")) {
                return null;
            }
            JsonNode node = JSON.readTree(result.getResponse().getContentAsString());
            // A paged list (ADR 0017) is read to its end, as a client finds its records: older ones are on later pages.
            String next = next(result.getResponse().getHeader("Link"));
            for (int pages = 1; next != null && node instanceof ArrayNode all && pages < MAX_PAGES; pages++) {
                requests++;
                MvcResult more = mvc.perform(get(URI.create(next)).header("Authorization", "Bearer " + caller.token())).andReturn();
                if (more.getResponse().getStatus() != 200 || !(JSON.readTree(more.getResponse().getContentAsString()) instanceof ArrayNode page)) {
                    break;
                }
                all.addAll(page);
                next = next(more.getResponse().getHeader("Link"));
            }
            return node;
        } catch (Exception e) {
            throw new IllegalStateException("Could not read " + path + " as " + caller, e);
        }
    }

    private static String next(String link) {
        Matcher matcher = NEXT.matcher(link == null ? "" : link);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** The values of the field a path variable names ("teamId" → teamId, else id; "code" → code) in a list or record. */
    private static List<String> values(JsonNode node, String variable, boolean orId) {
        List<String> values = new ArrayList<>();
        if (node == null) {
            return values;
        }
        List<String> fields = variable.equals("id") || !orId ? List.of(variable) : List.of(variable, "id");
        collect(node, fields, values, 0);
        return values;
    }

    private static void collect(JsonNode node, List<String> fields, List<String> values, int depth) {
        if (depth > 3 || node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(item -> collect(item, fields, values, depth + 1));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (String field : fields) {
            JsonNode value = node.get(field);
            if (value != null && (value.isString() || value.isNumber())) {
                values.add(value.asString());
                return;
            }
        }
        node.properties().forEach(property -> {
            if (property.getValue().isArray() || property.getValue().isObject()) {
                collect(property.getValue(), fields, values, depth + 1);
            }
        });
    }
}
