package org.infoshare.shared.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV (comma-separated, CR LF line ends, fields with commas, quotes or line breaks quoted, quotes
 * doubled) for every CSV the platform produces. A cell that a spreadsheet would run as a formula is neutralised as
 * the OWASP CSV injection guidance advises: a cell beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab,
 * a carriage return or a NUL (ASVS 5.0 1.2.10) is written with a leading apostrophe, inside double quotes. The apostrophe changes what a
 * spreadsheet shows, not what the platform holds: JSON answers carry the values as they are.
 * A null cell is written empty.
 */
public final class CsvWriter {

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** Writes one record. */
    public CsvWriter row(String... cells) {
        try {
            out.write(line(cells));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CsvWriter row(List<String> cells) {
        return row(cells.toArray(String[]::new));
    }

    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One record, with its CR LF line end. */
    public static String line(String... cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            appendCell(line, cells[i]);
        }
        return line.append("\r\n").toString();
    }

    /** Whether a spreadsheet could take the cell for a formula (or a command, in older ones). */
    public static boolean formulaLike(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\0' -> true;
            default -> false;
        };
    }

    private static void appendCell(StringBuilder line, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        boolean neutralise = formulaLike(value);
        if (neutralise || needsQuotes(value)) {
            line.append('"');
            if (neutralise) {
                line.append('\'');
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"') {
                    line.append('"');
                }
                line.append(c);
            }
            line.append('"');
        } else {
            line.append(value);
        }
    }

    private static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
