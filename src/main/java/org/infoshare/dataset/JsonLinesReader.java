package org.infoshare.dataset;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JSON lines (one JSON object per line) a line at a time from a stream. A line longer than the limit is
 * refused rather than buffered; blank lines are skipped.
 */
final class JsonLinesReader {

    private final Reader in;
    private final JsonMapper json;
    private final int maxLineChars;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int limit;
    private boolean eof;
    private long row;

    JsonLinesReader(Reader in, JsonMapper json, int maxLineChars) {
        this.in = in;
        this.json = json;
        this.maxLineChars = maxLineChars;
    }

    long rowNumber() {
        return row;
    }

    /** The next line's object, or null at the end of the file. */
    JsonNode next() throws IOException {
        while (true) {
            String text = nextLine();
            if (text == null) {
                return null;
            }
            if (text.isBlank()) {
                continue;
            }
            row++;
            JsonNode node;
            try {
                node = json.readTree(text);
            } catch (JacksonException e) {
                throw new DatasetFormatException(row, "Row " + row + " is not a JSON object");
            }
            if (node == null || !node.isObject()) {
                throw new DatasetFormatException(row, "Row " + row + " is not a JSON object");
            }
            return node;
        }
    }

    private String nextLine() throws IOException {
        line.setLength(0);
        boolean any = false;
        while (true) {
            if (position >= limit && !fill()) {
                return any ? line.toString() : null;
            }
            any = true;
            int start = position;
            while (position < limit) {
                char c = buffer[position];
                if (c == '\n') {
                    append(start, position);
                    position++;
                    return stripCr();
                }
                position++;
            }
            append(start, position);
        }
    }

    private void append(int start, int end) {
        line.append(buffer, start, end - start);
        if (line.length() > maxLineChars) {
            throw new DatasetFormatException(row + 1, "Row " + (row + 1) + " is longer than " + maxLineChars + " characters");
        }
    }

    private String stripCr() {
        int length = line.length();
        if (length > 0 && line.charAt(length - 1) == '\r') {
            line.setLength(length - 1);
        }
        if (line.length() > 0 && line.charAt(0) == '\uFEFF' && row == 0) {
            line.deleteCharAt(0);
        }
        return line.toString();
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int read;
        try {
            read = in.read(buffer, 0, buffer.length);
        } catch (CharacterCodingException e) {
            throw new DatasetFormatException(row + 1, "The file is not UTF-8 text (near row " + (row + 1) + ")");
        }
        if (read <= 0) {
            eof = true;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
