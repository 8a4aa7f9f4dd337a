package org.infoshare.security;

import java.time.LocalDate;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/** Plain values for parameters, from their OpenAPI schema: a sample that reads as valid, and an id that names nothing. */
final class Values {

    private Values() {
    }

    static String sample(JsonNode schema) {
        if (schema == null) {
            return "x";
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(0).asString();
        }
        String format = schema.path("format").asString("");
        return switch (schema.path("type").asString("string")) {
            case "integer", "number" -> "1";
            case "boolean" -> "true";
            default -> switch (format) {
                case "uuid" -> UUID.randomUUID().toString();
                case "date" -> LocalDate.now().toString();
                case "date-time" -> LocalDate.now() + "T09:00:00Z";
                default -> "x";
            };
        };
    }

    static String missing(JsonNode schema, String name) {
        String format = schema == null ? "" : schema.path("format").asString("");
        String type = schema == null ? "string" : schema.path("type").asString("string");
        if (format.equals("uuid")) {
            return UUID.randomUUID().toString();
        }
        if (type.equals("integer") || type.equals("number")) {
            return "987654";
        }
        return "no-such-" + name.toLowerCase(java.util.Locale.ROOT);
    }
}
