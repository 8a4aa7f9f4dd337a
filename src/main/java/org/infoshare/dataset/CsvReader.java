package org.infoshare.dataset;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV a record at a time from a stream: commas, double quotes with doubled quotes inside,
 * CR LF or LF line ends, line breaks inside quotes. Holds one buffer and one record, never the file; a record
 * longer than the limit is refused rather than buffered. Blank lines are skipped; a leading byte-order mark
 * is ignored.
 */
final class CsvReader {

    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private final int maxRecordChars;
    private final List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private int position;
    private int limit;
    private boolean eof;
    private long record;
    private int recordChars;
    private boolean started;

    CsvReader(Reader in, int maxRecordChars) {
        this.in = in;
        this.maxRecordChars = maxRecordChars;
    }

    /** The number of the last record returned: 1 for the header. */
    long recordNumber() {
        return record;
    }

    /** The next record's fields, or null at the end of the file. */
    String[] next() throws IOException {
        while (true) {
            if (!fill()) {
                return null;
            }
            if (!started) {
                started = true;
                if (buffer[position] == '\uFEFF') {
                    position++;
                    continue;
                }
            }
            char c = buffer[position];
            if (c == '\n') {
                position++;
                continue;
            }
            if (c == '\r') {
                position++;
                continue;
            }
            break;
        }
        record++;
        recordChars = 0;
        fields.clear();
        while (true) {
            boolean endOfRecord = readField();
            if (endOfRecord) {
                return fields.toArray(new String[0]);
            }
        }
    }

    /** Reads one field and the delimiter after it; returns true when that delimiter ended the record. */
    private boolean readField() throws IOException {
        if (!fill()) {
            fields.add("");
            return true;
        }
        if (buffer[position] == '"') {
            position++;
            return readQuoted();
        }
        // Fast path: the whole field lies in the buffer.
        int start = position;
        field.setLength(0);
        while (true) {
            while (position < limit) {
                char c = buffer[position];
                if (c == ',' || c == '\n' || c == '\r') {
                    String value = field.length() == 0 ? new String(buffer, start, position - start)
                            : field.append(buffer, start, position - start).toString();
                    count(position - start);
                    fields.add(value);
                    return delimiter();
                }
                position++;
            }
            field.append(buffer, start, position - start);
            count(position - start);
            if (!fill()) {
                fields.add(field.toString());
                return true;
            }
            start = position;
        }
    }

    private boolean readQuoted() throws IOException {
        field.setLength(0);
        while (true) {
            if (!fill()) {
                throw new DatasetFormatException(dataRow(), where() + " has a quoted value that is never closed");
            }
            int start = position;
            while (position < limit && buffer[position] != '"') {
                position++;
            }
            field.append(buffer, start, position - start);
            count(position - start);
            if (position == limit) {
                continue;
            }
            position++; // the quote
            if (!fill()) {
                fields.add(field.toString());
                return true;
            }
            char next = buffer[position];
            if (next == '"') {
                field.append('"');
                position++;
                continue;
            }
            if (next == ',' || next == '\n' || next == '\r') {
                fields.add(field.toString());
                return delimiter();
            }
            throw new DatasetFormatException(dataRow(), where() + " has characters after a closing quote");
        }
    }

    /** Consumes the delimiter at the current position; true when it ends the record. */
    private boolean delimiter() throws IOException {
        char c = buffer[position++];
        if (c == ',') {
            if (!fill()) {
                fields.add("");
                return true;
            }
            return false;
        }
        if (c == '\r' && fill() && buffer[position] == '\n') {
            position++;
        }
        return true;
    }

    private void count(int chars) {
        recordChars += chars;
        if (recordChars > maxRecordChars) {
            throw new DatasetFormatException(dataRow(), where() + " is longer than " + maxRecordChars + " characters");
        }
    }

    private String where() {
        return record <= 1 ? "The header row" : "Row " + dataRow();
    }

    private long dataRow() {
        return record - 1;
    }

    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        if (eof) {
            return false;
        }
        int read;
        try {
            read = in.read(buffer, 0, buffer.length);
        } catch (CharacterCodingException e) {
            throw new DatasetFormatException(dataRow(), "The file is not UTF-8 text (near row " + Math.max(1, dataRow()) + ")");
        }
        if (read <= 0) {
            eof = true;
            position = limit = 0;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
