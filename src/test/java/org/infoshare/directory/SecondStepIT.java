package org.infoshare.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.infoshare.shared.Actor;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The second step of signing in: someone whose organisation requires it for their role sets one up before
 * anything else; once set up, a password alone opens nothing but the page asking for the code; a code works
 * once; recovery codes work once; wrong codes count towards the lock; and a session that owes its second step
 * can never set up another authenticator (else a stolen password could).
 */
@IntegrationTest
class SecondStepIT {

    private static final Pattern SECRET = Pattern.compile("<code>([A-Z2-7 ]{39})</code>");
    private static final Pattern RECOVERY_CODE = Pattern.compile("<code>([a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4})</code>");

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoPartnership demo;

    @Autowired
    SignInAccounts accounts;

    @Autowired
    AccountLocks locks;

    @Autowired
    TwoStepSignIn twoStep;

    @Autowired
    JdbcClient jdbc;

    /** What setting up an authenticator app left: its secret and the recovery codes shown once. */
    private record SetUp(String secret, List<String> recoveryCodes) {
    }

    @Test
    void someoneWhoseRoleRequiresASecondStepSetsOneUpBeforeAnythingElse() throws Exception {
        StaffMember admin = accounts.newOrganisationAdministrator();
        MockHttpSession session = SignedInSession.of(mvc, admin.username(), SignInAccounts.PASSWORD);
        for (String path : new String[] {"/", "/staff", "/account", "/organisations", "/sign-in/two-step", "/account/password"}) {
            mvc.perform(get(path).session(session)).andExpect(redirectedUrl("/account/two-step"));
        }
        mvc.perform(post("/account/tokens/new").session(session).with(csrf()).param("name", "sneaky"))
                .andExpect(redirectedUrl("/account/two-step"));
        mvc.perform(get("/account/two-step").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Your organisation requires a second step to sign in for your role")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("govuk-service-navigation__list"))));

        SetUp setUp = setUpAuthenticatorApp(session);
        assertThat(setUp.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
        mvc.perform(get("/staff").session(session)).andExpect(status().isOk());
        assertThat(ledger("directory.user.second-step-added", admin.id())).isEqualTo(1);
        assertThat(ledger("directory.user.recovery-codes-issued", admin.id())).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from recovery_code where user_id = :id").param("id", admin.id()).query(Long.class).single())
                .isEqualTo(10);
        assertThat(jdbc.sql("select count(*) from recovery_code where user_id = :id and code_hash = :plain")
                .param("id", admin.id()).param("plain", setUp.recoveryCodes().get(0).getBytes()).query(Long.class).single())
                .as("codes are kept as digests only").isZero();
    }

    @Test
    void withASecondStepSetUpAPasswordAloneOpensOnlyThePageAskingForTheCode() throws Exception {
        StaffMember admin = accounts.newOrganisationAdministrator();
        SetUp setUp = setUpAuthenticatorApp(SignedInSession.of(mvc, admin.username(), SignInAccounts.PASSWORD));

        MockHttpSession session = SignedInSession.of(mvc, admin.username(), SignInAccounts.PASSWORD);
        for (String path : new String[] {"/", "/staff", "/account/two-step", "/account/two-step/authenticator-app"}) {
            mvc.perform(get(path).session(session)).andExpect(redirectedUrl("/sign-in/two-step"));
        }
        mvc.perform(post("/webauthn/register/options").session(session).with(csrf())).andExpect(redirectedUrl("/sign-in/two-step"));
        mvc.perform(post("/account/two-step/authenticator-app/remove").session(session).with(csrf()))
                .andExpect(redirectedUrl("/sign-in/two-step"));
        mvc.perform(get("/sign-in/two-step").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Code from your authenticator app")));

        mvc.perform(post("/sign-in/two-step").session(session).with(csrf()).param("code", "000000"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The code is not correct")));
        assertThat(failures(admin.id())).isEqualTo(1);
        String code = SignInAccounts.code(setUp.secret(), Instant.now().plusSeconds(30));
        mvc.perform(post("/sign-in/two-step").session(session).with(csrf()).param("code", code)).andExpect(redirectedUrl("/"));
        mvc.perform(get("/staff").session(session)).andExpect(status().isOk());
        assertThat(failures(admin.id())).as("a success clears the count").isZero();
        assertThat(ledger("access.second-step", admin.id())).isEqualTo(1);

        // The same code again, from another session: refused, as a replay.
        MockHttpSession replay = SignedInSession.of(mvc, admin.username(), SignInAccounts.PASSWORD);
        mvc.perform(post("/sign-in/two-step").session(replay).with(csrf()).param("code", code))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The code is not correct")));
        mvc.perform(get("/staff").session(replay)).andExpect(redirectedUrl("/sign-in/two-step"));
    }

    @Test
    void eachRecoveryCodeWorksOnce() throws Exception {
        StaffMember admin = accounts.newOrganisationAdministrator();
        SetUp setUp = setUpAuthenticatorApp(SignedInSession.of(mvc, admin.username(), SignInAccounts.PASSWORD));
        String recovery = setUp.recoveryCodes().get(3);

        MockHttpSession first = SignedInSession.of(mvc, admin.username(), SignInAccounts.PASSWORD);
        mvc.perform(post("/sign-in/two-step/recovery-code").session(first).with(csrf()).param("code", recovery.toUpperCase().replace("-", " ")))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/staff").session(first)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me/second-step").header("Authorization", "Bearer " + demo.token(admin.username())))
                .andExpect(jsonPath("$.recoveryCodesLeft").value(9))
                .andExpect(jsonPath("$.authenticatorApp").value(true))
                .andExpect(jsonPath("$.required").value(true));

        MockHttpSession second = SignedInSession.of(mvc, admin.username(), SignInAccounts.PASSWORD);
        mvc.perform(post("/sign-in/two-step/recovery-code").session(second).with(csrf()).param("code", recovery))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The recovery code is not correct, or has been used already")));
    }

    @Test
    void wrongCodesLockTheAccountAndEndTheSession() throws Exception {
        StaffMember admin = accounts.newOrganisationAdministrator();
        setUpAuthenticatorApp(SignedInSession.of(mvc, admin.username(), SignInAccounts.PASSWORD));
        MockHttpSession session = SignedInSession.of(mvc, admin.username(), SignInAccounts.PASSWORD);
        for (int i = 0; i < 9; i++) {
            locks.failed(admin.id());
        }
        mvc.perform(post("/sign-in/two-step").session(session).with(csrf()).param("code", "123456"))
                .andExpect(redirectedUrl("/sign-in?locked"));
        assertThat(ledger("directory.user.locked", admin.id())).isEqualTo(1);
        mvc.perform(get("/sign-in/two-step").session(session)).andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void anAdministratorResetsSomeonesSecondStepAndTheirSessionsEnd() throws Exception {
        StaffMember admin = accounts.newOrganisationAdministrator();
        StaffMember auditor = accounts.colleagueOf(admin, Role.AUDITOR);
        Actor auditorActor = demo.actor(auditor.username());
        String secret = twoStep.newAuthenticator(auditorActor).secret();
        twoStep.setUpAuthenticatorApp(auditorActor, secret, new SignInCommands.AuthenticatorCode(SignInAccounts.code(secret, Instant.now())));
        MockHttpSession auditorSession = SignedInSession.of(mvc, auditor.username(), SignInAccounts.PASSWORD);
        mvc.perform(get("/").session(auditorSession)).andExpect(redirectedUrl("/sign-in/two-step"));

        String policeAdmin = demo.token(DemoPartnership.POLICE_ADMIN);
        Map<String, Long> before = RowCounts.of(jdbc);
        mvc.perform(delete("/api/v1/users/" + auditor.id() + "/second-step").header("Authorization", "Bearer " + policeAdmin))
                .andExpect(status().isNotFound());
        assertThat(RowCounts.of(jdbc)).isEqualTo(before);

        mvc.perform(delete("/api/v1/users/" + auditor.id() + "/second-step").header("Authorization", "Bearer " + demo.token(admin.username())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.secondStepSetUp").value(false));
        assertThat(ledger("directory.user.second-step-reset", auditor.id())).isEqualTo(1);
        mvc.perform(get("/").session(auditorSession)).andExpect(redirectedUrl("/sign-in?session-ended"));
        // At their next sign-in they must set one up again.
        MockHttpSession fresh = SignedInSession.of(mvc, auditor.username(), SignInAccounts.PASSWORD);
        mvc.perform(get("/").session(fresh)).andExpect(redirectedUrl("/account/two-step"));
    }

    @Test
    void theOnlySecondStepOfSomeoneWhoNeedsOneCannotBeRemoved() throws Exception {
        StaffMember admin = accounts.newOrganisationAdministrator();
        MockHttpSession session = SignedInSession.of(mvc, admin.username(), SignInAccounts.PASSWORD);
        setUpAuthenticatorApp(session);
        mvc.perform(post("/account/two-step/authenticator-app/remove").session(session).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Your organisation requires a second step to sign in for your role")));
        assertThat(jdbc.sql("select count(*) from authenticator_app where user_id = :id").param("id", admin.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anOrganisationChoosesTheRolesThatNeedASecondStep() throws Exception {
        StaffMember admin = accounts.newOrganisationAdministrator();
        StaffMember practitioner = accounts.colleagueOf(admin, Role.PRACTITIONER);
        String adminToken = demo.token(admin.username());
        String roles = "/api/v1/organisations/" + admin.organisationId() + "/two-step-roles";
        mvc.perform(get(roles).header("Authorization", "Bearer " + adminToken))
                .andExpect(jsonPath("$.roles.length()").value(4));
        MockHttpSession before = SignedInSession.of(mvc, practitioner.username(), SignInAccounts.PASSWORD);
        mvc.perform(get("/").session(before)).andExpect(status().isOk());

        mvc.perform(put(roles).header("Authorization", "Bearer " + demo.token(DemoPartnership.POLICE_ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[]}"))
                .andExpect(status().isForbidden());
        mvc.perform(put(roles).header("Authorization", "Bearer " + demo.token(practitioner.username()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[]}"))
                .andExpect(status().isForbidden());
        mvc.perform(put(roles).header("Authorization", "Bearer " + adminToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[\"PRACTITIONER\",\"PARTNERSHIP_ADMINISTRATOR\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles.length()").value(2));
        assertThat(ledger("directory.organisation.two-step-roles-set", admin.organisationId())).isEqualTo(1);
        // The requirement applies from the practitioner's very next request.
        mvc.perform(get("/").session(before)).andExpect(redirectedUrl("/account/two-step"));

        MockHttpSession adminPage = SignedInSession.of(mvc, admin.username(), SignInAccounts.PASSWORD);
        setUpAuthenticatorApp(adminPage);
        mvc.perform(post("/organisations/" + admin.organisationId() + "/two-step").session(adminPage).with(csrf()))
                .andExpect(redirectedUrl("/organisations/" + admin.organisationId()));
        mvc.perform(get("/").session(before)).andExpect(status().isOk());
    }

    private SetUp setUpAuthenticatorApp(MockHttpSession session) throws Exception {
        String page = mvc.perform(get("/account/two-step/authenticator-app").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data:image/png;base64,")))
                .andReturn().getResponse().getContentAsString();
        Matcher secret = SECRET.matcher(page);
        assertThat(secret.find()).as(page).isTrue();
        String key = secret.group(1).replace(" ", "");
        mvc.perform(post("/account/two-step/authenticator-app").session(session).with(csrf()).param("code", "999 999"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The code is not correct")));
        String shown = mvc.perform(post("/account/two-step/authenticator-app").session(session).with(csrf())
                        .param("code", SignInAccounts.code(key, Instant.now())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("save your recovery codes")))
                .andReturn().getResponse().getContentAsString();
        List<String> codes = new ArrayList<>();
        Matcher code = RECOVERY_CODE.matcher(shown);
        while (code.find()) {
            codes.add(code.group(1));
        }
        return new SetUp(key, codes);
    }

    private int failures(UUID userId) {
        return jdbc.sql("select failed_sign_ins from app_user where id = :id").param("id", userId).query(Integer.class).single();
    }

    private long ledger(String action, UUID subject) {
        return jdbc.sql("select count(*) from ledger_entry where action = :action and subject_id = :id")
                .param("action", action).param("id", subject.toString()).query(Long.class).single();
    }
}
