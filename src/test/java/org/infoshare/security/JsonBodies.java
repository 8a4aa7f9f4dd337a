package org.infoshare.security;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Request bodies generated from an operation's OpenAPI schema with a seeded {@link Random}: one shaped as the schema
 * says, and hostile variations of it (a value of the wrong kind, text the database cannot hold, a key given twice,
 * a number as text or as a date, an unknown field, oversized or malformed input).
 */
final class JsonBodies {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One generated body: what it is, and the JSON text sent. */
    record Body(String kind, String text, boolean hostile) {
    }

    private final ApiOperations api;
    private final Random random;

    JsonBodies(ApiOperations api, Random random) {
        this.api = api;
        this.random = random;
    }

    /** A body shaped as the schema says (values random but of the right kinds). */
    JsonNode shaped(JsonNode schema, int depth) {
        JsonNode resolved = api.resolve(schema);
        if (resolved == null || resolved.isMissingNode() || depth > 6) {
            return NODES.nullNode();
        }
        if (resolved.has("allOf")) {
            return shaped(resolved.get("allOf").get(0), depth + 1);
        }
        if (resolved.has("oneOf") || resolved.has("anyOf")) {
            JsonNode options = resolved.has("oneOf") ? resolved.get("oneOf") : resolved.get("anyOf");
            return shaped(options.get(random.nextInt(options.size())), depth + 1);
        }
        if (resolved.has("enum") && !resolved.get("enum").isEmpty()) {
            return resolved.get("enum").get(random.nextInt(resolved.get("enum").size()));
        }
        String type = resolved.path("type").asString(resolved.has("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                for (Map.Entry<String, JsonNode> property : resolved.path("properties").properties()) {
                    if (random.nextInt(5) > 0) {
                        object.set(property.getKey(), shaped(property.getValue(), depth + 1));
                    }
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(3); i > 0; i--) {
                    array.add(shaped(resolved.path("items"), depth + 1));
                }
                yield array;
            }
            case "integer" -> NODES.numberNode(random.nextInt(200) - 20);
            case "number" -> NODES.numberNode(random.nextDouble() * 100);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.stringNode(text(resolved.path("format").asString("")));
        };
    }

    private String text(String format) {
        return switch (format) {
            case "uuid" -> UUID.randomUUID().toString();
            case "date" -> LocalDate.now().plusDays(random.nextInt(60) - 30).toString();
            case "date-time" -> LocalDate.now() + "T10:15:00Z";
            case "time", "partial-time" -> "10:15";
            case "email" -> "probe" + random.nextInt(1000) + "@example.org";
            default -> List.of("Probe text", "A", "x".repeat(1 + random.nextInt(60)), "O'Neil & Sons", "Zoë 😀").get(random.nextInt(5));
        };
    }

    /** The shaped body, then each hostile variation of it. */
    List<Body> bodies(JsonNode schema) {
        List<Body> bodies = new ArrayList<>();
        JsonNode base = shaped(schema, 0);
        bodies.add(new Body("shaped as the schema", JSON.writeValueAsString(base), false));
        JsonNode resolved = api.resolve(schema);
        if (base instanceof ObjectNode object && resolved != null) {
            Map<String, String> kinds = new java.util.LinkedHashMap<>();
            resolved.path("properties").properties().forEach(p -> kinds.put(p.getKey(), kind(p.getValue())));
            bodies.add(new Body("an unknown field", with(object, "probeUnknownField", NODES.stringNode("x")), true));
            field(kinds, "text").ifPresent(f -> {
                bodies.add(new Body("a NUL in " + f, with(object, f, NODES.stringNode("Tri\u0000age")), true));
                bodies.add(new Body("a lone surrogate in " + f, with(object, f, NODES.stringNode("Tri\uD800age")), true));
                bodies.add(new Body("a number for the text " + f, with(object, f, NODES.numberNode(12)), true));
            });
            field(kinds, "number").ifPresent(f -> {
                bodies.add(new Body("a number as text in " + f, with(object, f, NODES.stringNode("12")), true));
                bodies.add(new Body("a fraction in " + f, with(object, f, NODES.numberNode(1.5)), true));
                bodies.add(new Body("an enormous number in " + f, with(object, f, NODES.numberNode(new java.math.BigInteger("9".repeat(400)))), true));
            });
            field(kinds, "boolean").ifPresent(f -> bodies.add(new Body("a boolean as 1 in " + f, with(object, f, NODES.numberNode(1)), true)));
            field(kinds, "date").ifPresent(f -> {
                bodies.add(new Body("a number as the date " + f, with(object, f, NODES.numberNode(20000)), true));
                bodies.add(new Body("a date that does not exist in " + f, with(object, f, NODES.stringNode("2026-02-30")), true));
            });
            field(kinds, "enum").ifPresent(f -> {
                bodies.add(new Body("an unknown code in " + f, with(object, f, NODES.stringNode("NO_SUCH_CODE")), true));
                bodies.add(new Body("a code by position in " + f, with(object, f, NODES.numberNode(0)), true));
            });
            field(kinds, "list").ifPresent(f -> bodies.add(new Body("text where the list " + f + " belongs", with(object, f, NODES.stringNode("x")), true)));
            // A key the shaped body holds, so that it really is given twice (a property may have been left out).
            List<String> present = new ArrayList<>();
            object.properties().forEach(p -> present.add(p.getKey()));
            String any = present.isEmpty() ? "probe" : present.get(random.nextInt(present.size()));
            String text = JSON.writeValueAsString(object);
            bodies.add(new Body("the key " + any + " given twice", "{\"" + any + "\":null," + (text.length() > 2 ? text.substring(1) : "\"" + any + "\":null}"), true));
        }
        bodies.add(new Body("text over a megabyte", "{\"probe\":\"" + "x".repeat(1_100_000) + "\"}", true));
        bodies.add(new Body("nesting two thousand deep", "[".repeat(2000) + "]".repeat(2000), true));
        bodies.add(new Body("malformed JSON", "{\"a\":", true));
        bodies.add(new Body("a JSON null", "null", true));
        bodies.add(new Body("two documents", "{} {}", true));
        return bodies;
    }

    /** A field of the given kind, chosen at random, if the body has one. */
    private java.util.Optional<String> field(Map<String, String> kinds, String kind) {
        List<String> fields = kinds.entrySet().stream().filter(e -> e.getValue().equals(kind)).map(Map.Entry::getKey).toList();
        return fields.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(fields.get(random.nextInt(fields.size())));
    }

    /** What kind of value a property takes: text, number, boolean, date, enum, list, or object. */
    private String kind(JsonNode property) {
        JsonNode resolved = api.resolve(property);
        if (resolved == null) {
            return "other";
        }
        if (resolved.has("enum")) {
            return "enum";
        }
        String format = resolved.path("format").asString("");
        return switch (resolved.path("type").asString(resolved.has("properties") ? "object" : "other")) {
            case "string" -> format.equals("date") ? "date" : format.isEmpty() ? "text" : "other";
            case "integer", "number" -> "number";
            case "boolean" -> "boolean";
            case "array" -> "list";
            default -> "other";
        };
    }

    /** The object with one field set, or added if it was not there; an unknown field on purpose when asked for. */
    private static String with(ObjectNode object, String field, JsonNode value) {
        ObjectNode copy = object.deepCopy();
        copy.set(field, value);
        // An unpaired surrogate has no UTF-8 form: send it as the JSON escape a client would, or it arrives as '?'.
        return JSON.writeValueAsString(copy).replace("\uD800", "\\ud800");
    }
}
