package org.infoshare.linkage.extract;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.infoshare.linkage.rules.encoding.EncodedText;
import org.infoshare.linkage.rules.encoding.EncodingSchema;
import org.infoshare.linkage.rules.encoding.IdentityEncoder;
import org.infoshare.linkage.rules.encoding.LinkageSecret;
import org.infoshare.linkage.rules.encoding.Nicknames;
import org.infoshare.linkage.rules.encoding.PersonIdentity;
import org.infoshare.linkage.rules.outcomes.AgeGroup;

/**
 * The sender's side of linkage (ADR 0070), run where the clear records are: {@code linkage-secret} makes a new
 * partnership secret; {@code encode-for-linkage} turns a partner's clear extract into the extract it uploads,
 * each person's identifying columns replaced by one keyed encoding, so that no name, date of birth or address
 * leaves the sender. Plain Java: runs from the product's jar without starting the application.
 */
@org.springframework.modulith.NamedInterface("commands")
public final class EncodeForLinkage {

    public static final String SECRET_COMMAND = "linkage-secret";
    public static final String ENCODE_COMMAND = "encode-for-linkage";

    /** Exit statuses: done, refused (problems listed), or not understood. */
    public static final int DONE = 0;
    public static final int REFUSED = 1;
    public static final int USAGE = 2;

    static final int LISTED_PROBLEMS = 20;
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    /** The clear columns an extract may carry, and where each goes. */
    enum ClearColumn {
        RECORD_REF("record-ref"), GIVEN_NAME("given-name"), FAMILY_NAME("family-name"), DATE_OF_BIRTH("date-of-birth"), SEX("sex"),
        ADDRESS("address"), POSTCODE("postcode"), UPRN("uprn"), NHS_NUMBER("nhs-number"), HOUSEHOLD_REF("household-ref"),
        PARENT_REF("parent-ref"), AGE_GROUP("age-group"), EVENT("event"), EVENT_DATE("event-date"), EVENT_VALUE("event-value");

        final String header;

        ClearColumn(String header) {
            this.header = header;
        }

        static ClearColumn of(String header) {
            String key = header.strip().toLowerCase(Locale.ROOT);
            for (ClearColumn column : values()) {
                if (column.header.equals(key)) {
                    return column;
                }
            }
            return null;
        }
    }

    private EncodeForLinkage() {
    }

    public static boolean handles(String command) {
        return SECRET_COMMAND.equals(command) || ENCODE_COMMAND.equals(command);
    }

    /** Runs a command (its name first) and returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && SECRET_COMMAND.equals(args[0])) {
            LinkageSecret secret = LinkageSecret.generate(new SecureRandom());
            out.println(secret.toText());
            err.println("New linkage secret, fingerprint " + secret.fingerprint() + ". Keep it off the hub; give it to each sender securely.");
            return DONE;
        }
        Map<String, String> options = options(args);
        if (options == null || !options.containsKey("--secret") || !options.containsKey("--in") || !options.containsKey("--out")) {
            err.println("Usage: java -jar infoshare.jar encode-for-linkage --secret <secret file> --in <clear.csv> --out <encoded.csv>"
                    + " [--as-of YYYY-MM-DD]");
            return USAGE;
        }
        try {
            LinkageSecret secret = LinkageSecret.fromText(Files.readString(Path.of(options.get("--secret"))));
            LocalDate asOf = options.containsKey("--as-of") ? LocalDate.parse(options.get("--as-of")) : LocalDate.now();
            Path target = Path.of(options.get("--out"));
            List<String> problems;
            try (Reader in = Files.newBufferedReader(Path.of(options.get("--in")), StandardCharsets.UTF_8);
                 Writer output = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                problems = encode(secret, asOf, new BufferedReader(in), new BufferedWriter(output), err);
            }
            if (!problems.isEmpty()) {
                Files.deleteIfExists(target);
                err.println("Nothing was written. Problems (row, column, what is wrong):");
                problems.forEach(err::println);
                return REFUSED;
            }
            err.println("Encoded under the linkage secret " + secret.fingerprint() + " into " + target);
            return DONE;
        } catch (IOException | UncheckedIOException e) {
            err.println("Could not read or write a file: " + e.getMessage());
            return REFUSED;
        } catch (IllegalArgumentException | DateTimeParseException e) {
            err.println(e.getMessage());
            return USAGE;
        }
    }

    /**
     * Encodes a clear extract to {@code out}; returns the problems found (no value is ever named in them), the
     * first {@link #LISTED_PROBLEMS} of them, or none. Columns it does not know are not carried, and said so.
     */
    public static List<String> encode(LinkageSecret secret, LocalDate asOf, Reader in, Writer out, PrintStream err) throws IOException {
        CsvRows rows = new CsvRows(in);
        String[] header = rows.next();
        List<String> problems = new ArrayList<>();
        if (header == null) {
            problems.add("1, -, the file is empty");
            return problems;
        }
        Map<ClearColumn, Integer> at = new LinkedHashMap<>();
        List<String> dropped = new ArrayList<>();
        for (int i = 0; i < header.length; i++) {
            ClearColumn column = ClearColumn.of(header[i]);
            if (column == null) {
                dropped.add(header[i].strip());
            } else {
                at.putIfAbsent(column, i);
            }
        }
        if (!at.containsKey(ClearColumn.RECORD_REF)) {
            problems.add("1, record-ref, the file has no record-ref column");
            return problems;
        }
        if (!dropped.isEmpty()) {
            err.println("Not carried (not a linkage column): " + String.join(", ", dropped));
        }
        IdentityEncoder encoder = new IdentityEncoder(secret, EncodingSchema.V1, Nicknames.standard());
        out.write(CsvRows.line(java.util.Arrays.stream(ExtractColumn.values()).map(ExtractColumn::header).toArray(String[]::new)));
        String[] values;
        long problemCount = 0;
        while ((values = rows.next()) != null) {
            long row = rows.row();
            String ref = value(values, at, ClearColumn.RECORD_REF);
            LocalDate born = null;
            String bornText = value(values, at, ClearColumn.DATE_OF_BIRTH);
            if (bornText != null) {
                born = date(bornText);
                if (born == null || born.isAfter(asOf)) {
                    problemCount++;
                    if (problems.size() < LISTED_PROBLEMS) {
                        problems.add(row + ", date-of-birth, write the date as YYYY-MM-DD or DD/MM/YYYY, not in the future");
                    }
                    continue;
                }
            }
            if (ref == null) {
                problemCount++;
                if (problems.size() < LISTED_PROBLEMS) {
                    problems.add(row + ", record-ref, every row needs the record's reference");
                }
                continue;
            }
            PersonIdentity person = new PersonIdentity(value(values, at, ClearColumn.GIVEN_NAME), value(values, at, ClearColumn.FAMILY_NAME),
                    born, value(values, at, ClearColumn.SEX), value(values, at, ClearColumn.ADDRESS), value(values, at, ClearColumn.POSTCODE),
                    value(values, at, ClearColumn.UPRN), value(values, at, ClearColumn.NHS_NUMBER));
            String age = value(values, at, ClearColumn.AGE_GROUP);
            if (age == null && born != null) {
                age = ageGroup(born, asOf).name();
            }
            if (problems.isEmpty()) {
                out.write(CsvRows.line(ref, EncodedText.write(encoder.encode(person)), value(values, at, ClearColumn.HOUSEHOLD_REF),
                        value(values, at, ClearColumn.PARENT_REF), age, value(values, at, ClearColumn.EVENT),
                        value(values, at, ClearColumn.EVENT_DATE), value(values, at, ClearColumn.EVENT_VALUE)));
            }
        }
        if (problemCount > problems.size()) {
            problems.add("and " + (problemCount - problems.size()) + " more");
        }
        out.flush();
        return problems;
    }

    public static AgeGroup ageGroup(LocalDate born, LocalDate asOf) {
        int age = born.until(asOf).getYears();
        return age < 5 ? AgeGroup.UNDER_FIVE : age < 18 ? AgeGroup.CHILD : AgeGroup.ADULT;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text, UK_DATE);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    private static String value(String[] values, Map<ClearColumn, Integer> at, ClearColumn column) {
        Integer index = at.get(column);
        if (index == null || index >= values.length) {
            return null;
        }
        String value = values[index].strip();
        return value.isEmpty() ? null : value;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                return null;
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }
}
