package org.infoshare.support;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A browser journey: the real application (the same shared context as every {@link IntegrationTest}) driven
 * through headless Chromium. Each test starts with a fresh session in {@link #page} (no cookies), and may
 * open more with {@link #newSession()} (another person at another computer).
 *
 * <p>Every page a journey loads must pass {@link #assertAccessible(Page, String...)} (axe, WCAG 2.2 A and AA,
 * zero violations) before the journey moves on: a test that loads a page without scanning it fails, naming
 * the page. Third-party pages are marked with {@link #notScanned(Page, String)} instead. When a journey fails,
 * a screenshot and the HTML of each of its pages are saved under {@code target/browser-journeys/}; with
 * {@code INFOSHARE_SCREENSHOTS=all}, every scanned page is also photographed there.
 *
 * <p>Where Chromium is missing the journeys are skipped with a notice, unless
 * {@code INFOSHARE_BROWSER_TESTS=required}, which makes that a failure.
 *
 * <pre>{@code
 * class TeamJourneyIT extends BrowserTest {
 *     @Test
 *     void anAdministratorAddsATeam() {
 *         signIn(page, DemoPartnership.COUNCIL_ADMIN);          // scans the pages it passes through
 *         clickNavigation(page, "Partnership");
 *         assertAccessible(page);
 *         clickLink(page, "Westshire County Council");
 *         assertAccessible(page);
 *         clickButton(page, "Add a team");
 *         assertAccessible(page);
 *         clickButton(page, "Add team");                         // nothing filled in
 *         assertErrorSummary(page, "Enter the team's name");
 *         assertAccessible(page);                                // pages showing errors too
 *         fill(page, "Team name", "Triage " + UUID.randomUUID());
 *         clickButton(page, "Add team");
 *         assertSuccess(page, ...);
 *         assertAccessible(page);
 *     }
 * }
 * }</pre>
 */
@IntegrationTest
@ExtendWith(BrowserExtension.class)
public abstract class BrowserTest {

    /** Every demo account's password. */
    protected static final String PASSWORD = DemoPartnership.PASSWORD;

    @LocalServerPort
    private int port;

    /** This test's first browser session, fresh for each test. */
    protected Page page;

    private Journey journey;

    final void begin(Chromium chromium, String testClass, String testName) {
        journey = new Journey(chromium, "http://localhost:" + port, testClass, testName);
        page = journey.newSession();
    }

    final Journey journey() {
        return journey;
    }

    final void end() {
        try {
            if (journey != null) {
                journey.close();
            }
        } finally {
            journey = null;
            page = null;
        }
    }

    /** Another session with cookies of its own, e.g. a second person signed in at the same time. */
    protected Page newSession() {
        return journey.newSession();
    }

    /** The absolute address of a path in the application under test. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    // ---- moving about ---------------------------------------------------------------------------------

    /** Goes to a path (like {@code /staff}) and waits for the page to load; the response is the last of any redirects. */
    protected Response open(Page page, String path) {
        int before = journey.loads(page);
        Response response = page.navigate(path);
        page.waitForCondition(() -> journey.loads(page) > before);
        return response;
    }

    /** Clicks something that loads another page (a link, a submit button) and waits for that page. */
    protected void clickAndWait(Locator target) {
        Page page = target.page();
        int before = journey.loads(page);
        target.click();
        page.waitForCondition(() -> journey.loads(page) > before);
    }

    /** Follows the link whose accessible name is exactly {@code name}. */
    protected void clickLink(Page page, String name) {
        clickAndWait(link(page, name));
    }

    /** Presses the button (or link styled and announced as a button) named exactly {@code name}, and waits for the next page. */
    protected void clickButton(Page page, String name) {
        clickAndWait(button(page, name));
    }

    /**
     * Follows the service navigation's item with this label. An item with something waiting is named with its count
     * as well ("Inbox 2 waiting"), so the label may be followed by one. An item kept off the menu is followed from
     * the home page's list of everything, as a user would.
     */
    protected void clickNavigation(Page page, String label) {
        Locator inMenu = page.locator(".govuk-service-navigation").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName(java.util.regex.Pattern.compile(
                        "^" + label.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0") + "( \\d+ waiting)?$")));
        if (inMenu.count() == 0) {
            clickAndWait(page.locator(".govuk-service-navigation__service-name a"));
            assertAccessible(page);
            clickAndWait(page.locator(".app-everything").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(label).setExact(true)));
            return;
        }
        clickAndWait(inMenu);
    }

    protected static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    protected static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    // ---- forms -----------------------------------------------------------------------------------------

    /** Types into the text field labelled exactly {@code label}. */
    protected static void fill(Page page, String label, String value) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).fill(value);
    }

    /** Fills a GOV.UK date input (day, month and year inside the group named by its legend). */
    protected static void fillDate(Page page, String legend, String day, String month, String year) {
        Locator group = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend).setExact(true));
        group.getByLabel("Day", new Locator.GetByLabelOptions().setExact(true)).fill(day);
        group.getByLabel("Month", new Locator.GetByLabelOptions().setExact(true)).fill(month);
        group.getByLabel("Year", new Locator.GetByLabelOptions().setExact(true)).fill(year);
    }

    protected static void fillDate(Page page, String legend, LocalDate date) {
        fillDate(page, legend, String.valueOf(date.getDayOfMonth()), String.valueOf(date.getMonthValue()), String.valueOf(date.getYear()));
    }

    /** Chooses the radio button or ticks the checkbox labelled exactly {@code label}. */
    protected static void choose(Page page, String label) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).check();
    }

    /** Unticks the checkbox labelled exactly {@code label}. */
    protected static void untick(Page page, String label) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).uncheck();
    }

    // ---- signing in and out ----------------------------------------------------------------------------

    /** Signs in with the demo password and lands where the application sends them (the start page). */
    protected void signIn(Page page, String username) {
        signIn(page, username, PASSWORD);
    }

    protected void signIn(Page page, String username, String password) {
        if (!page.url().contains("/sign-in")) {
            open(page, "/sign-in");
            assertAccessible(page);
        }
        fill(page, "Username", username);
        fill(page, "Password", password);
        clickButton(page, "Sign in");
        if (page.url().contains("/sign-in")) {
            throw new AssertionError("Could not sign in as " + username + ": still on " + page.url());
        }
        assertThat(page.locator(".app-account-bar")).containsText("Signed in as");
        assertAccessible(page);
    }

    /** Signs out with the header's button, landing on the sign-in page. */
    protected void signOut(Page page) {
        clickButton(page, "Sign out");
        assertThat(page).hasURL(Pattern.compile("/sign-in\\?signed-out$"));
        assertAccessible(page);
    }

    // ---- checks ----------------------------------------------------------------------------------------

    /**
     * Scans the page as it now stands with axe-core for WCAG 2.2 A and AA failures and fails, listing each
     * violation (rule, impact, help, the elements concerned), unless there are none. Waits for the page to
     * finish loading first: after a click, first assert something about the page you expect.
     *
     * @param excluded CSS selectors of third-party parts not to scan
     */
    protected void assertAccessible(Page page, String... excluded) {
        page.waitForLoadState();
        Accessibility.assertNoViolations(page, excluded);
        journey.scanned(page);
        journey.checkBranding(page);
    }

    /** For a page not ours to fix (a third-party tool such as Swagger UI): say why it is not scanned. */
    protected void notScanned(Page page, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Say why the page is not scanned");
        }
        page.waitForLoadState();
        journey.covered(page);
    }

    /**
     * The GOV.UK error summary after a refused form: it has taken focus, the title starts "Error: ", it lists
     * exactly these messages in order, and each links to a field on the page that shows the same message
     * beside it (problems not about one field link to the main content).
     */
    protected static void assertErrorSummary(Page page, String... messages) {
        Locator summary = page.locator(".govuk-error-summary");
        assertThat(summary).isVisible();
        assertThat(summary).isFocused();
        assertThat(summary.locator(".govuk-error-summary__title")).hasText("There is a problem");
        assertThat(page).hasTitle(Pattern.compile("^Error: "));
        Locator links = summary.locator(".govuk-error-summary__list a");
        assertThat(links).hasText(messages);
        for (int i = 0; i < messages.length; i++) {
            String href = links.nth(i).getAttribute("href");
            if (href == null || !href.startsWith("#")) {
                throw new AssertionError("Error summary link '" + messages[i] + "' goes to " + href + ", not a field on the page");
            }
            String id = href.substring(1);
            if (id.equals("main-content")) {
                continue;
            }
            Locator field = page.locator("[id='" + id + "']");
            assertThat(field).hasCount(1);
            String tag = (String) field.evaluate("element => element.tagName");
            if (!List.of("INPUT", "SELECT", "TEXTAREA").contains(tag)) {
                throw new AssertionError("Error summary link '" + messages[i] + "' goes to a " + tag + ", not to the field itself");
            }
            assertThat(page.locator("[id='" + id + "-error']")).containsText(messages[i]);
        }
    }

    /** Follows the error summary's link to its field and checks that the field has taken focus. */
    protected static void followErrorLink(Page page, String message) {
        Locator link = page.locator(".govuk-error-summary__list a").getByText(message, new Locator.GetByTextOptions().setExact(true));
        String id = link.getAttribute("href").substring(1);
        link.click();
        assertThat(page.locator("[id='" + id + "']")).isFocused();
    }

    /**
     * The radio button or checkbox labelled exactly {@code label} is selected, and shows it: GOV.UK draws the
     * tick or dot on the label that follows the input, so a selected input can look empty if markup comes
     * between them.
     */
    protected static void assertChosen(Page page, String label) {
        Locator input = page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
        assertThat(input).isChecked();
        Object opacity = input.evaluate("input => getComputedStyle(document.querySelector(`label[for='${CSS.escape(input.id)}']`), '::after').opacity");
        if (!"1".equals(opacity)) {
            throw new AssertionError("'" + label + "' is selected but does not show it (tick opacity " + opacity + ")");
        }
    }

    /** The green success banner that follows a change, with this message. */
    protected static void assertSuccess(Page page, String message) {
        assertThat(page.locator(".govuk-notification-banner--success .govuk-notification-banner__heading")).hasText(message);
    }

    /** Saves a full-page screenshot under {@code target/browser-journeys/<test class>/}. */
    protected Path screenshot(Page page, String name) {
        return journey.screenshot(page, name);
    }
}
