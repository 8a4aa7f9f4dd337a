package org.infoshare.linkage.extract;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of a CSV file (RFC 4180: commas, double-quoted values with doubled quotes, CRLF or LF line ends), read
 * one at a time so that a county's extract never has to be held whole. Values are returned as written; an empty
 * value is an empty string.
 */
public final class CsvRows {

    private final Reader in;
    private long row;
    private int pending = -2;

    public CsvRows(Reader in) {
        this.in = in;
    }

    /** The number of the row last returned, counting the header as row 1. */
    public long row() {
        return row;
    }

    /** The next row's values, or null at the end of the file. Blank lines are skipped. */
    public String[] next() {
        try {
            List<String> values = new ArrayList<>();
            StringBuilder value = new StringBuilder();
            boolean quoted = false;
            boolean any = false;
            int c;
            while ((c = read()) != -1) {
                any = true;
                if (quoted) {
                    if (c == '"') {
                        int following = read();
                        if (following == '"') {
                            value.append('"');
                        } else {
                            quoted = false;
                            unread(following);
                        }
                    } else {
                        value.append((char) c);
                    }
                } else if (c == '"' && value.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    values.add(value.toString());
                    value.setLength(0);
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r') {
                        int following = read();
                        if (following != '\n') {
                            unread(following);
                        }
                    }
                    if (values.isEmpty() && value.isEmpty()) {
                        row++;
                        any = false;
                        continue;
                    }
                    break;
                } else {
                    value.append((char) c);
                }
            }
            if (!any && values.isEmpty() && value.isEmpty()) {
                return null;
            }
            values.add(value.toString());
            row++;
            return values.toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int read() throws IOException {
        if (pending != -2) {
            int c = pending;
            pending = -2;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        pending = c;
    }

    /** One row written as CSV, quoting only values that need it, ended by CRLF. */
    public static String line(String... values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            String value = values[i] == null ? "" : values[i];
            if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                line.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                line.append(value);
            }
        }
        return line.append("\r\n").toString();
    }
}
