package org.infoshare.decision;

import org.infoshare.ledger.Ledger;
import org.infoshare.ledger.LedgerEvent;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.infoshare.crypto.KeyScope;
import org.infoshare.crypto.PersonalDataCipher;
import org.infoshare.shared.Actor;
import org.infoshare.subject.SubjectCommands;
import org.infoshare.subject.Subjects;
import org.infoshare.support.DemoPartnership;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fixed examples of recorded decisions under {@code src/test/resources/decision-records/v<schema>}: each a
 * row as it was stored (its clear columns and its sealed documents, opened), the person it is about, whose each
 * id was, and the page it rendered ({@code .page.txt}). {@link #install} puts an example into this database as a
 * row of its own schema, its ids mapped onto the demo partnership, so that the application reads it as it would
 * a row written years ago.
 */
final class RecordFixtures {

    static final Path ROOT = Path.of("src/test/resources/decision-records");
    private static final Pattern UUID_PATTERN = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    record Fixture(String name, int schema, JsonNode json, String page) {
    }

    /** An installed example: its new id and its person's reference, to read the page back. */
    record Installed(UUID id, String reference) {
    }

    private final JsonMapper json;
    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final Subjects subjects;
    private final DemoPartnership demo;
    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, String> references = new HashMap<>();

    private final Ledger ledger;
    private final TransactionTemplate transaction;

    RecordFixtures(JsonMapper json, JdbcClient jdbc, PersonalDataCipher cipher, Subjects subjects, DemoPartnership demo, Ledger ledger,
                   PlatformTransactionManager transactions) {
        this.ledger = ledger;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.subjects = subjects;
        this.demo = demo;
    }

    static List<Fixture> all(JsonMapper json, int schema) {
        Path dir = ROOT.resolve("v" + schema);
        try (Stream<Path> files = Files.list(dir)) {
            List<Fixture> fixtures = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".api.json")).sorted().toList()) {
                String name = file.getFileName().toString().replace(".json", "");
                fixtures.add(new Fixture(name, schema, json.readTree(Files.readString(file)), Files.readString(dir.resolve(name + ".page.txt"))));
            }
            // A reconsideration refers to the decision it reconsiders, which must be there first.
            fixtures.sort((a, b) -> Boolean.compare(a.json().path("columns").path("reconsiders_id").isString(), b.json().path("columns").path("reconsiders_id").isString()));
            return fixtures;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Installed install(Fixture fixture) {
        String text = json.writeValueAsString(fixture.json());
        Iterator<Map.Entry<String, JsonNode>> roles = fixture.json().path("ids").properties().iterator();
        while (roles.hasNext()) {
            Map.Entry<String, JsonNode> role = roles.next();
            ids.computeIfAbsent(role.getKey(), old -> map(role.getValue().asString(), fixture));
        }
        Matcher m = UUID_PATTERN.matcher(text);
        StringBuilder mapped = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(mapped, ids.computeIfAbsent(m.group(), old -> UUID.randomUUID().toString()));
        }
        m.appendTail(mapped);
        JsonNode row = json.readTree(mapped.toString());
        JsonNode columns = row.path("columns");
        UUID id = UUID.fromString(columns.path("id").asString());
        UUID subject = UUID.fromString(columns.path("subject_id").asString());
        Map<String, Object> values = new HashMap<>();
        for (Map.Entry<String, JsonNode> column : columns.properties()) {
            values.put(column.getKey(), value(column.getKey(), column.getValue()));
        }
        values.put("consent_id", null);
        values.put("schema_version", fixture.schema());
        for (Map.Entry<String, JsonNode> sealed : row.path("sealed").properties()) {
            values.put(sealed.getKey(), cipher.encryptText(KeyScope.subject(subject), sealed.getValue().asString(), "sharing_decision." + sealed.getKey() + ":" + id));
        }
        List<String> names = new ArrayList<>(values.keySet());
        JdbcClient.StatementSpec insert = jdbc.sql("insert into sharing_decision (" + String.join(", ", names) + ") values ("
                + String.join(", ", names.stream().map(n -> ":" + n).toList()) + ")");
        for (String name : names) {
            insert = insert.param(name, values.get(name));
        }
        JdbcClient.StatementSpec writing = insert;
        // As the application would have recorded it then: the row and its ledger entry in one transaction.
        transaction.executeWithoutResult(status -> {
            writing.update();
            ledger.record(LedgerEvent.of("decision.recorded", "decision", id).organisation(UUID.fromString(columns.path("organisation_id").asString()))
                    .detail("fixture", fixture.name()).build());
        });
        return new Installed(id, references.get(subject.toString()));
    }

    private String map(String role, Fixture fixture) {
        if (role.startsWith("organisation:")) {
            return demo.organisation(role.substring("organisation:".length())).id().toString();
        }
        if (role.startsWith("user:")) {
            return demo.userId(role.substring("user:".length())).toString();
        }
        if (role.startsWith("team:")) {
            return jdbc.sql("select id::text from team where name = :name").param("name", role.substring("team:".length())).query(String.class).single();
        }
        if (role.equals("subject")) {
            Actor practitioner = demo.actor(DemoPartnership.COUNCIL_PRACTITIONER);
            String reference = "FX-" + UUID.randomUUID().toString().substring(0, 8);
            JsonNode person = fixture.json().path("subject");
            String created = subjects.record(practitioner, new SubjectCommands.RecordSubject(reference, person.path("name").asString(),
                    LocalDate.parse(person.path("dateOfBirth").asString()))).id().toString();
            references.put(created, reference);
            return created;
        }
        return UUID.randomUUID().toString();
    }

    private static Object value(String column, JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            List<UUID> uuids = new ArrayList<>();
            node.forEach(n -> uuids.add(UUID.fromString(n.asString())));
            return uuids.toArray(UUID[]::new);
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isNumber()) {
            return node.asInt();
        }
        String text = node.asString();
        if (column.endsWith("_at")) {
            return OffsetDateTime.ofInstant(Instant.parse(text), ZoneOffset.UTC);
        }
        return UUID_PATTERN.matcher(text).matches() ? UUID.fromString(text) : text;
    }

    /** The summary the example's result gives, read straight from its documents. */
    static String summaryOf(JsonMapper json, Fixture fixture) {
        JsonNode sealed = fixture.json().path("sealed");
        return fixture.schema() == 1 ? json.readTree(sealed.path("result_enc").asString()).path("summary").asString()
                : json.readTree(sealed.path("record_enc").asString()).path("result").path("summary").asString();
    }

    /** The page's main content as text, with the person's reference and the decision's id in placeholders. */
    static String mainText(String html, Installed installed) {
        Matcher m = Pattern.compile("(?s)<main.*?</main>").matcher(html);
        String main = m.find() ? m.group() : html;
        // Sending is offered beside a recorded share, not written in it: the record reads the same with or without it.
        main = main.replaceAll("(?s)<p class=\"govuk-body app-no-print\">\\s*<a class=\"govuk-button\"[^>]*href=\"/disclosures/new[^>]*>.*?</p>", " ");
        main = main.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<[^>]+>", " ")
                .replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
        return (main.replaceAll("\\s+", " ").strip() + "\n").replace(installed.reference(), "{reference}").replace(installed.id().toString(), "{id}");
    }
}
