package org.infoshare.directory;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.HttpBrowser;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.SignedInSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A leaver's access ends on their very next request: their browser session is invalidated and their API
 * tokens answer 401, and reinstating them later does not bring the old session or tokens back.
 */
@IntegrationTest
class RevocationIT {

    private static final String PASSWORD = "a-long-enough-passphrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPartnership demo;

    @Autowired
    StaffAdministration staff;

    @Autowired
    ApiTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void aRevokedUsersSessionEndsOnItsNextRequestAndStaysDead() throws Exception {
        StaffMember worker = newWorker();
        MockHttpSession session = SignedInSession.of(mvc, worker.username(), PASSWORD);
        mvc.perform(get("/account").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString(worker.displayName())));
        MockHttpSession admin = SignedInSession.of(mvc, DemoPartnership.COUNCIL_ADMIN);

        mvc.perform(post("/staff/" + worker.id() + "/revoke").session(admin).with(csrf()).param("reason", "LEFT_ORGANISATION"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/staff/" + worker.id()));

        mvc.perform(get("/account").session(session))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/sign-in?revoked"));
        assertThat(session.isInvalid()).as("the session was invalidated on the server").isTrue();
        mvc.perform(get("/sign-in").param("revoked", "")).andExpect(content().string(containsString("Your access has ended")));
        // Nor can they sign in again.
        mvc.perform(post("/sign-in").with(csrf()).param("username", worker.username()).param("password", PASSWORD))
                .andExpect(redirectedUrl("/sign-in?error"));
        assertThat(ledger("directory.user.revoked", worker.id())).isEqualTo(1);

        // Reinstated, they sign in afresh; the old session stays dead.
        mvc.perform(post("/staff/" + worker.id() + "/reinstate").session(admin).with(csrf())).andExpect(status().isFound());
        mvc.perform(get("/account").session(session)).andExpect(status().isFound()).andExpect(redirectedUrl("/sign-in"));
        MockHttpSession fresh = SignedInSession.of(mvc, worker.username(), PASSWORD);
        mvc.perform(get("/account").session(fresh)).andExpect(status().isOk());
    }

    @Test
    void reinstatingDoesNotReviveTheOldSessionCookie() {
        StaffMember worker = newWorker();
        HttpBrowser browser = new HttpBrowser(port);
        HttpResponse<String> signedIn = browser.submit("/sign-in", "/sign-in", Map.of("username", worker.username(), "password", PASSWORD));
        assertThat(HttpBrowser.location(signedIn).getPath()).isEqualTo("/");
        assertThat(browser.get("/account").statusCode()).isEqualTo(200);
        Actor admin = demo.actor(DemoPartnership.COUNCIL_ADMIN);

        staff.revoke(admin, worker.id(), new DirectoryCommands.RevokeAccess(RevocationReason.SECURITY_CONCERN));
        staff.reinstate(admin, worker.id());

        // The revocation was never "seen" by a request in between: the session must still be dead.
        HttpResponse<String> next = browser.get("/account");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(HttpBrowser.location(next).getPath()).isEqualTo("/sign-in");
        assertThat(browser.get("/account").statusCode()).isEqualTo(302);
    }

    @Test
    void aRevokedUsersTokensAnswer401FromTheirNextCall() throws Exception {
        StaffMember worker = newWorker();
        Actor admin = demo.actor(DemoPartnership.COUNCIL_ADMIN);
        Actor self = demo.actor(worker.username());
        String issuedByAdmin = tokens.issue(admin, worker.id(), new DirectoryCommands.IssueToken("Issued by admin", LocalDate.now().plusDays(30))).secret();
        String ownToken = tokens.issue(self, self.userId(), new DirectoryCommands.IssueToken("My own", LocalDate.now().plusDays(30))).secret();
        for (String token : new String[] {issuedByAdmin, ownToken}) {
            mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.userId").value(worker.id().toString()));
        }

        mvc.perform(post("/api/v1/users/" + worker.id() + "/revocation").header("Authorization", "Bearer " + demo.token(DemoPartnership.COUNCIL_ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"LEFT_ORGANISATION\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));

        for (String token : new String[] {issuedByAdmin, ownToken}) {
            mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.type").value("urn:infoshare:problem:invalid-token"));
        }
        assertThat(jdbc.sql("select count(*) from api_token where user_id = :id and revoked_at is null").param("id", worker.id())
                .query(Long.class).single()).as("revocation revokes the tokens themselves").isZero();

        staff.reinstate(admin, worker.id());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + ownToken)).andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenPastItsExpiryAnswers401() throws Exception {
        StaffMember worker = newWorker();
        Actor self = demo.actor(worker.username());
        var issued = tokens.issue(self, self.userId(), new DirectoryCommands.IssueToken("Short-lived", LocalDate.now().plusDays(1)));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.secret())).andExpect(status().isOk());

        // Time passes: the token's expiry is now a minute ago.
        jdbc.sql("update api_token set expires_at = now() - interval '1 minute' where id = :id").param("id", issued.token().id()).update();

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("urn:infoshare:problem:invalid-token"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer ist_made-up-token")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.secret().substring(0, issued.secret().length() - 2)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void roleChangesApplyToTheNextRequestToo() throws Exception {
        StaffMember worker = newWorker();
        Actor admin = demo.actor(DemoPartnership.COUNCIL_ADMIN);
        MockHttpSession session = SignedInSession.of(mvc, worker.username(), PASSWORD);
        mvc.perform(get("/staff").session(session)).andExpect(status().isForbidden());

        staff.update(admin, worker.id(), new DirectoryCommands.UpdateStaffMember(worker.displayName(), worker.email(), worker.jobTitle(),
                Set.of(Role.PRACTITIONER, Role.MANAGER), Set.of(), worker.version()));

        mvc.perform(get("/staff").session(session)).andExpect(status().isOk());
    }

    private StaffMember newWorker() {
        Actor admin = demo.actor(DemoPartnership.COUNCIL_ADMIN);
        String username = "worker." + UUID.randomUUID().toString().substring(0, 8) + "@westshire-council.example";
        return staff.create(admin, new DirectoryCommands.NewStaffMember(Actor.Kind.PERSON, username, "Jamie Worker", username,
                "Social worker", Set.of(Role.PRACTITIONER), Set.of(), PASSWORD, LocalDate.now().minusMonths(1),
                LocalDate.now().plusMonths(11), null, null, null));
    }

    private long ledger(String action, UUID subject) {
        return jdbc.sql("select count(*) from ledger_entry where action = :action and subject_id = :id")
                .param("action", action).param("id", subject.toString()).query(Long.class).single();
    }
}
