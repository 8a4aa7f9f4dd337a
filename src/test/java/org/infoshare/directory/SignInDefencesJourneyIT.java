package org.infoshare.directory;

import java.time.Instant;
import java.util.regex.Pattern;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import org.infoshare.shared.Role;
import org.infoshare.support.BrowserTest;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.SignInAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in with a second step, in the browser: an authenticator app set up at first sign-in (its codes
 * computed here as the app would), a passkey added and used through Chromium's virtual authenticator, and
 * what someone sees when guessing is throttled or their account is locked.
 */
class SignInDefencesJourneyIT extends BrowserTest {

    @Autowired
    SignInAccounts accounts;

    @Autowired
    AccountLocks locks;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdministratorSetsUpAnAuthenticatorAppAtFirstSignInAndUsesItNextTime() {
        StaffMember admin = accounts.newOrganisationAdministrator();
        signIn(page, admin.username(), SignInAccounts.PASSWORD);
        assertThat(page).hasURL(Pattern.compile("/account/two-step$"));
        assertThat(page.locator("h1")).hasText("Second step of signing in");
        assertThat(page.locator(".app-set-up-needed")).containsText("Your organisation requires a second step");
        assertThat(page.locator(".govuk-service-navigation__list")).hasCount(0);

        clickButton(page, "Set up an authenticator app");
        assertThat(page.locator("h1")).hasText("Set up an authenticator app");
        assertThat(page.locator("img.app-qr-code")).isVisible();
        assertAccessible(page);
        String secret = page.locator(".app-secret code").textContent().replace(" ", "");

        fill(page, "Code from your authenticator app", "000000");
        clickButton(page, "Set up");
        assertErrorSummary(page, "The code is not correct. Enter the code your authenticator app shows now");
        assertAccessible(page);

        fill(page, "Code from your authenticator app", SignInAccounts.code(secret, Instant.now()));
        clickButton(page, "Set up");
        assertThat(page.locator("h1")).hasText("Authenticator app set up: save your recovery codes");
        assertThat(page.locator(".app-recovery-codes li")).hasCount(10);
        assertAccessible(page);
        clickButton(page, "I have saved my codes");
        assertThat(page.locator(".govuk-service-navigation__list")).isVisible();
        assertAccessible(page);

        signOut(page);
        enterPassword(page, admin.username());
        assertThat(page).hasURL(Pattern.compile("/sign-in/two-step$"));
        assertThat(page.locator("h1")).hasText("Confirm it is you");
        assertThat(page.locator(".govuk-service-navigation__list")).hasCount(0);
        assertAccessible(page);
        fill(page, "Code from your authenticator app", SignInAccounts.code(secret, Instant.now().plusSeconds(30)));
        clickButton(page, "Continue");
        assertThat(page.locator("h1")).hasText("Safeguarding information sharing");
        assertAccessible(page);
    }

    @Test
    void aPractitionerAddsAPasskeyAndSignsInWithItAlone() {
        StaffMember worker = accounts.councilPerson(Role.PRACTITIONER);
        CDPSession authenticator = page.context().newCDPSession(page);
        authenticator.send("WebAuthn.enable");
        JsonObject options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        JsonObject request = new JsonObject();
        request.add("options", options);
        authenticator.send("WebAuthn.addVirtualAuthenticator", request);

        signIn(page, worker.username(), SignInAccounts.PASSWORD);
        link(page, worker.displayName()).click();
        assertThat(page.locator("h1")).hasText("Your account");
        assertAccessible(page);
        clickLink(page, "Manage your second step of signing in");
        assertAccessible(page);
        clickButton(page, "Add a passkey");
        assertThat(page.locator("h1")).hasText("Add a passkey");
        assertThat(page.locator(".app-no-js-only")).isHidden();
        assertAccessible(page);
        fill(page, "Name for this passkey", "Work laptop");
        clickButton(page, "Add passkey");
        assertThat(page.locator("h1")).hasText("Passkey added: save your recovery codes");
        assertAccessible(page);
        clickButton(page, "I have saved my codes");
        assertAccessible(page);

        signOut(page);
        clickButton(page, "Use a passkey");
        assertThat(page.locator(".app-account-bar__who")).containsText(worker.displayName());
        assertThat(page.locator("h1")).hasText("Needs your attention");
        assertAccessible(page);
        assertThat(jdbc.sql("select count(*) from ledger_entry where action = 'access.signed-in' and subject_id = :id and details like '%passkey%'")
                .param("id", worker.id().toString()).query(Long.class).single()).isEqualTo(1);

        // With a passkey set up, a password alone now leads to the second step, where the passkey serves.
        signOut(page);
        enterPassword(page, worker.username());
        assertThat(page.locator("h1")).hasText("Confirm it is you");
        assertAccessible(page);
        clickButton(page, "Use a passkey");
        assertThat(page.locator("h1")).hasText("Needs your attention");
        assertAccessible(page);
    }

    @Test
    void guessingIsToldToWaitAndALockedAccountIsToldWhomToAsk() {
        StaffMember worker = accounts.councilPerson(Role.PRACTITIONER);
        open(page, "/sign-in");
        assertAccessible(page);
        for (int i = 0; i < 5; i++) {
            fill(page, "Username", worker.username());
            fill(page, "Password", "not-the-password-" + i);
            clickButton(page, "Sign in");
            assertErrorSummary(page, "Enter a correct username and password");
            assertAccessible(page);
        }
        fill(page, "Username", worker.username());
        fill(page, "Password", SignInAccounts.PASSWORD);
        clickButton(page, "Sign in");
        assertErrorSummary(page, "You have tried to sign in too many times. Wait 1 minute, then try again.");
        assertAccessible(page);

        StaffMember locked = accounts.councilPerson(Role.PRACTITIONER);
        for (int i = 0; i < 10; i++) {
            locks.failed(locked.id());
        }
        fill(page, "Username", locked.username());
        fill(page, "Password", SignInAccounts.PASSWORD);
        clickButton(page, "Sign in");
        assertErrorSummary(page, "Your account is locked after too many failed attempts to sign in. "
                + "Ask your organisation's partnership administrator to unlock it");
        assertAccessible(page);

        Page admin = newSession();
        signIn(admin, DemoPartnership.COUNCIL_ADMIN);
        open(admin, "/staff/" + locked.id());
        assertThat(admin.locator(".app-locked")).hasText("Locked");
        assertAccessible(admin);
        clickButton(admin, "Unlock account");
        assertSuccess(admin, locked.displayName() + "'s account is unlocked");
        assertAccessible(admin);

        signIn(page, locked.username(), SignInAccounts.PASSWORD);
        assertThat(page.locator("h1")).hasText("Needs your attention");
    }

    /** The password page's part only: where it leads depends on the second step. */
    private void enterPassword(Page page, String username) {
        fill(page, "Username", username);
        fill(page, "Password", SignInAccounts.PASSWORD);
        clickButton(page, "Sign in");
    }
}
