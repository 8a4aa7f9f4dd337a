package org.infoshare.dataset;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The plaintext layout of a block of rows, before it is sealed: a version byte, the number of columns and of
 * rows, then each value as a varint of (length + 1) and its UTF-8 bytes, with 0 for no value.
 */
final class BlockCodec {

    private static final int VERSION = 1;

    private BlockCodec() {
    }

    static byte[] encode(String[][] rows, int count, int width) {
        int estimate = 16;
        for (int r = 0; r < count; r++) {
            for (String value : rows[r]) {
                estimate += value == null ? 1 : 5 + value.length() * 3;
            }
        }
        Output out = new Output(estimate);
        out.write(VERSION);
        out.varint(width);
        out.varint(count);
        for (int r = 0; r < count; r++) {
            String[] row = rows[r];
            for (int c = 0; c < width; c++) {
                out.value(row[c]);
            }
        }
        return out.toByteArray();
    }

    static void decode(byte[] block, Consumer<String[]> rows) {
        Input in = new Input(block);
        int version = in.read();
        if (version != VERSION) {
            throw new IllegalStateException("Unknown dataset block version " + version);
        }
        int width = in.varint();
        int count = in.varint();
        for (int r = 0; r < count; r++) {
            String[] row = new String[width];
            for (int c = 0; c < width; c++) {
                int length = in.varint();
                row[c] = length == 0 ? null : in.utf8(length - 1);
            }
            rows.accept(row);
        }
    }

    private static final class Output {
        private byte[] bytes;
        private int size;

        Output(int capacity) {
            bytes = new byte[capacity];
        }

        void write(int b) {
            ensure(1);
            bytes[size++] = (byte) b;
        }

        void varint(int value) {
            ensure(5);
            while ((value & ~0x7F) != 0) {
                bytes[size++] = (byte) ((value & 0x7F) | 0x80);
                value >>>= 7;
            }
            bytes[size++] = (byte) value;
        }

        void value(String value) {
            if (value == null) {
                write(0);
                return;
            }
            int length = value.length();
            boolean ascii = true;
            for (int i = 0; i < length; i++) {
                if (value.charAt(i) >= 0x80) {
                    ascii = false;
                    break;
                }
            }
            if (ascii) {
                varint(length + 1);
                ensure(length);
                for (int i = 0; i < length; i++) {
                    bytes[size++] = (byte) value.charAt(i);
                }
            } else {
                byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
                varint(utf8.length + 1);
                ensure(utf8.length);
                System.arraycopy(utf8, 0, bytes, size, utf8.length);
                size += utf8.length;
            }
        }

        private void ensure(int more) {
            if (size + more > bytes.length) {
                byte[] grown = new byte[Math.max(bytes.length * 2, size + more)];
                System.arraycopy(bytes, 0, grown, 0, size);
                bytes = grown;
            }
        }

        byte[] toByteArray() {
            return size == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, size);
        }
    }

    private static final class Input {
        private final byte[] bytes;
        private int position;

        Input(byte[] bytes) {
            this.bytes = bytes;
        }

        int read() {
            return bytes[position++] & 0xFF;
        }

        int varint() {
            int value = 0;
            int shift = 0;
            while (true) {
                int b = read();
                value |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return value;
                }
                shift += 7;
            }
        }

        String utf8(int length) {
            String value = new String(bytes, position, length, StandardCharsets.UTF_8);
            position += length;
            return value;
        }
    }

}
