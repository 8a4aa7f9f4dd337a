package org.infoshare.agreement.files;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.infoshare.agreement.AgreementCommands.FileFormat;
import org.infoshare.agreement.AgreementDocument;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * "Agreement as code": an agreement version as a YAML or JSON file that a partnership keeps in version
 * control. Organisations are named as the directory names them, so the file reads well and moves between
 * installations; everything else is the document as it is stored. Export then import then export gives the
 * same text. Reading names every problem by its path in the file.
 */
public final class AgreementCodec {

    /** Format 2 names each purpose by its code with the agreement's words beside it; format 1 gave words only. */
    public static final String FORMAT = "infoshare-agreement/2";
    static final String FORMAT_1 = "infoshare-agreement/1";
    public static final String ROOT = "agreement";
    private static final Set<String> TOP_LEVEL = Set.of("format", "reference", "catalogueVersion", ROOT);

    /** What a file says. */
    public record Parsed(String reference, Integer catalogueVersion, AgreementDocument document) {
    }

    private final Function<UUID, Optional<String>> nameOf;
    private final Function<String, Optional<UUID>> idOf;
    private final JsonMapper json;
    private final YAMLMapper yaml;

    public AgreementCodec(Function<UUID, Optional<String>> nameOf, Function<String, Optional<UUID>> idOf) {
        this.nameOf = nameOf;
        this.idOf = idOf;
        this.json = JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();
        this.yaml = YAMLMapper.builder()
                .enable(YAMLWriteFeature.MINIMIZE_QUOTES, YAMLWriteFeature.LITERAL_BLOCK_STYLE)
                .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER, YAMLWriteFeature.SPLIT_LINES)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();
    }

    public String export(String reference, int catalogueVersion, AgreementDocument document, FileFormat format) {
        ObjectNode file = JsonNodeFactory.instance.objectNode();
        file.put("format", FORMAT);
        file.put("reference", reference);
        file.put("catalogueVersion", catalogueVersion);
        ObjectNode tree = json.valueToTree(document);
        stripNulls(tree);
        ArrayNode parties = (ArrayNode) tree.get("parties");
        for (int i = 0; i < parties.size(); i++) {
            ObjectNode party = (ObjectNode) parties.get(i);
            ObjectNode named = JsonNodeFactory.instance.objectNode();
            named.put("organisation", name(party.path("organisationId").asString(null)));
            party.properties().forEach(e -> {
                if (!e.getKey().equals("organisationId")) {
                    named.set(e.getKey(), e.getValue());
                }
            });
            parties.set(i, named);
        }
        for (JsonNode item : tree.get("dataItems")) {
            ArrayNode recipients = (ArrayNode) item.get("recipients");
            for (int i = 0; i < recipients.size(); i++) {
                recipients.set(i, JsonNodeFactory.instance.stringNode(name(recipients.get(i).asString(null))));
            }
        }
        file.set(ROOT, tree);
        return mapper(format).writeValueAsString(file);
    }

    private String name(String id) {
        if (id == null) {
            return null;
        }
        return nameOf.apply(UUID.fromString(id)).orElse(id);
    }

    public Parsed parse(String content, FileFormat format) {
        JsonNode file;
        try {
            file = mapper(format).readTree(content);
        } catch (JacksonException e) {
            throw InvalidRequestException.of("", "syntax", "The file is not valid " + format + where(e) + ": " + e.getOriginalMessage());
        }
        if (file == null || !file.isObject()) {
            throw InvalidRequestException.of("", "syntax", "The file must hold an agreement: a map with format, reference and agreement");
        }
        List<Violation> violations = new ArrayList<>();
        for (String name : file.propertyNames()) {
            if (!TOP_LEVEL.contains(name)) {
                violations.add(new Violation(name, "unknown-field", "'" + name + "' is not a field of an agreement file"));
            }
        }
        String declared = file.path("format").asString(null);
        if (!FORMAT.equals(declared) && !FORMAT_1.equals(declared)) {
            violations.add(new Violation("format", "format", "The file must start with format: " + FORMAT));
        }
        JsonNode reference = file.get("reference");
        if (reference != null && !reference.isNull() && (!reference.isString() || reference.asString().isBlank() || reference.asString().length() > 40)) {
            violations.add(new Violation("reference", "format", "The reference must be text of 1 to 40 characters, like ISA-2026-0001"));
        }
        JsonNode catalogueVersion = file.get("catalogueVersion");
        if (catalogueVersion != null && !catalogueVersion.isNull() && !catalogueVersion.canConvertToInt()) {
            violations.add(new Violation("catalogueVersion", "type", "The catalogue version must be a whole number"));
        }
        JsonNode agreement = file.get(ROOT);
        if (agreement == null || !agreement.isObject()) {
            violations.add(new Violation(ROOT, "required", "The file must hold the agreement under 'agreement'"));
            throw new InvalidRequestException(violations);
        }
        ObjectNode tree = (ObjectNode) agreement.deepCopy();
        if (FORMAT_1.equals(declared)) {
            wordedPurposes(tree);
        }
        organisations(tree, violations);
        transferMethods(tree, violations);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        AgreementDocument document;
        try {
            document = json.treeToValue(tree, AgreementDocument.class);
        } catch (JacksonException e) {
            throw new InvalidRequestException(List.of(violation(e, ROOT)));
        }
        return new Parsed(reference == null || reference.isNull() ? null : reference.asString(),
                catalogueVersion == null || catalogueVersion.isNull() ? null : catalogueVersion.asInt(), document);
    }

    /** Organisation names become directory ids; a name the directory does not know is refused where it stands. */
    private void organisations(ObjectNode tree, List<Violation> violations) {
        JsonNode parties = tree.get("parties");
        if (parties != null && parties.isArray()) {
            for (int i = 0; i < parties.size(); i++) {
                String path = ROOT + ".parties[" + i + "]";
                if (!(parties.get(i) instanceof ObjectNode party)) {
                    continue;
                }
                if (party.has("organisationId")) {
                    violations.add(new Violation(path + ".organisationId", "unknown-field",
                            "Name the party's organisation with 'organisation', as the directory names it"));
                    continue;
                }
                JsonNode name = party.remove("organisation");
                Optional<UUID> id = name == null || !name.isString() ? Optional.empty() : idOf.apply(name.asString());
                if (id.isEmpty()) {
                    violations.add(new Violation(path + ".organisation", name == null ? "required" : "unknown-organisation",
                            name == null ? "Name the organisation of party " + (i + 1)
                                    : "'" + name.asString() + "' is not an organisation in the partnership directory"));
                    continue;
                }
                party.put("organisationId", id.get().toString());
            }
        }
        JsonNode items = tree.get("dataItems");
        if (items != null && items.isArray()) {
            for (int i = 0; i < items.size(); i++) {
                JsonNode recipients = items.get(i).get("recipients");
                if (recipients == null || !recipients.isArray()) {
                    continue;
                }
                ArrayNode list = (ArrayNode) recipients;
                for (int r = 0; r < list.size(); r++) {
                    JsonNode name = list.get(r);
                    Optional<UUID> id = name.isString() ? idOf.apply(name.asString()) : Optional.empty();
                    if (id.isEmpty()) {
                        violations.add(new Violation(ROOT + ".dataItems[" + i + "].recipients[" + r + "]", "unknown-organisation",
                                "'" + name.asString(String.valueOf(name)) + "' is not an organisation in the partnership directory"));
                    } else {
                        list.set(r, JsonNodeFactory.instance.stringNode(id.get().toString()));
                    }
                }
            }
        }
    }

    /**
     * A format 1 file gave each purpose in words only. Its words are kept, as "another purpose": which purposes of
     * the vocabulary they mean is for the parties to choose, not for the platform to guess from the wording.
     */
    private static void wordedPurposes(ObjectNode tree) {
        JsonNode purposes = tree.get("purposes");
        if (purposes == null || !purposes.isArray()) {
            return;
        }
        ArrayNode coded = JsonNodeFactory.instance.arrayNode();
        for (JsonNode purpose : purposes) {
            if (purpose.isString()) {
                coded.add(JsonNodeFactory.instance.objectNode().put("code", "OTHER").put("wording", purpose.asString()));
            } else {
                coded.add(purpose);
            }
        }
        tree.set("purposes", coded);
    }

    /** Unencrypted email is never an approved method (002 §4.4): say so plainly rather than "not one of". */
    private static void transferMethods(ObjectNode tree, List<Violation> violations) {
        JsonNode methods = tree.get("transferMethods");
        if (methods == null || !methods.isArray()) {
            return;
        }
        for (int i = 0; i < methods.size(); i++) {
            String method = methods.get(i).asString("").toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
            if (method.equals("EMAIL") || method.contains("UNENCRYPTED") || method.contains("PLAIN")) {
                violations.add(new Violation(ROOT + ".transferMethods[" + i + "]", "unencrypted-email",
                        "Unencrypted email must never be used to share information under an agreement (002 §4.4): choose an approved secure method"));
            }
        }
    }

    public static Violation violation(JacksonException e, String prefix) {
        String path = path(e, prefix);
        if (e instanceof UnrecognizedPropertyException) {
            return new Violation(path, "unknown-field", "'" + path + "' is not a field of an agreement");
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
            List<String> allowed = new ArrayList<>();
            for (Object constant : format.getTargetType().getEnumConstants()) {
                allowed.add(((Enum<?>) constant).name());
            }
            return new Violation(path, "format", "'" + format.getValue() + "' at " + path + " must be one of " + String.join(", ", allowed));
        }
        if (e instanceof InvalidFormatException format) {
            return new Violation(path, "format", "'" + format.getValue() + "' at " + path + " is not valid here");
        }
        if (e instanceof MismatchedInputException) {
            return new Violation(path, "type", path + " has the wrong type of value: " + e.getOriginalMessage().split("\n")[0]);
        }
        return new Violation(path, "invalid", path + " cannot be read: " + e.getOriginalMessage().split("\n")[0]);
    }

    private static String path(JacksonException e, String prefix) {
        StringBuilder path = new StringBuilder(prefix);
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String where(JacksonException e) {
        return e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static void stripNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator();
            List<String> nulls = new ArrayList<>();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isNull()) {
                    nulls.add(field.getKey());
                } else {
                    stripNulls(field.getValue());
                }
            }
            nulls.forEach(object::remove);
        } else if (node instanceof ArrayNode array) {
            array.forEach(AgreementCodec::stripNulls);
        }
    }

    private ObjectMapper mapper(FileFormat format) {
        return format == FileFormat.YAML ? yaml : json;
    }
}
