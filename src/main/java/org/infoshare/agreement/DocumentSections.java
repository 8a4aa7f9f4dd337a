package org.infoshare.agreement;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.infoshare.agreement.files.AgreementCodec;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reads and replaces one section of a document at a time. */
final class DocumentSections {

    private DocumentSections() {
    }

    /** The section's fields and their values, in order. */
    static Map<String, Object> slice(AgreementDocument document, AgreementSection section) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent component : AgreementDocument.class.getRecordComponents()) {
            if (section.fields().contains(component.getName())) {
                try {
                    values.put(component.getName(), component.getAccessor().invoke(document));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return values;
    }

    /**
     * The document with the section replaced by {@code body}, which holds only that section's fields (a
     * field left out becomes empty). Fields of other sections, or unknown ones, are refused by name.
     */
    static AgreementDocument replace(JsonMapper json, AgreementDocument document, AgreementSection section, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw InvalidRequestException.of("", "object", "Send the section as a JSON object");
        }
        List<Violation> unknown = new ArrayList<>();
        for (String name : body.propertyNames()) {
            if (!section.fields().contains(name)) {
                unknown.add(new Violation(name, "unknown-field", "'" + name + "' is not a field of the " + section.title().toLowerCase()
                        + " section (its fields: " + String.join(", ", section.fields()) + ")"));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException(400, unknown) { };
        }
        ObjectNode tree = json.valueToTree(document);
        section.fields().forEach(tree::remove);
        body.properties().forEach(entry -> tree.set(entry.getKey(), entry.getValue()));
        try {
            return json.treeToValue(tree, AgreementDocument.class);
        } catch (JacksonException e) {
            throw new InvalidRequestException(List.of(AgreementCodec.violation(e, "")));
        }
    }
}
