package org.infoshare.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.infoshare.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over HTTPS, directly or as a trusted proxy in front reports it (X-Forwarded-Proto from this machine),
 * responses carry HSTS and session cookies are Secure; over plain HTTP neither, since a browser ignores HSTS
 * there and would drop a Secure cookie. The Permissions-Policy is always sent. These go through the real
 * server (Tomcat), where the proxy's headers are read.
 */
@IntegrationTest
class TransportSecurityIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort
    int port;

    @Test
    void behindAProxyServingHttpsThePagesCarryHstsAndSecureCookies() throws Exception {
        HttpResponse<String> page = get("/sign-in", "https");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000 ; includeSubDomains");
        assertThat(page.headers().firstValue("Permissions-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("camera=()", "geolocation=()", "publickey-credentials-get=(self)"));
        List<String> cookies = page.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("INFOSHARE_SESSION=").contains("Secure").contains("HttpOnly"));

        HttpResponse<String> api = get("/api/v1/me", "https");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(api.headers().firstValue("Permissions-Policy")).isPresent();
    }

    @Test
    void overPlainHttpThereIsNoHstsAndTheCookieIsNotSecure() throws Exception {
        HttpResponse<String> page = get("/sign-in", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(page.headers().firstValue("Permissions-Policy")).isPresent();
        assertThat(page.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("INFOSHARE_SESSION=").doesNotContain("Secure"));
    }

    private HttpResponse<String> get(String path, String forwardedProto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30));
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
