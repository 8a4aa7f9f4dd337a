package org.infoshare.dataset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MultipartStreamTest {

    static final String BOUNDARY = "----formboundary7MA4YWxkTrZu0gW";

    static String body(String file) {
        return "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"specificationId\"\r\n\r\n"
                + "abc\r\n"
                + "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"rows.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + file + "\r\n"
                + "--" + BOUNDARY + "--\r\n";
    }

    /** Reads in random small chunks, as a network would deliver it. */
    static InputStream trickle(byte[] bytes, Random random) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1 + random.nextInt(97)));
            }
        };
    }

    @Test
    void streamsFieldsThenTheFileWhateverTheChunking() throws IOException {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int round = 0; round < 200; round++) {
            StringBuilder file = new StringBuilder("a,b\r\n");
            for (int i = random.nextInt(500); i > 0; i--) {
                // values that look like parts of a boundary must pass through untouched
                file.append(random.nextBoolean() ? "\r\n--" + BOUNDARY.substring(0, random.nextInt(BOUNDARY.length())) : "x,é\r\n");
            }
            byte[] body = body(file.toString()).getBytes(StandardCharsets.UTF_8);
            MultipartStream stream = MultipartStream.of("multipart/form-data; boundary=" + BOUNDARY, trickle(body, random)).orElseThrow();
            MultipartStream.Part field = stream.next().orElseThrow();
            assertThat(field.name).isEqualTo("specificationId");
            assertThat(field.isFile()).isFalse();
            assertThat(field.text()).isEqualTo("abc");
            MultipartStream.Part upload = stream.next().orElseThrow();
            assertThat(upload.name).isEqualTo("file");
            assertThat(upload.filename).isEqualTo("rows.csv");
            assertThat(new String(upload.content().readAllBytes(), StandardCharsets.UTF_8)).as("seed %d", seed).isEqualTo(file.toString());
            assertThat(stream.next()).isEmpty();
        }
    }

    @Test
    void aBodyCutShortIsAnErrorNotAShortFile() throws IOException {
        byte[] body = body("a,b\r\n1,2\r\n3,4\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(body, body.length - 30);
        MultipartStream stream = MultipartStream.of("multipart/form-data; boundary=\"" + BOUNDARY + "\"", new ByteArrayInputStream(cut)).orElseThrow();
        stream.next().orElseThrow().text();
        InputStream content = stream.next().orElseThrow().content();
        assertThatThrownBy(content::readAllBytes).isInstanceOf(IOException.class).hasMessageContaining("closing boundary");
    }

    @Test
    void onlyMultipartFormDataWithABoundaryIsRead() {
        assertThat(MultipartStream.of("text/csv", new ByteArrayInputStream(new byte[0]))).isEmpty();
        assertThat(MultipartStream.of("multipart/form-data", new ByteArrayInputStream(new byte[0]))).isEmpty();
    }
}
