package org.infoshare.directory;

import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.shared.Role;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.SignInAccounts;
import org.infoshare.support.SignedInSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A new password shuts out whoever held the old one: an administrator's reset ends every session of the
 * person and revokes every API token of theirs; changing one's own password ends one's other sessions and
 * keeps the one it was changed from.
 */
@IntegrationTest
class PasswordChangeSessionsIT {

    private static final String NEW_PASSWORD = "an-entirely-new-passphrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPartnership demo;

    @Autowired
    SignInAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorsResetEndsEverySessionAndRevokesEveryToken() throws Exception {
        StaffMember worker = accounts.councilPerson(Role.PRACTITIONER);
        MockHttpSession laptop = SignedInSession.of(mvc, worker.username(), SignInAccounts.PASSWORD);
        MockHttpSession phone = SignedInSession.of(mvc, worker.username(), SignInAccounts.PASSWORD);
        String ownToken = issueOwnToken(laptop);
        String adminToken = demo.token(DemoPartnership.COUNCIL_ADMIN);
        String issuedByAdmin = JsonPath.read(mvc.perform(post("/api/v1/users/" + worker.id() + "/tokens")
                        .header("Authorization", "Bearer " + adminToken).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Nightly\",\"expiresOn\":\"" + LocalDate.now().plusDays(20) + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.secret");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issuedByAdmin)).andExpect(status().isOk());

        MockHttpSession admin = SignedInSession.of(mvc, DemoPartnership.COUNCIL_ADMIN);
        mvc.perform(post("/staff/" + worker.id() + "/password").session(admin).with(csrf()).param("password", NEW_PASSWORD))
                .andExpect(redirectedUrl("/staff/" + worker.id()));

        for (MockHttpSession session : new MockHttpSession[] {laptop, phone}) {
            mvc.perform(get("/account").session(session)).andExpect(redirectedUrl("/sign-in?session-ended"));
        }
        mvc.perform(get("/sign-in").param("session-ended", "")).andExpect(content().string(containsString("You have been signed out")));
        for (String token : new String[] {ownToken, issuedByAdmin}) {
            mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.type").value("urn:infoshare:problem:invalid-token"));
        }
        assertThat(jdbc.sql("select details from ledger_entry where action = 'directory.user.password-set' and subject_id = :id")
                .param("id", worker.id().toString()).query(String.class).single()).containsPattern("tokensRevoked\\W+2\\b");
        // The administrator's own session is untouched, and the new password works.
        mvc.perform(get("/staff").session(admin)).andExpect(status().isOk());
        SignedInSession.of(mvc, worker.username(), NEW_PASSWORD);
    }

    @Test
    void aResetThroughTheApiEndsSessionsAndTokensToo() throws Exception {
        StaffMember worker = accounts.councilPerson(Role.PRACTITIONER);
        MockHttpSession session = SignedInSession.of(mvc, worker.username(), SignInAccounts.PASSWORD);
        String token = issueOwnToken(session);
        mvc.perform(put("/api/v1/users/" + worker.id() + "/password").header("Authorization", "Bearer " + demo.token(DemoPartnership.COUNCIL_ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"password\":\"" + NEW_PASSWORD + "\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/account").session(session)).andExpect(redirectedUrl("/sign-in?session-ended"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void changingYourOwnPasswordEndsYourOtherSessionsAndKeepsThisOne() throws Exception {
        StaffMember worker = accounts.councilPerson(Role.PRACTITIONER);
        MockHttpSession here = SignedInSession.of(mvc, worker.username(), SignInAccounts.PASSWORD);
        MockHttpSession elsewhere = SignedInSession.of(mvc, worker.username(), SignInAccounts.PASSWORD);
        String token = issueOwnToken(here);

        mvc.perform(post("/account/password").session(here).with(csrf())
                        .param("currentPassword", SignInAccounts.PASSWORD).param("password", NEW_PASSWORD))
                .andExpect(redirectedUrl("/account"));

        mvc.perform(get("/account").session(here)).andExpect(status().isOk())
                .andExpect(content().string(containsString(worker.displayName())));
        mvc.perform(get("/account").session(elsewhere)).andExpect(redirectedUrl("/sign-in?session-ended"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.userId").value(worker.id().toString()));
        SignedInSession.of(mvc, worker.username(), NEW_PASSWORD);
    }

    @Test
    void changingYourOwnPasswordThroughTheApiEndsYourBrowserSessions() throws Exception {
        StaffMember worker = accounts.councilPerson(Role.PRACTITIONER);
        MockHttpSession browser = SignedInSession.of(mvc, worker.username(), SignInAccounts.PASSWORD);
        String token = demo.token(worker.username());
        mvc.perform(put("/api/v1/me/password").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + SignInAccounts.PASSWORD + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/account").session(browser)).andExpect(redirectedUrl("/sign-in?session-ended"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
    }

    private String issueOwnToken(MockHttpSession session) throws Exception {
        String page = mvc.perform(post("/account/tokens/new").session(session).with(csrf())
                        .param("name", "Laptop script " + UUID.randomUUID().toString().substring(0, 4))
                        .param("expiresOn.day", "1").param("expiresOn.month", String.valueOf(LocalDate.now().plusMonths(1).getMonthValue()))
                        .param("expiresOn.year", String.valueOf(LocalDate.now().plusMonths(1).getYear())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher secret = java.util.regex.Pattern.compile("ist_[A-Za-z0-9_-]{43}").matcher(page);
        assertThat(secret.find()).as(page).isTrue();
        return secret.group();
    }
}
