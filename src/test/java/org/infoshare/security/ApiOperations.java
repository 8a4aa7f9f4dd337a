package org.infoshare.security;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.infoshare.web.AccessRule;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every operation of the API as the OpenAPI document ({@code /v3/api-docs}) describes it, each with the access
 * rule its handler declares: the list the probes walk, so that an operation added later is probed too.
 */
final class ApiOperations {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A parameter: where it goes (path or query), its name, whether required, and its schema. */
    record Param(String in, String name, boolean required, JsonNode schema) {
    }

    /**
     * One operation.
     *
     * @param bodyType the first media type of its request body, or null for none
     * @param body     the (resolved) schema of that body, or null
     */
    record Operation(String method, String path, List<Param> params, String bodyType, JsonNode body, AccessRule rule) {

        List<Param> pathParams() {
            return params.stream().filter(p -> p.in().equals("path")).toList();
        }

        List<Param> queryParams() {
            return params.stream().filter(p -> p.in().equals("query")).toList();
        }

        boolean reads() {
            return method.equals("GET");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private final JsonNode document;
    private final List<Operation> operations;

    private ApiOperations(JsonNode document, List<Operation> operations) {
        this.document = document;
        this.operations = operations;
    }

    static ApiOperations load(MockMvc mvc, RequestMappingHandlerMapping mapping) throws Exception {
        JsonNode document = JSON.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
        Map<String, HandlerMethod> handlers = new LinkedHashMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            for (String pattern : entry.getKey().getPatternValues()) {
                for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
                    handlers.putIfAbsent(method.name() + " " + pattern, entry.getValue());
                }
            }
        }
        List<Operation> operations = new ArrayList<>();
        ApiOperations api = new ApiOperations(document, operations);
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                String verb = method.getKey().toUpperCase(Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(verb)) {
                    continue;
                }
                JsonNode operation = method.getValue();
                List<Param> params = new ArrayList<>();
                if (operation.has("parameters")) {
                    for (JsonNode param : operation.get("parameters")) {
                        JsonNode resolved = api.resolve(param);
                        params.add(new Param(resolved.path("in").asString(), resolved.path("name").asString(),
                                resolved.path("required").asBoolean(false), api.resolve(resolved.path("schema"))));
                    }
                }
                String bodyType = null;
                JsonNode body = null;
                if (operation.has("requestBody")) {
                    Iterator<Map.Entry<String, JsonNode>> content = api.resolve(operation.get("requestBody")).path("content").properties().iterator();
                    if (content.hasNext()) {
                        Map.Entry<String, JsonNode> first = content.next();
                        bodyType = first.getKey();
                        body = api.resolve(first.getValue().path("schema"));
                    }
                }
                HandlerMethod handler = handlers.get(verb + " " + path.getKey());
                AccessRule rule = handler == null ? null : AccessRule.of(handler).orElse(null);
                operations.add(new Operation(verb, path.getKey(), List.copyOf(params), bodyType, body, rule));
            }
        }
        return api;
    }

    List<Operation> all() {
        return operations;
    }

    Optional<Operation> find(String method, String path) {
        return operations.stream().filter(o -> o.method().equals(method) && o.path().equals(path)).findFirst();
    }

    /** A schema or parameter with its {@code $ref} followed (to the components of the document). */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; current != null && current.has("$ref") && depth < 20; depth++) {
            String ref = current.get("$ref").asString();
            current = document.at(ref.substring(1));
        }
        return current;
    }
}
