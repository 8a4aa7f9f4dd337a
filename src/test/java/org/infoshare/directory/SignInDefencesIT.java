package org.infoshare.directory;

import java.util.Map;
import java.util.UUID;

import org.infoshare.shared.Role;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.RowCounts;
import org.infoshare.support.SignInAccounts;
import org.infoshare.support.SignedInSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Password guessing meets a throttle per account and per address (429 with the wait, the password not even
 * checked), and ten failures lock the account until an administrator of its organisation unlocks it; both
 * the lock and the unlock are ledgered. The current-password check of a password change is throttled too.
 */
@IntegrationTest
class SignInDefencesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPartnership demo;

    @Autowired
    SignInAccounts accounts;

    @Autowired
    AccountLocks locks;

    @Autowired
    JdbcClient jdbc;

    @Test
    void afterFiveWrongPasswordsTheAccountMustWaitEvenWithTheRightOne() throws Exception {
        StaffMember worker = accounts.councilPerson(Role.PRACTITIONER);
        for (int i = 0; i < 5; i++) {
            mvc.perform(signIn(worker.username(), "not-the-password-" + i)).andExpect(redirectedUrl("/sign-in?error"));
        }
        mvc.perform(signIn(worker.username(), SignInAccounts.PASSWORD))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]?")))
                .andExpect(forwardedUrl("/sign-in/too-many-attempts"));
        assertThat(failures(worker.id())).as("the throttled attempt was not checked, so not counted").isEqualTo(5);
        // Another account from the same address is unaffected.
        SignedInSession.of(mvc, accounts.councilPerson(Role.PRACTITIONER).username(), SignInAccounts.PASSWORD);
    }

    @Test
    void oneAddressGuessingAcrossManyAccountsIsThrottledForEveryAccount() throws Exception {
        RequestPostProcessor prober = from("192.0.2.77");
        StaffMember worker = accounts.councilPerson(Role.PRACTITIONER);
        // The address's allowance (50) refills one attempt every twelve seconds, so guessing slowly earns
        // attempts back: guess until refused, then try the right password at once, a few times over.
        int guesses = 0;
        int status = 0;
        for (int round = 0; round < 3 && status != 429; round++) {
            while (guesses < 70 && mvc.perform(signIn("nobody." + UUID.randomUUID() + "@example.org", "guess").with(prober))
                    .andReturn().getResponse().getStatus() != 429) {
                guesses++;
            }
            status = mvc.perform(signIn(worker.username(), SignInAccounts.PASSWORD).with(prober)).andReturn().getResponse().getStatus();
        }
        assertThat(guesses).as("guesses before the address was refused").isBetween(50, 60);
        assertThat(status).as("the right password from the guessing address").isEqualTo(429);
        mvc.perform(signIn(worker.username(), SignInAccounts.PASSWORD).with(from("192.0.2.78"))).andExpect(redirectedUrl("/"));
    }

    @Test
    void theTenthFailureLocksTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
        StaffMember worker = accounts.councilPerson(Role.PRACTITIONER);
        mvc.perform(signIn(worker.username(), "wrong-password-1")).andExpect(redirectedUrl("/sign-in?error"));
        assertThat(failures(worker.id())).isEqualTo(1);
        // Eight more failures, made earlier (the throttle spaces them out over minutes).
        for (int i = 0; i < 8; i++) {
            assertThat(locks.failed(worker.id())).isFalse();
        }
        assertThat(ledger("directory.user.locked", worker.id())).isZero();

        mvc.perform(signIn(worker.username(), "wrong-password-10")).andExpect(redirectedUrl("/sign-in?locked"));
        assertThat(ledger("directory.user.locked", worker.id())).isEqualTo(1);
        mvc.perform(get("/sign-in").param("locked", ""))
                .andExpect(content().string(containsString("Your account is locked after too many failed attempts to sign in")));
        // The right password does not open a locked account, and is not told apart from a wrong one.
        mvc.perform(signIn(worker.username(), SignInAccounts.PASSWORD)).andExpect(redirectedUrl("/sign-in?locked"));
        assertThat(ledger("directory.user.locked", worker.id())).as("locked once, ledgered once").isEqualTo(1);

        MockHttpSession admin = SignedInSession.of(mvc, DemoPartnership.COUNCIL_ADMIN);
        mvc.perform(get("/staff/" + worker.id()).session(admin))
                .andExpect(content().string(containsString("Unlock account")))
                .andExpect(content().string(containsString("after too many failed attempts to sign in")));
        mvc.perform(post("/staff/" + worker.id() + "/unlock").session(admin).with(csrf()))
                .andExpect(redirectedUrl("/staff/" + worker.id()));
        assertThat(ledger("directory.user.unlocked", worker.id())).isEqualTo(1);
        assertThat(failures(worker.id())).isZero();
        SignedInSession.of(mvc, worker.username(), SignInAccounts.PASSWORD);
    }

    @Test
    void theApiUnlocksWithinTheOrganisationOnly() throws Exception {
        StaffMember worker = accounts.councilPerson(Role.PRACTITIONER);
        for (int i = 0; i < 10; i++) {
            locks.failed(worker.id());
        }
        String councilAdmin = demo.token(DemoPartnership.COUNCIL_ADMIN);
        String policeAdmin = demo.token(DemoPartnership.POLICE_ADMIN);
        String practitioner = demo.token(DemoPartnership.COUNCIL_PRACTITIONER);
        mvc.perform(get("/api/v1/users/" + worker.id()).header("Authorization", "Bearer " + councilAdmin))
                .andExpect(jsonPath("$.lockedAt").isNotEmpty());

        Map<String, Long> before = RowCounts.of(jdbc);
        mvc.perform(delete("/api/v1/users/" + worker.id() + "/lock").header("Authorization", "Bearer " + policeAdmin))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/users/" + worker.id() + "/lock").header("Authorization", "Bearer " + practitioner))
                .andExpect(status().isForbidden());
        assertThat(RowCounts.of(jdbc)).isEqualTo(before);

        mvc.perform(delete("/api/v1/users/" + worker.id() + "/lock").header("Authorization", "Bearer " + councilAdmin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lockedAt").value(org.hamcrest.Matchers.nullValue()));
        assertThat(ledger("directory.user.unlocked", worker.id())).isEqualTo(1);
        mvc.perform(delete("/api/v1/users/" + worker.id() + "/lock").header("Authorization", "Bearer " + councilAdmin))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("not-locked"));
    }

    @Test
    void guessingTheCurrentPasswordThroughTheApiIsAnswered429WithTheWaitAndWritesNothing() throws Exception {
        StaffMember worker = accounts.councilPerson(Role.PRACTITIONER);
        String token = demo.token(worker.username());
        for (int i = 0; i < 5; i++) {
            mvc.perform(changePassword(token, "not-my-password-" + i)).andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("currentPassword"));
        }
        Map<String, Long> before = RowCounts.of(jdbc);
        mvc.perform(changePassword(token, SignInAccounts.PASSWORD))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]?")))
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.type").value("urn:infoshare:problem:too-many-attempts"))
                .andExpect(jsonPath("$.errors[0].field").value("currentPassword"))
                .andExpect(jsonPath("$.errors[0].rule").value("attempts"));
        assertThat(RowCounts.of(jdbc)).isEqualTo(before);
        assertThat(failures(worker.id())).as("a current-password check does not count towards the lock").isZero();
    }

    @Test
    void guessingTheCurrentPasswordInTheFormShowsTheWaitOnTheForm() throws Exception {
        StaffMember worker = accounts.councilPerson(Role.PRACTITIONER);
        MockHttpSession session = SignedInSession.of(mvc, worker.username(), SignInAccounts.PASSWORD);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/account/password").session(session).with(csrf())
                            .param("currentPassword", "not-my-password").param("password", "a-brand-new-passphrase"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Your current password is not correct")));
        }
        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", SignInAccounts.PASSWORD).param("password", "a-brand-new-passphrase"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().string(containsString("You have entered your current password wrongly too many times")));
    }

    private static MockHttpServletRequestBuilder signIn(String username, String password) {
        return post("/sign-in").with(csrf()).param("username", username).param("password", password);
    }

    private static MockHttpServletRequestBuilder changePassword(String token, String current) {
        return put("/api/v1/me/password").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\":\"" + current + "\",\"newPassword\":\"a-brand-new-passphrase\"}");
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private int failures(UUID userId) {
        return jdbc.sql("select failed_sign_ins from app_user where id = :id").param("id", userId).query(Integer.class).single();
    }

    private long ledger(String action, UUID subject) {
        return jdbc.sql("select count(*) from ledger_entry where action = :action and subject_id = :id")
                .param("action", action).param("id", subject.toString()).query(Long.class).single();
    }
}
