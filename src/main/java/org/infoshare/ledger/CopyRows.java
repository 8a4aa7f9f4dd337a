package org.infoshare.ledger;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Arrays;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

/**
 * Rows of {@code COPY (query) TO STDOUT (FORMAT binary)}, read straight from PostgreSQL's binary copy stream:
 * the server sends without waiting for fetch round trips, and fields are read in place, without an object
 * per field. Each field is valid until {@link #next()}.
 *
 * <p>Format: an 11-byte signature, flags and header-extension length; then per row a 16-bit field count
 * (-1 ends the data) and per field a 32-bit length (-1 for null) and its bytes, big-endian throughout.
 */
final class CopyRows implements AutoCloseable {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0};
    /** PostgreSQL counts timestamps in microseconds from 2000-01-01 UTC. */
    private static final long POSTGRES_EPOCH_MICROS = 946_684_800_000_000L;

    private final CopyOut copy;
    private final int[] offsets;
    private final int[] lengths;
    private byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    /** Where the row being read began: a message may replace the buffer only before any of the row is read. */
    private int rowStart;
    private boolean ended;

    private CopyRows(CopyOut copy, int fields) {
        this.copy = copy;
        this.offsets = new int[fields];
        this.lengths = new int[fields];
    }

    /** Starts the copy of {@code query}, whose rows must have {@code fields} columns. */
    static CopyRows open(PGConnection connection, String query, int fields) throws SQLException {
        CopyRows rows = new CopyRows(connection.getCopyAPI().copyOut("COPY (" + query + ") TO STDOUT (FORMAT binary)"), fields);
        rows.readHeader();
        return rows;
    }

    private void readHeader() throws SQLException {
        require(SIGNATURE.length + 8);
        if (!Arrays.equals(buffer, position, position + SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            throw new IllegalStateException("Not a PostgreSQL binary copy stream");
        }
        position += SIGNATURE.length + 4;
        int extension = readInt();
        require(extension);
        position += extension;
    }

    /** Moves to the next row; false at the end of the data. */
    boolean next() throws SQLException {
        if (ended) {
            return false;
        }
        compact();
        rowStart = position;
        require(2);
        short count = (short) (((buffer[position] & 0xff) << 8) | (buffer[position + 1] & 0xff));
        position += 2;
        if (count == -1) {
            skipRest();
            return false;
        }
        if (count != offsets.length) {
            throw new IllegalStateException("Expected " + offsets.length + " fields but the row has " + count);
        }
        for (int field = 0; field < count; field++) {
            require(4);
            int length = readInt();
            lengths[field] = length;
            offsets[field] = position;
            if (length > 0) {
                require(length);
                position += length;
            }
        }
        return true;
    }

    boolean isNull(int field) {
        return lengths[field] < 0;
    }

    long int8(int field) {
        return readLong(offsets[field]);
    }

    /** A timestamptz as microseconds since 1970-01-01 UTC. */
    long timestampMicros(int field) {
        return readLong(offsets[field]) + POSTGRES_EPOCH_MICROS;
    }

    /** A uuid's high or low 64 bits. */
    long uuidHigh(int field) {
        return readLong(offsets[field]);
    }

    long uuidLow(int field) {
        return readLong(offsets[field] + 8);
    }

    /** Copies a bytea of the expected length into {@code into}; false when its length differs. */
    boolean bytes(int field, byte[] into) {
        if (lengths[field] != into.length) {
            return false;
        }
        System.arraycopy(buffer, offsets[field], into, 0, into.length);
        return true;
    }

    /** The raw bytes backing the row, for reading a field in place with {@link #offset} and {@link #length}. */
    byte[] buffer() {
        return buffer;
    }

    int offset(int field) {
        return offsets[field];
    }

    int length(int field) {
        return lengths[field];
    }

    String text(int field) {
        return isNull(field) ? null : new String(buffer, offsets[field], lengths[field], StandardCharsets.UTF_8);
    }

    /**
     * Reads and discards whatever the server still sends, up to the end of the copy, which leaves the
     * connection ready for the next statement.
     */
    void skipRest() throws SQLException {
        if (!ended) {
            while (copy.readFromCopy() != null) {
                // discarded
            }
            ended = true;
        }
    }

    @Override
    public void close() throws SQLException {
        skipRest();
    }

    private int readInt() {
        int value = ((buffer[position] & 0xff) << 24) | ((buffer[position + 1] & 0xff) << 16)
                | ((buffer[position + 2] & 0xff) << 8) | (buffer[position + 3] & 0xff);
        position += 4;
        return value;
    }

    private long readLong(int at) {
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value = (value << 8) | (buffer[at + i] & 0xff);
        }
        return value;
    }

    /** Keeps the unread bytes at the start of the buffer, so a row's fields never move while it is read. */
    private void compact() {
        if (position == limit) {
            position = 0;
            limit = 0;
        } else if (position > buffer.length / 2) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
    }

    /**
     * Makes sure {@code count} bytes from the current position are in the buffer, appending server messages.
     * PostgreSQL sends a row per message, so a message arriving when everything before it was read is used as
     * it is, without copying.
     */
    private void require(int count) throws SQLException {
        while (limit - position < count) {
            byte[] message = copy.readFromCopy();
            if (message == null) {
                throw new IllegalStateException("The copy stream ended in the middle of a row");
            }
            if (position == limit && position == rowStart && message.length >= count) {
                buffer = message;
                position = 0;
                rowStart = 0;
                limit = message.length;
                return;
            }
            if (limit + message.length > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, limit + message.length));
            }
            System.arraycopy(message, 0, buffer, limit, message.length);
            limit += message.length;
        }
    }
}
