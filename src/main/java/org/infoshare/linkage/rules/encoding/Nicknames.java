package org.infoshare.linkage.rules.encoding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Given-name variants ("Bill" for William): each maps to its canonical form. The table ships with the product
 * ({@code linkage/nicknames.txt}) so that every sender encodes the same way; it is part of the encoding
 * schema, and changing it is a new schema version.
 */
public final class Nicknames implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String RESOURCE = "/linkage/nicknames.txt";

    private final HashMap<String, String> canonical;

    private Nicknames(HashMap<String, String> canonical) {
        this.canonical = canonical;
    }

    /** The product's table. */
    public static Nicknames standard() {
        try (InputStream in = Nicknames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The nickname table " + RESOURCE + " is missing");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Nicknames parse(BufferedReader reader) throws IOException {
        HashMap<String, String> canonical = new HashMap<>();
        String line;
        while ((line = reader.readLine()) != null) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] names = line.split("\\s+");
            for (int i = 1; i < names.length; i++) {
                canonical.putIfAbsent(names[i], names[0]);
            }
        }
        return new Nicknames(canonical);
    }

    /** The canonical form of a normalised given name (itself when it is not a listed variant). */
    public String canonical(String name) {
        return name == null ? null : canonical.getOrDefault(name, name);
    }

    /** How many variants the table knows. */
    public int size() {
        return canonical.size();
    }

    Map<String, String> asMap() {
        return Map.copyOf(canonical);
    }
}
