package org.infoshare.web;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.BoundingBox;
import org.infoshare.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.infoshare.support.DemoPartnership.COUNCIL_ADMIN;
import static org.infoshare.support.DemoPartnership.COUNCIL_LAPSED;
import static org.infoshare.support.DemoPartnership.COUNCIL_PRACTITIONER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Signing in and out, what the header and navigation show each person, and the pages around them. */
class SignInJourneyIT extends BrowserTest {

    private static final Pattern SIGN_IN = Pattern.compile("/sign-in(\\?.*)?$");

    @Test
    void signingInShowsWhoAndWhereAndSigningOutEndsTheSession() {
        open(page, "/organisations");
        assertThat(page).hasURL(SIGN_IN);
        assertThat(page.locator("h1")).hasText("Sign in");
        assertThat(page.locator(".app-account-bar")).hasCount(0);
        assertThat(page.locator(".govuk-service-navigation__list")).hasCount(0);
        assertAccessible(page);

        fill(page, "Username", COUNCIL_ADMIN);
        fill(page, "Password", "not-the-password");
        clickButton(page, "Sign in");
        assertThat(page).hasURL(Pattern.compile("/sign-in\\?error$"));
        assertErrorSummary(page, "Enter a correct username and password");
        assertAccessible(page);
        followErrorLink(page, "Enter a correct username and password");

        fill(page, "Username", COUNCIL_ADMIN);
        fill(page, "Password", PASSWORD);
        clickButton(page, "Sign in");
        assertThat(page.locator(".app-account-bar__who")).hasText("Signed in as Alex Turner, Westshire County Council");
        assertThat(page.locator(".govuk-service-navigation__list .govuk-service-navigation__link")).hasText(new String[] {"Agreements", "Legal catalogue", "Incidents", "Partnership", "Staff", "Calendar", "Oversight"});
        assertThat(page.locator("h1")).hasText("The partnership");
        assertThat(page.locator(".govuk-service-navigation__item--active")).hasText("Partnership");
        assertAccessible(page);

        clickButton(page, "Sign out");
        assertThat(page).hasURL(Pattern.compile("/sign-in\\?signed-out$"));
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("You have signed out");
        assertThat(page.locator(".app-account-bar")).hasCount(0);
        assertAccessible(page);

        Response staff = open(page, "/staff");
        assertThat(page).hasURL(Pattern.compile("/sign-in$"));
        assertEquals(200, staff.status());
        assertThat(page.locator(".govuk-notification-banner")).hasCount(0);
        assertAccessible(page);
    }

    @Test
    void theStartPageOffersWhatTheirRolesAllow() {
        signIn(page, COUNCIL_ADMIN);
        assertThat(page.locator("h1")).hasText("Safeguarding information sharing");
        assertThat(page.locator("main .app-everything a")).hasText(new String[] {"The partnership's record of processing", "Agreements", "Legal catalogue", "Incidents", "Partnership", "Staff", "Calendar", "Oversight"});

        Page practitioner = newSession();
        signIn(practitioner, COUNCIL_PRACTITIONER);
        assertThat(practitioner.locator(".app-account-bar__who")).hasText("Signed in as Sam Okafor, Westshire County Council");
        // The menu keeps what a practitioner uses every day (with counts of what waits); the home page lists everything.
        String[] practitionerMenu = {"People", "Decide whether to share", "Requests", "Consent", "Rights notices", "Agreements", "Inbox",
                "Incidents", "Partnership"};
        assertThat(practitioner.locator(".govuk-service-navigation__list .govuk-service-navigation__link")).containsText(practitionerMenu);
        assertThat(practitioner.locator(".govuk-service-navigation__list .govuk-service-navigation__link")).hasCount(practitionerMenu.length);
        assertThat(practitioner.locator("h1")).hasText("Needs your attention");
        assertThat(practitioner.locator("main .app-everything a")).hasText(new String[] {"People", "Decide whether to share", "Requests",
                "Consent", "Record a rights request", "Rights notices", "Informing people", "Case dates", "Agreements", "Inbox", "Sent", "Requests sent", "Datasets", "Incidents", "Break glass",
                "Partnership"});

        Response refused = open(practitioner, "/staff");
        assertEquals(403, refused.status());
        assertThat(practitioner.locator("h1")).hasText("You cannot do this");
        assertThat(practitioner.locator(".app-account-bar__who")).containsText("Sam Okafor");
        assertAccessible(practitioner);
    }

    @Test
    void someoneWhoseTrainingHasLapsedIsWarnedOnEveryPage() {
        signIn(page, COUNCIL_LAPSED);
        Locator warning = page.locator(".app-training-warning");
        assertThat(warning).containsText("Your mandatory data protection training has lapsed");
        clickNavigation(page, "Partnership");
        assertThat(page.locator("h1")).hasText("The partnership");
        assertThat(warning).isVisible();
        assertAccessible(page);
    }

    @Test
    void theAccessibilityStatementAndTheApiDocumentationAreOpenToAll() {
        open(page, "/sign-in");
        assertAccessible(page);
        clickLink(page, "Accessibility");
        assertThat(page.locator("h1")).hasText("Accessibility statement");
        assertAccessible(page);

        clickLink(page, "API documentation");
        assertThat(page).hasURL(Pattern.compile("/swagger-ui/index.html"));
        // The OpenAPI document is built on first request, which takes a while on a busy machine.
        assertThat(page.locator(".swagger-ui .opblock").first()).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(page.locator(".swagger-ui .info .title")).isVisible();
        notScanned(page, "Swagger UI is a third-party tool; the API it documents is what we own");

        signIn(page, COUNCIL_PRACTITIONER);
        clickLink(page, "Accessibility");
        assertThat(page.locator("h1")).hasText("Accessibility statement");
        assertThat(page.locator(".app-account-bar__who")).containsText("Sam Okafor");
        assertAccessible(page);
    }

    @Test
    void theKeyboardReachesTheContentAndAlwaysShowsWhereItIs() {
        signIn(page, COUNCIL_ADMIN);
        clickNavigation(page, "Staff");
        assertAccessible(page);

        page.keyboard().press("Tab");
        Locator skipLink = page.locator(".govuk-skip-link");
        assertThat(skipLink).isFocused();
        BoundingBox box = skipLink.boundingBox();
        assertTrue(box.width > 50 && box.height > 20, "the skip link shows when it has focus");
        assertFocusVisible(skipLink);
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("#main-content$"));
        assertThat(page.locator("#main-content")).isFocused();
        page.keyboard().press("Tab");
        Locator firstInMain = button(page, "Add a member of staff");
        assertThat(firstInMain).isFocused();
        assertFocusVisible(firstInMain);

        Locator[] others = {
                page.locator(".govuk-service-navigation__link").first(),
                page.locator(".app-account-bar").getByRole(com.microsoft.playwright.options.AriaRole.LINK),
                button(page, "Sign out"),
                link(page, "Sam Okafor"),
                link(page, "Accessibility")};
        for (Locator element : others) {
            element.focus();
            assertThat(element).isFocused();
            assertFocusVisible(element);
        }

        clickButton(page, "Add a member of staff");
        assertAccessible(page);
        Locator name = page.getByLabel("Full name");
        name.focus();
        assertFocusVisible(name);
        Locator checkbox = page.getByLabel("Practitioner");
        checkbox.focus();
        assertFocusVisible(page.locator(".govuk-checkboxes__item").first());
    }

    /**
     * GOV.UK's focus style: a yellow (#ffdd00) outline, background or shadow, on the element or, for
     * checkboxes and radios, on the box drawn beside it.
     */
    private static void assertFocusVisible(Locator element) {
        String styles = (String) element.evaluate("""
                element => {
                  const own = getComputedStyle(element);
                  const box = getComputedStyle(element, '::before');
                  const input = element.querySelector('input');
                  const drawn = input ? getComputedStyle(input.nextElementSibling, '::after') : null;
                  return [own.outlineStyle + ' ' + own.outlineColor, own.backgroundColor, own.boxShadow,
                          box.boxShadow, drawn ? drawn.boxShadow : '', input ? getComputedStyle(input.nextElementSibling, '::before').boxShadow : ''].join(' | ');
                }""");
        assertTrue(styles.contains("rgb(255, 221, 0)"), "Focus should show in GOV.UK yellow, but the styles were: " + styles);
    }
}
