package org.infoshare.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.infoshare.InfoshareApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole infoshare instance started as the jar starts it (same main class, same configuration files),
 * with the operator's settings given as properties, on a port of its own. For tests about starting,
 * stopping and restarting; everything else shares the {@link IntegrationTest} context.
 */
public final class RunningInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private RunningInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * Starts an instance. Settings are the operator's, given as command-line arguments so that they outrank
     * application.yaml as the environment would; the environment-variable names work as in the jar.
     */
    public static RunningInstance start(Map<String, String> settings) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("server.port", "0");
        properties.put("spring.main.banner-mode", "off");
        properties.put("infoshare.ledger.checkpoint-interval", "PT1H");
        properties.putAll(settings);
        keysOutsideTheDataDirectory(properties);
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new RunningInstance(new SpringApplicationBuilder(InfoshareApplication.class).run(args));
    }

    /**
     * An instance given a data directory and no place for its keys would keep them beside it (a temporary
     * directory's sibling is shared by everything on the machine): give it its own under target/, the same
     * for every start on that data directory.
     */
    private static void keysOutsideTheDataDirectory(Map<String, String> properties) {
        String dataDir = properties.getOrDefault("INFOSHARE_DATA_DIR", properties.get("infoshare.data-dir"));
        boolean keysGiven = java.util.stream.Stream.of("INFOSHARE_KEYS_DIR", "infoshare.keys.directory", "INFOSHARE_MASTER_KEYSET_FILE",
                "infoshare.keys.master-keyset-file").anyMatch(properties::containsKey);
        if (dataDir != null && !keysGiven) {
            java.nio.file.Path data = java.nio.file.Path.of(dataDir).toAbsolutePath().normalize();
            properties.put("INFOSHARE_KEYS_DIR", java.nio.file.Path.of("target", "test-keys",
                    data.getFileName() + "-" + Integer.toHexString(data.toString().hashCode())).toAbsolutePath().toString());
        }
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public HttpResponse<String> get(String path, String bearerToken) {
        return send(request(path, bearerToken).GET());
    }

    public HttpResponse<String> post(String path, String bearerToken, String json) {
        return send(request(path, bearerToken).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path, String bearerToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path)).timeout(Duration.ofSeconds(30));
        return bearerToken == null ? request : request.header("Authorization", "Bearer " + bearerToken);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
