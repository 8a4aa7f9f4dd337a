package org.infoshare.dataset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a multipart/form-data body part by part as it arrives, so that a file field can be handed on as a
 * stream: nothing is written to disk or held whole in memory (the servlet container's own multipart support
 * would spool the file, in clear, to a temporary file). Fields must come before the file, as they do when
 * the file input is the form's last field.
 */
final class MultipartStream {

    private static final Pattern BOUNDARY = Pattern.compile("boundary=(\"?)([^\";]{1,70})\\1", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("[; ]name=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILENAME = Pattern.compile("[; ]filename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final int MAX_HEADER_BYTES = 8 * 1024;
    static final int MAX_FIELD_BYTES = 4 * 1024;

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private boolean eof;
    private boolean finished;
    private Part current;

    /** One part: its field name, the file name if it is a file, and its content as a stream. */
    final class Part {
        final String name;
        final String filename;
        final String contentType;
        private boolean ended;

        private Part(String name, String filename, String contentType) {
            this.name = name;
            this.filename = filename;
            this.contentType = contentType;
        }

        boolean isFile() {
            return filename != null;
        }

        InputStream content() {
            return new InputStream() {
                @Override
                public int read() throws IOException {
                    byte[] one = new byte[1];
                    int n = read(one, 0, 1);
                    return n <= 0 ? -1 : one[0] & 0xFF;
                }

                @Override
                public int read(byte[] target, int offset, int length) throws IOException {
                    return readPart(Part.this, target, offset, length);
                }
            };
        }

        /** A text field's value (UTF-8), refused beyond a small limit: fields are choices, not content. */
        String text() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] chunk = new byte[1024];
            int n;
            InputStream content = content();
            while ((n = content.read(chunk, 0, chunk.length)) > 0) {
                out.write(chunk, 0, n);
                if (out.size() > MAX_FIELD_BYTES) {
                    throw new IOException("A form field is too long");
                }
            }
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private MultipartStream(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        // The first delimiter has no line break before it: supply one, so that every delimiter looks alike.
        buffer[0] = '\r';
        buffer[1] = '\n';
        limit = 2;
    }

    static Optional<MultipartStream> of(String contentType, InputStream in) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return Optional.empty();
        }
        Matcher boundary = BOUNDARY.matcher(contentType);
        return boundary.find() ? Optional.of(new MultipartStream(in, boundary.group(2))) : Optional.empty();
    }

    /** The next part, or empty when the body ends; the previous part's unread content is skipped. */
    Optional<Part> next() throws IOException {
        if (finished) {
            return Optional.empty();
        }
        if (current != null && !current.ended) {
            InputStream rest = current.content();
            byte[] skip = new byte[8192];
            while (rest.read(skip, 0, skip.length) > 0) {
                // discard
            }
        } else if (current == null) {
            skipToFirstDelimiter();
        }
        // After a delimiter: "--" ends the body, CRLF starts a part.
        ensure(2);
        if (available() >= 2 && buffer[position] == '-' && buffer[position + 1] == '-') {
            finished = true;
            return Optional.empty();
        }
        Map<String, String> headers = headers();
        String disposition = headers.getOrDefault("content-disposition", "");
        Matcher name = NAME.matcher(";" + disposition);
        Matcher filename = FILENAME.matcher(";" + disposition);
        current = new Part(name.find() ? name.group(1) : "", filename.find() ? filename.group(1) : null,
                headers.get("content-type"));
        return Optional.of(current);
    }

    private void skipToFirstDelimiter() throws IOException {
        Part preamble = new Part("", null, null);
        InputStream content = preamble.content();
        byte[] skip = new byte[8192];
        while (content.read(skip, 0, skip.length) > 0) {
            // the preamble, if any, is ignored
        }
    }

    private Map<String, String> headers() throws IOException {
        // Skip the line break after the delimiter (or padding up to it).
        readLine();
        Map<String, String> headers = new LinkedHashMap<>();
        int total = 0;
        while (true) {
            String line = readLine();
            if (line == null) {
                throw new IOException("The form data ended inside a part's headers");
            }
            total += line.length();
            if (total > MAX_HEADER_BYTES) {
                throw new IOException("A part's headers are too long");
            }
            if (line.isEmpty()) {
                return headers;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            if (!ensure(1)) {
                return line.isEmpty() ? null : line.toString();
            }
            byte b = buffer[position++];
            if (b == '\n') {
                int length = line.length();
                if (length > 0 && line.charAt(length - 1) == '\r') {
                    line.setLength(length - 1);
                }
                return line.toString();
            }
            line.append((char) (b & 0xFF));
            if (line.length() > MAX_HEADER_BYTES) {
                throw new IOException("A part's header line is too long");
            }
        }
    }

    private int readPart(Part part, byte[] target, int offset, int length) throws IOException {
        if (part.ended) {
            return -1;
        }
        if (length == 0) {
            return 0;
        }
        ensure(delimiter.length);
        int found = indexOfDelimiter();
        if (found == position) {
            position += delimiter.length;
            part.ended = true;
            return -1;
        }
        int safe;
        if (found >= 0) {
            safe = found - position;
        } else if (eof) {
            if (available() == 0) {
                throw new IOException("The form data ended before its closing boundary");
            }
            safe = available();
        } else {
            safe = Math.max(1, available() - delimiter.length + 1);
            safe = Math.min(safe, available());
        }
        int n = Math.min(length, safe);
        System.arraycopy(buffer, position, target, offset, n);
        position += n;
        return n;
    }

    private int indexOfDelimiter() {
        byte first = delimiter[0];
        int last = limit - delimiter.length;
        outer:
        for (int i = position; i <= last; i++) {
            if (buffer[i] != first) {
                continue;
            }
            for (int j = 1; j < delimiter.length; j++) {
                if (buffer[i + j] != delimiter[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private int available() {
        return limit - position;
    }

    /** Tries to have at least {@code wanted} unread bytes in the buffer; false if the body ends first. */
    private boolean ensure(int wanted) throws IOException {
        while (available() < wanted && !eof) {
            if (position > 0) {
                System.arraycopy(buffer, position, buffer, 0, available());
                limit -= position;
                position = 0;
            }
            int n = in.read(buffer, limit, buffer.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        }
        return available() >= wanted;
    }
}
