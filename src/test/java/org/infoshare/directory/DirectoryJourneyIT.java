package org.infoshare.directory;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.infoshare.support.BrowserTest;
import org.infoshare.support.DemoPartnership;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.infoshare.support.DemoPartnership.COUNCIL_ADMIN;
import static org.infoshare.support.DemoPartnership.POLICE_PRACTITIONER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The council's partnership administrator looks after its directory entry and staff, through the pages. */
class DirectoryJourneyIT extends BrowserTest {

    @Autowired
    DemoPartnership demo;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final LocalDate today = LocalDate.now(org.infoshare.shared.UkCalendar.ZONE);

    @Test
    void theAdministratorLooksAfterTheirOrganisationsEntry() {
        signIn(page, COUNCIL_ADMIN);
        clickNavigation(page, "Partnership");
        assertThat(page.locator("h1")).hasText("The partnership");
        assertThat(page.locator("tbody tr")).not().hasCount(0);
        assertAccessible(page);

        clickLink(page, "Westshire County Council");
        assertThat(page.locator("h1")).hasText("Westshire County Council");
        assertAccessible(page);

        clickButton(page, "Add a team");
        assertThat(page.locator("h1")).hasText("Add a team");
        assertAccessible(page);
        clickButton(page, "Add team");
        assertErrorSummary(page, "Enter the team's name");
        assertAccessible(page);
        followErrorLink(page, "Enter the team's name");
        String team = "Missing Children Triage " + suffix;
        fill(page, "Team name", team);
        fill(page, "Description (optional)", "Return interviews and missing-episode triage");
        clickButton(page, "Add team");
        assertSuccess(page, team + " added");
        assertThat(page.locator("table", new Page.LocatorOptions().setHasText("Description"))).containsText(team);
        assertAccessible(page);

        clickButton(page, "Add security assurance");
        assertThat(page.locator("h1")).hasText("Add security assurance");
        assertAccessible(page);
        String reference = "CE-" + suffix;
        choose(page, "Cyber Essentials");
        fill(page, "Certificate or reference number (optional)", reference);
        fillDate(page, "Valid until", "31", "2", String.valueOf(today.getYear() + 1));
        clickButton(page, "Add assurance");
        assertErrorSummary(page, "The date the assurance is valid until must be a real date");
        assertChosen(page, "Cyber Essentials");
        assertAccessible(page);
        followErrorLink(page, "The date the assurance is valid until must be a real date");
        fillDate(page, "Valid until", today.plusYears(1));
        clickButton(page, "Add assurance");
        assertSuccess(page, "Security assurance added");
        Locator assurance = page.locator("tr", new Page.LocatorOptions().setHasText(reference));
        assertThat(assurance).containsText("Current");
        assertAccessible(page);
        clickAndWait(assurance.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Remove Cyber Essentials")));
        assertSuccess(page, "Security assurance removed");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText(reference))).hasCount(0);
        assertAccessible(page);

        clickLink(page, "Change details of Westshire County Council");
        assertThat(page.locator("h1")).hasText("Change organisation details");
        assertAccessible(page);
        Locator dpo = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Data Protection Officer").setExact(true));
        Locator phone = dpo.getByLabel("Telephone");
        Locator email = dpo.getByLabel("Email address");
        String originalPhone = phone.inputValue();
        String originalEmail = email.inputValue();
        phone.fill("01632 960 999");
        email.fill("the dpo at the council");
        clickButton(page, "Save changes");
        assertErrorSummary(page, "Enter an email address in the correct format, like name@example.org");
        assertThat(page.locator("[id='dataProtectionOfficer.phone']")).hasValue("01632 960 999");
        assertAccessible(page);
        email.fill(originalEmail);
        clickButton(page, "Save changes");
        assertSuccess(page, "Organisation details updated");
        assertThat(page.locator(".govuk-summary-list")).containsText("01632 960 999");
        assertAccessible(page);

        clickLink(page, "Change details of Westshire County Council");
        assertAccessible(page);
        phone.fill(originalPhone);
        clickButton(page, "Save changes");
        assertSuccess(page, "Organisation details updated");
        assertThat(page.locator(".govuk-summary-list")).containsText(originalPhone);
        assertAccessible(page);

        clickLink(page, "Back to the partnership");
        assertAccessible(page);
        clickButton(page, "Add an organisation");
        assertAccessible(page);
        clickButton(page, "Add organisation");
        assertErrorSummary(page, "Enter the organisation's name", "Select the type of organisation", "Enter the full name", "Enter a username");
        assertAccessible(page);
    }

    @Test
    void theAdministratorAddsSomeoneAndLooksAfterTheirAccess() {
        signIn(page, COUNCIL_ADMIN);
        clickNavigation(page, "Staff");
        assertThat(page.locator("h1")).hasText("Staff and partner systems");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Lee Marsh"))).hasCount(0);
        assertAccessible(page);

        clickAndWait(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Include people whose access was revoked"))));
        assertThat(page.locator("caption")).hasText("Everyone");
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("Lee Marsh"))).containsText("Revoked");
        assertAccessible(page);
        clickLink(page, "Show only people with access");
        assertThat(page.locator("caption")).hasText("People and systems with access");
        assertAccessible(page);

        clickLink(page, "Sam Okafor");
        assertThat(page.locator("h1")).hasText("Sam Okafor");
        assertThat(row(page, "Teams")).containsText("Children's Social Care – Assessment");
        assertAccessible(page);

        clickNavigation(page, "Staff");
        assertAccessible(page);
        clickButton(page, "Add a member of staff");
        assertThat(page.locator("h1")).hasText("Add a member of staff");
        assertAccessible(page);

        String name = "Nia Roberts " + suffix;
        String username = "nia.roberts." + suffix + "@westshire-council.example";
        fill(page, "Username", "nia roberts");
        fill(page, "Email address (optional)", "nia at the council");
        fillDate(page, "Date training was completed", "31", "13", String.valueOf(today.getYear()));
        clickButton(page, "Add to the directory");
        assertErrorSummary(page,
                "Enter the full name",
                "Username must not contain spaces",
                "Enter an email address in the correct format, like name@example.org",
                "Select at least one role",
                "The date the training was completed must be a real date");
        assertThat(page.getByLabel("Username")).hasValue("nia roberts");
        assertAccessible(page);
        followErrorLink(page, "Select at least one role");

        fill(page, "Full name", name);
        fill(page, "Username", username);
        fill(page, "Email address (optional)", username);
        fill(page, "Job title (optional)", "Early help worker");
        choose(page, "Practitioner");
        choose(page, "Early Help");
        fill(page, "Password (optional)", "a long and memorable passphrase");
        fillDate(page, "Date training was completed", today.minusMonths(1));
        fillDate(page, "Date training expires", today.plusMonths(11));
        clickButton(page, "Add to the directory");
        assertSuccess(page, name + " added");
        assertThat(page.locator("h1")).hasText(name);
        assertThat(row(page, "Teams")).hasText("Early Help");
        assertAccessible(page);

        clickLink(page, "Change details, roles and teams");
        assertChosen(page, "Practitioner");
        assertChosen(page, "Early Help");
        assertAccessible(page);
        untick(page, "Early Help");
        choose(page, "Adult Social Care");
        choose(page, "Manager (designated safeguarding lead)");
        clickButton(page, "Save changes");
        assertSuccess(page, "Details updated");
        assertThat(row(page, "Roles")).containsText("Manager (designated safeguarding lead)");
        assertThat(row(page, "Teams")).hasText("Adult Social Care");
        assertAccessible(page);

        clickLink(page, "Record training");
        assertAccessible(page);
        fillDate(page, "Date completed", today);
        fillDate(page, "Date it expires", today.minusDays(1));
        clickButton(page, "Record training");
        assertErrorSummary(page, "Training expiry must be on or after the date it was completed");
        assertAccessible(page);
        fillDate(page, "Date it expires", today.plusYears(1));
        clickButton(page, "Record training");
        assertSuccess(page, "Training recorded");
        assertThat(row(page, "Data protection training")).containsText("Current");
        assertAccessible(page);

        clickLink(page, "Record vetting");
        assertAccessible(page);
        choose(page, "DBS enhanced check");
        fillDate(page, "Date of check", today.minusDays(3));
        clickButton(page, "Record vetting");
        assertSuccess(page, "Vetting recorded");
        assertThat(row(page, "Vetting")).containsText("DBS enhanced check");
        assertAccessible(page);

        clickLink(page, "Set a new password");
        assertAccessible(page);
        fill(page, "New password", "short");
        clickButton(page, "Set password");
        assertErrorSummary(page, "Password must be between 12 and 200 characters");
        assertAccessible(page);
        fill(page, "New password", "another long and memorable passphrase");
        clickButton(page, "Set password");
        assertSuccess(page, "Password set. Give it to " + name + " by a separate, secure route.");
        assertAccessible(page);

        clickButton(page, "Issue an API token");
        assertThat(page.locator("h1")).hasText("Issue an API token");
        assertAccessible(page);
        String tokenName = "Case notes export " + suffix;
        fill(page, "Token name", tokenName);
        fillDate(page, "Expiry date", today.plusDays(30));
        clickButton(page, "Issue token");
        assertThat(page.locator("h1")).hasText("API token issued");
        String secret = page.locator("#issued-token").textContent().strip();
        assertTrue(secret.startsWith("ist_"), "the token is shown: " + secret);
        assertAccessible(page);
        clickLink(page, "Continue");
        Locator token = page.locator("tr", new Page.LocatorOptions().setHasText(tokenName));
        assertThat(token).containsText("Active");
        assertFalse(page.content().contains(secret), "the token is shown only once");
        assertAccessible(page);
        clickAndWait(token.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Revoke " + tokenName)));
        assertSuccess(page, "Token revoked");
        assertThat(token).containsText("Revoked");
        assertAccessible(page);

        clickLink(page, "Revoke access");
        assertThat(page.locator("h1")).hasText("Revoke access");
        assertThat(page.locator(".govuk-warning-text")).containsText("stop working on their very next request");
        assertAccessible(page);
        clickButton(page, "Revoke access");
        assertErrorSummary(page, "Select why access is ending");
        assertAccessible(page);
        choose(page, "Left the organisation");
        clickButton(page, "Revoke access");
        assertSuccess(page, name + "'s access has been revoked. Their sessions and tokens no longer work.");
        assertThat(row(page, "Access revoked")).containsText("Left the organisation");
        assertAccessible(page);
        clickButton(page, "Reinstate access");
        assertSuccess(page, name + "'s access has been reinstated");
        assertThat(row(page, "Access revoked")).hasCount(0);
        assertAccessible(page);
    }

    @Test
    void yourOwnAccount() {
        signIn(page, COUNCIL_ADMIN);
        clickAndWait(page.locator(".app-account-bar").getByRole(AriaRole.LINK));
        assertThat(page.locator("h1")).hasText("Your account");
        assertThat(row(page, "Organisation")).containsText("Westshire County Council");
        assertAccessible(page);

        clickLink(page, "Change your password");
        assertAccessible(page);
        fill(page, "Current password", "not my password at all");
        fill(page, "New password", "a brand new long passphrase");
        clickButton(page, "Change password");
        assertErrorSummary(page, "Your current password is not correct");
        assertAccessible(page);

        clickLink(page, "Back");
        assertAccessible(page);
        clickButton(page, "Issue yourself an API token");
        assertAccessible(page);
        clickButton(page, "Issue token");
        assertErrorSummary(page, "Enter a name for the token, like 'Case system nightly upload'", "Enter the date the token expires");
        assertAccessible(page);
    }

    @Test
    void anotherOrganisationsEntryIsRefusedAndUnknownRecordsAreNotFound() {
        signIn(page, COUNCIL_ADMIN);
        UUID police = demo.organisation("Westshire Police").id();

        Response refused = open(page, "/organisations/" + police + "/edit");
        assertEquals(403, refused.status());
        assertThat(page.locator("h1")).hasText("You cannot do this");
        assertThat(page.locator(".app-account-bar__who")).hasText("Signed in as Alex Turner, Westshire County Council");
        assertThat(page.locator(".govuk-service-navigation__list .govuk-service-navigation__link")).hasCount(6);
        assertAccessible(page);

        for (String path : new String[] {
                "/organisations/" + UUID.randomUUID(),
                "/staff/" + demo.userId(POLICE_PRACTITIONER),
                "/staff/not-a-record",
                "/no-such-page"}) {
            Response missing = open(page, path);
            assertEquals(404, missing.status(), path);
            assertThat(page.locator("h1")).hasText("Page not found");
            assertThat(page.locator(".app-account-bar__who")).containsText("Alex Turner");
            assertAccessible(page);
        }
    }

    @Test
    void someoneRevokedWhileSignedInIsSignedOutOnTheirNextPage() {
        Page admin = page;
        signIn(admin, COUNCIL_ADMIN);
        open(admin, "/staff/new");
        assertAccessible(admin);
        String name = "Leigh Temp " + suffix;
        String username = "leigh.temp." + suffix + "@westshire-council.example";
        String password = "a temporary long passphrase";
        fill(admin, "Full name", name);
        fill(admin, "Username", username);
        choose(admin, "Practitioner");
        fill(admin, "Password (optional)", password);
        clickButton(admin, "Add to the directory");
        assertSuccess(admin, name + " added");
        assertAccessible(admin);

        Page worker = newSession();
        signIn(worker, username, password);
        assertThat(worker.locator(".app-account-bar__who")).hasText("Signed in as " + name + ", Westshire County Council");

        clickLink(admin, "Revoke access");
        assertAccessible(admin);
        choose(admin, "Left the organisation");
        clickButton(admin, "Revoke access");
        assertSuccess(admin, name + "'s access has been revoked. Their sessions and tokens no longer work.");
        assertAccessible(admin);

        open(worker, "/organisations");
        assertThat(worker).hasURL(Pattern.compile("/sign-in\\?revoked$"));
        assertThat(worker.locator(".govuk-notification-banner")).containsText("Your access has ended");
        assertThat(worker.locator(".app-account-bar")).hasCount(0);
        assertAccessible(worker);

        fill(worker, "Username", username);
        fill(worker, "Password", password);
        clickButton(worker, "Sign in");
        assertErrorSummary(worker, "Enter a correct username and password");
        assertAccessible(worker);
    }

    /** A row of a GOV.UK summary list, by its key. */
    private static Locator row(Page page, String key) {
        return page.locator(".govuk-summary-list__row").filter(new Locator.FilterOptions()
                .setHas(page.locator(".govuk-summary-list__key").getByText(key, new Locator.GetByTextOptions().setExact(true))))
                .locator(".govuk-summary-list__value");
    }
}
