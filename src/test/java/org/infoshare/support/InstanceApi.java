package org.infoshare.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API of instances running in processes of their own ({@link InstanceProcess}), called with a bearer token that
 * a member of staff issued for themselves on the account page, as an operator's script would.
 */
public final class InstanceApi {

    private static final Pattern TOKEN = Pattern.compile("id=\"issued-token\">(ist_[A-Za-z0-9_-]+)<");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Signs in on {@code on} as {@code username} (the demo password) and issues a week's API token. */
    public static String token(InstanceProcess on, String username) {
        HttpBrowser browser = new HttpBrowser(on.port());
        browser.submit("/sign-in", "/sign-in", Map.of("username", username, "password", DemoPartnership.PASSWORD));
        return token(browser, on);
    }

    /** Issues a week's API token through a browser already signed in (on this or another instance). */
    public static String token(HttpBrowser browser, InstanceProcess on) {
        LocalDate expiry = LocalDate.now().plusDays(7);
        HttpResponse<String> issued = browser.submit(on.url("/account/tokens/new"), on.url("/account/tokens/new"), Map.of(
                "name", "Operations test", "expiresOn.day", String.valueOf(expiry.getDayOfMonth()),
                "expiresOn.month", String.valueOf(expiry.getMonthValue()), "expiresOn.year", String.valueOf(expiry.getYear())));
        Matcher secret = TOKEN.matcher(issued.body());
        assertThat(secret.find()).as(issued.body()).isTrue();
        return secret.group(1);
    }

    public HttpResponse<String> get(InstanceProcess instance, String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(instance.url(path))).header("Authorization", "Bearer " + token).GET());
    }

    public HttpResponse<String> post(InstanceProcess instance, String path, String token, String json) {
        return send(HttpRequest.newBuilder(URI.create(instance.url(path))).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A request that cannot be sent (the instance is gone) fails with an unchecked exception the caller may count. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
