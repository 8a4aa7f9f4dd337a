package org.infoshare.web;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.infoshare.directory.DirectoryCommands;
import org.infoshare.directory.RevocationReason;
import org.infoshare.directory.StaffAdministration;
import org.infoshare.directory.StaffMember;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.HttpBrowser;
import org.infoshare.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OpenID Connect sign-in against a real OIDC provider (mock-oauth2-server) started before the application,
 * driving the authorization-code flow over HTTP exactly as a browser would: infoshare → provider → back.
 */
@IntegrationTest
@DirtiesContext
class OidcSignInIT {

    private static final String ISSUER = "partnership-idp";
    private static final String CLIENT_ID = "infoshare-test";
    private static final String PROVIDER_NAME = "Westshire Partnership sign-in";
    private static final MockOAuth2Server provider = startProvider();

    @LocalServerPort
    int port;

    @Autowired
    DemoPartnership demo;

    @Autowired
    StaffAdministration staff;

    @Autowired
    JdbcClient jdbc;

    private static MockOAuth2Server startProvider() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry registry) {
        registry.add("infoshare.oidc.issuer-uri", () -> provider.issuerUrl(ISSUER).toString());
        registry.add("infoshare.oidc.client-id", () -> CLIENT_ID);
        registry.add("infoshare.oidc.client-secret", () -> "test-client-secret");
        registry.add("infoshare.oidc.display-name", () -> PROVIDER_NAME);
    }

    @AfterAll
    static void stopProvider() {
        provider.shutdown();
    }

    @Test
    void theSignInPageOffersTheProviderWhenConfigured() {
        HttpResponse<String> page = new HttpBrowser(port).get("/sign-in");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"oidc-sign-in\"")
                .contains("href=\"/oauth2/authorization/oidc\"")
                .contains("Sign in with " + PROVIDER_NAME)
                .contains("Or sign in with a local account");
    }

    @Test
    void aProviderIdentityWhoseEmailIsADirectoryUsernameSignsInAsThatUserAndIsLinked() {
        StaffMember member = newPractitioner("oidc.first");
        String subject = "idp-subject-" + UUID.randomUUID();

        HttpBrowser browser = new HttpBrowser(port);
        URI landing = signInWithProvider(browser, subject, member.username());

        assertThat(landing.getPath()).isEqualTo("/");
        HttpResponse<String> start = browser.get("/");
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body()).contains("Signed in as").contains(member.displayName()).contains("Westshire County Council");
        assertThat(browser.get("/account").body()).contains(member.username());
        assertThat(signIns(member.id(), "oidc")).isEqualTo(1);
        assertThat(ledgerCount("directory.user.identity-linked", member.id())).isEqualTo(1);
        assertThat(jdbc.sql("select oidc_subject from app_user where id = :id").param("id", member.id())
                .query(String.class).single()).isEqualTo(subject);

        // The link, not the email, identifies the person from now on: the provider may change the address.
        HttpBrowser again = new HttpBrowser(port);
        URI secondLanding = signInWithProvider(again, subject, "renamed." + UUID.randomUUID() + "@elsewhere.example");
        assertThat(secondLanding.getPath()).isEqualTo("/");
        assertThat(again.get("/").body()).contains(member.displayName());
        assertThat(signIns(member.id(), "oidc")).isEqualTo(2);
        assertThat(ledgerCount("directory.user.identity-linked", member.id())).isEqualTo(1);
    }

    @Test
    void aLinkedUsernameCannotBeTakenOverByAnotherIdentityWithTheSameEmail() {
        StaffMember member = newPractitioner("oidc.taken");
        signInWithProvider(new HttpBrowser(port), "idp-owner-" + UUID.randomUUID(), member.username());

        HttpBrowser intruder = new HttpBrowser(port);
        URI landing = signInWithProvider(intruder, "idp-other-" + UUID.randomUUID(), member.username());

        assertThat(landing.getPath()).isEqualTo("/sign-in");
        assertThat(landing.getQuery()).isEqualTo("unknown-identity");
        assertNoAccess(intruder);
        assertThat(signIns(member.id(), "oidc")).isEqualTo(1);
    }

    @Test
    void anUnknownIdentityIsToldSoAndGetsNoAccess() {
        long signInsBefore = jdbc.sql("select count(*) from ledger_entry where action = 'access.signed-in'").query(Long.class).single();
        HttpBrowser browser = new HttpBrowser(port);

        URI landing = signInWithProvider(browser, "stranger-" + UUID.randomUUID(), "stranger@nowhere.example");

        assertThat(landing.getPath()).isEqualTo("/sign-in");
        assertThat(landing.getQuery()).isEqualTo("unknown-identity");
        HttpResponse<String> page = browser.get(landing.toString());
        assertThat(page.body()).contains("you are not registered in the");
        assertNoAccess(browser);
        assertThat(jdbc.sql("select count(*) from ledger_entry where action = 'access.signed-in'").query(Long.class).single())
                .isEqualTo(signInsBefore);
    }

    @Test
    void anIdentityWithoutTheUsernameClaimGetsNoAccess() {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "no-email-" + UUID.randomUUID(), "JWT",
                List.of(CLIENT_ID), Map.of("name", "Someone"), 3600));
        HttpBrowser browser = new HttpBrowser(port);

        URI landing = completeFlow(browser);

        assertThat(landing.getQuery()).isEqualTo("unknown-identity");
        assertNoAccess(browser);
    }

    @Test
    void aRevokedUsersIdentityGetsNoAccessWhetherLinkedOrNot() {
        Actor admin = demo.actor(DemoPartnership.COUNCIL_ADMIN);
        StaffMember member = newPractitioner("oidc.leaver");
        String subject = "idp-leaver-" + UUID.randomUUID();
        HttpBrowser live = new HttpBrowser(port);
        assertThat(signInWithProvider(live, subject, member.username()).getPath()).isEqualTo("/");

        staff.revoke(admin, member.id(), new DirectoryCommands.RevokeAccess(RevocationReason.LEFT_ORGANISATION));

        // The live session dies on its next request...
        HttpResponse<String> next = live.get("/");
        assertThat(HttpBrowser.location(next).toString()).endsWith("/sign-in?revoked");
        assertNoAccess(live);
        // ...and the linked identity cannot sign in again.
        HttpBrowser retry = new HttpBrowser(port);
        assertThat(signInWithProvider(retry, subject, member.username()).getQuery()).isEqualTo("unknown-identity");
        assertNoAccess(retry);
        // The demo leaver was never linked: matching by email must not let them in either.
        HttpBrowser leaver = new HttpBrowser(port);
        assertThat(signInWithProvider(leaver, "idp-" + UUID.randomUUID(), DemoPartnership.COUNCIL_LEAVER).getQuery())
                .isEqualTo("unknown-identity");
        assertNoAccess(leaver);
        assertThat(signIns(member.id(), "oidc")).isEqualTo(1);
    }

    @Test
    void aPartnerSystemAccountCannotBeSignedIntoThroughTheProvider() {
        HttpBrowser browser = new HttpBrowser(port);

        URI landing = signInWithProvider(browser, "idp-" + UUID.randomUUID(), "case-system@westshire-council.example");

        assertThat(landing.getQuery()).isEqualTo("unknown-identity");
        assertNoAccess(browser);
    }

    // --- the flow ----------------------------------------------------------------------------------------

    /** Signs in at the provider as {@code subject} with this email, and returns where infoshare sends the browser. */
    private URI signInWithProvider(HttpBrowser browser, String subject, String email) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of(CLIENT_ID),
                Map.of("email", email, "name", "Provider's name for " + subject), 3600));
        return completeFlow(browser);
    }

    private URI completeFlow(HttpBrowser browser) {
        HttpResponse<String> start = browser.get("/oauth2/authorization/oidc");
        URI authorize = HttpBrowser.location(start);
        assertThat(authorize.toString()).startsWith(provider.authorizationEndpointUrl(ISSUER).toString());
        assertThat(authorize.getQuery()).contains("client_id=" + CLIENT_ID).contains("response_type=code")
                .contains("state=").contains("nonce=");

        HttpResponse<String> atProvider = browser.get(authorize.toString());
        URI callback = HttpBrowser.location(atProvider);
        assertThat(callback.getPath()).isEqualTo("/login/oauth2/code/oidc");
        assertThat(callback.getQuery()).contains("code=");

        HttpResponse<String> back = browser.get(callback.toString());
        return HttpBrowser.location(back);
    }

    private void assertNoAccess(HttpBrowser browser) {
        for (String page : List.of("/", "/account", "/organisations")) {
            HttpResponse<String> response = browser.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(HttpBrowser.location(response).getPath()).as(page).isEqualTo("/sign-in");
        }
        HttpResponse<String> api = browser.get("/api/v1/me");
        assertThat(api.statusCode()).isEqualTo(401);
    }

    private StaffMember newPractitioner(String prefix) {
        Actor admin = demo.actor(DemoPartnership.COUNCIL_ADMIN);
        String username = prefix + "." + UUID.randomUUID().toString().substring(0, 8) + "@westshire-council.example";
        return staff.create(admin, new DirectoryCommands.NewStaffMember(Actor.Kind.PERSON, username,
                "Oidc Person " + username.substring(0, 18), username, "Social worker", Set.of(Role.PRACTITIONER), Set.of(),
                null, LocalDate.now().minusMonths(1), LocalDate.now().plusMonths(11), null, null, null));
    }

    private long signIns(UUID userId, String method) {
        return jdbc.sql("select count(*) from ledger_entry where action = 'access.signed-in' and actor_id = :id and details = :details")
                .param("id", userId).param("details", "{\"method\":\"" + method + "\"}")
                .query(Long.class).single();
    }

    private long ledgerCount(String action, UUID userId) {
        return jdbc.sql("select count(*) from ledger_entry where action = :action and subject_id = :id")
                .param("action", action).param("id", userId.toString())
                .query(Long.class).single();
    }
}
