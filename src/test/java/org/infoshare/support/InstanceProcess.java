package org.infoshare.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.infoshare.InfoshareApplication;

/**
 * A whole infoshare instance in a process of its own, started as the jar starts it (same main class, the
 * test's classpath), so that a test can kill it as a crash would: {@link #kill()} is {@code kill -9}, with no
 * shutdown hook, no graceful stop and no chance to tidy up. Settings are the operator's, given as
 * command-line properties; the process writes its log to a file that a failing test names.
 */
public final class InstanceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String name;
    private final Process process;
    private final int port;
    private final Path log;

    private InstanceProcess(String name, Process process, int port, Path log) {
        this.name = name;
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts an instance and returns at once; {@link #awaitReady} waits until it serves.
     *
     * @param name     names the instance in its log file (under {@code target/instance-logs})
     * @param settings operator settings, e.g. {@code INFOSHARE_DB_URL}
     */
    public static InstanceProcess start(String name, Map<String, String> settings) {
        int port = freePort();
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.port", String.valueOf(port));
        properties.put("spring.main.banner-mode", "off");
        properties.put("infoshare.ledger.checkpoint-interval", "PT1H");
        properties.putAll(settings);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"),
                InfoshareApplication.class.getName()));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Path logs = Files.createDirectories(Path.of("target", "instance-logs"));
            Path log = logs.resolve(name + "-" + Instant.now().toEpochMilli() + ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new InstanceProcess(name, process, port, log);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start instance " + name, e);
        }
    }

    /** Waits until the instance reports itself ready to serve, or fails naming its log. */
    public InstanceProcess awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("Instance " + name + " exited with " + process.exitValue() + " before it was ready:\n" + tail());
            }
            try {
                HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(URI.create(url("/actuator/health/readiness")))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new AssertionError("Instance " + name + " was not ready within " + timeout + ":\n" + tail());
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process.isAlive();
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** {@code kill -9}: the process ends at once, mid-request if it is serving one. */
    public void kill() {
        process.destroyForcibly();
        await();
    }

    /** A graceful stop, as an operator's SIGTERM. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
        await();
    }

    private void await() {
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The end of the instance's log, for a failure message. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "(" + log + ")\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    public Path log() {
        return log;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
