package org.infoshare.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.infoshare.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.support.DemoPartnership.COUNCIL_MANAGER;
import static org.infoshare.support.DemoPartnership.COUNCIL_PRACTITIONER;
import static org.infoshare.support.NarrowScreen.assertFitsAPhone;

/**
 * The guided decision journey in a browser: urgency first, a few related questions to a page with the page's place
 * shown, the outcome before the reasons; every page scanned for accessibility and fitted to a phone.
 */
class DecisionJourneyIT extends BrowserTest {

    private static final String IMMEDIATE = "Immediate: someone may be harmed if it is not shared now";

    /**
     * Immediate risk: from the first page to the outcome in eight pages, then the reasons, the recorded decision and
     * "Send securely to" the named team, with the decision's items and team carried into the disclosure.
     */
    @Test
    void anImmediateRiskIsDecidedInEightPagesAndSentFromTheOutcome() {
        signIn(page, COUNCIL_PRACTITIONER);
        clickNavigation(page, "Decide whether to share");
        assertAccessible(page);
        List<Double> serverMillis = new ArrayList<>();
        page.onResponse(response -> {
            if ("document".equals(response.request().resourceType())) {
                serverMillis.add(serverTime(response));
            }
        });
        clickButton(page, "Start a decision");
        int pages = 1;
        onPage("How urgent is it, and who is it about?", "Page 1 of");
        choose(page, IMMEDIATE);
        fill(page, "Your organisation’s reference for them", "J-" + UUID.randomUUID().toString().substring(0, 8));
        page.locator(".govuk-details__summary").click();
        fill(page, "Full name", "Jamie Urgent");
        fillDate(page, "Date of birth", "26", "10", "2017");
        clickButton(page, "Continue");

        pages++;
        onPage("Who needs it, and why", "Page 2 of");
        page.getByLabel("Who would receive the information?", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Westshire Police – Public Protection Desk"));
        answer("Why would you share it?", "Safeguarding a child: protecting them from abuse, neglect or harm");
        answer("Is there a clear and legitimate purpose for sharing?", "Yes");
        clickButton(page, "Continue");

        pages++;
        onPage("What information are you considering sharing?", "Page 3 of");
        assertThat(page.locator("h2.app-item-group").first()).hasText("Personal data");
        choose(page, "The safeguarding concern: what was seen or said");
        clickButton(page, "Continue");

        pages++;
        onPage("About the information", "Page 4 of");
        answer("Is the person alive?", "Yes");
        answer("Does the information enable someone to be identified?", "Yes");
        answer("Is the information confidential?", "Yes");
        answer("Do you have their consent?", "Consent has not been sought");
        clickButton(page, "Continue");

        pages++;
        onPage("Confidence and consent", "Page 5 of 8");
        answer("Did another organisation give you this information in confidence?", "No");
        answer("Why has consent not been sought?", "Seeking consent would place a child at increased risk of harm");
        clickButton(page, "Continue");

        pages++;
        onPage("The risk of harm", "Page 6 of 8");
        assertThat(page.locator("main")).not().containsText("Does the adult have needs for care and support?");
        answer("Is a child suffering, or likely to suffer, significant harm?", "Yes");
        answer("Is sharing needed to protect someone's life?", "No");
        clickButton(page, "Continue");

        pages++;
        onPage("The legal basis, where it goes and who is told", "Page 7 of 8");
        assertThat(page.locator("main")).not().containsText("Do you want advice before the decision is made?");
        answer("Is there another, equally effective way to achieve the aim that is less intrusive?", "No");
        answer("Is sharing proportionate to the need and the level of risk?", "Yes");
        answer("Will the information be processed or stored outside the UK?", "No, it stays in the UK");
        answer("Will you tell the person that the information is being shared?", "Yes");
        clickButton(page, "Continue");

        pages++;
        onPage("The outcome and your answers", "Page 8 of 8");
        assertThat(page.locator(".govuk-panel__title")).hasText("Share");
        assertThat(pages).isLessThanOrEqualTo(8);
        // Every request from "Start a decision" to the outcome page: each answer's POST and redirect, each page's GET.
        List<Double> sorted = serverMillis.stream().sorted().toList();
        System.out.printf("Immediate-risk journey: %d pages to the outcome, %d requests; server time total %.0f ms, median %.0f ms, max %.0f ms%n",
                pages, sorted.size(), sorted.stream().mapToDouble(Double::doubleValue).sum(), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1));

        clickButton(page, "Continue to your reasons");
        assertThat(page.locator("h1")).hasText("Your reasons");
        assertThat(page.locator("main")).containsText("The outcome of your answers: Share");
        assertAccessible(page);
        fill(page, "Your reasons", "Jamie told the teacher they were hit at home last night; the police must know now.");
        clickButton(page, "Record the decision");
        assertThat(page).hasURL(Pattern.compile("/decisions/[0-9a-f-]{36}$"));
        assertThat(page.locator(".govuk-panel__title")).hasText("Share");
        assertThat(page.locator("main")).not().containsText("004 golden rule");
        assertAccessible(page);
        assertFitsAPhone(page);

        clickButton(page, "Send securely to Public Protection Desk");
        assertThat(page.locator("h1")).containsText("Disclose to Westshire Police");
        assertThat(page.getByLabel("Who has a need to know?", new Page.GetByLabelOptions().setExact(true))).hasValue(Pattern.compile("^team:.*"));
        assertAccessible(page);
        assertFitsAPhone(page);
        page.locator("[id='items[0].content']").fill("Jamie said they were hit with a belt last night and is afraid to go home.");
        clickButton(page, "Send securely");
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Disclosure sent to Public Protection Desk");
        assertAccessible(page);
    }

    /** A routine decision asks one page at a time what the short path puts together, and advice may be asked for. */
    @Test
    void aRoutineDecisionIsRefusedAnAnswerUntilEveryQuestionOnThePageIsAnswered() {
        signIn(page, COUNCIL_PRACTITIONER);
        clickNavigation(page, "Decide whether to share");
        assertThat(page.locator("h1")).hasText("Decide whether to share");
        assertAccessible(page);
        clickButton(page, "Start a decision");
        onPage("How urgent is it, and who is it about?", "Page 1 of");
        clickButton(page, "Continue");
        assertErrorSummary(page, "Select how urgently the information is needed", "Enter your organisation's reference for them");
        assertAccessible(page);
        choose(page, "Routine");
        fill(page, "Your organisation’s reference for them", "J-" + UUID.randomUUID().toString().substring(0, 8));
        page.locator(".govuk-details__summary").click();
        fill(page, "Full name", "Riley Journey");
        fillDate(page, "Date of birth", "4", "5", "2017");
        clickButton(page, "Continue");

        onPage("Who needs it, and why", "Page 2 of");
        page.getByLabel("Who would receive the information?", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Westshire Police"));
        answer("Why would you share it?", "Safeguarding a child: protecting them from abuse, neglect or harm");
        clickButton(page, "Continue");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select an answer to: Is there a clear and legitimate purpose for sharing?");
        assertAccessible(page);
        answer("Is there a clear and legitimate purpose for sharing?", "Yes");
        clickButton(page, "Continue");

        onPage("What information are you considering sharing?", "Page 3 of");
        clickButton(page, "Continue");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select an answer");
        assertAccessible(page);
        choose(page, "The safeguarding concern: what was seen or said");
        clickButton(page, "Continue");

        onPage("About the information", "Page 4 of");
        answer("Is the person alive?", "Yes");
        answer("Does the information enable someone to be identified?", "Yes");
        answer("Is the information confidential?", "No");
        answer("Do you have their consent?", "Consent has not been sought");
        clickButton(page, "Continue");

        onPage("The risk of harm", "Page 5 of");
        answer("Is a child suffering, or likely to suffer, significant harm?", "No");
        answer("Is sharing needed to protect someone's life?", "No");
        clickButton(page, "Continue");

        onPage("The legal basis and proportionality", "Page 6 of");
        answer("Is there another, equally effective way to achieve the aim that is less intrusive?", "No");
        answer("Is sharing proportionate to the need and the level of risk?", "Yes");
        clickButton(page, "Continue");

        onPage("Where it goes and who is told", "Page 7 of");
        answer("Will the information be processed or stored outside the UK?", "No, it stays in the UK");
        answer("Will you tell the person that the information is being shared?", "Yes");
        answer("Do you want advice before the decision is made?", "No");
        clickButton(page, "Continue");

        onPage("The outcome and your answers", "Page 8 of 8");
        assertThat(page.locator("main")).not().containsText("Why has consent not been sought?");
        clickButton(page, "Continue to your reasons");
        assertThat(page.locator("h1")).hasText("Your reasons");
        assertAccessible(page);
        clickButton(page, "Record the decision");
        assertErrorSummary(page, "Enter your reasons for the decision");
        assertAccessible(page);
        fill(page, "Your reasons", "The address is on the public register; the police need it for a welfare check.");
        clickButton(page, "Record the decision");
        assertThat(page).hasURL(Pattern.compile("/decisions/[0-9a-f-]{36}$"));
        assertThat(page.locator(".govuk-panel__title")).hasText("Share");
        assertThat(page.locator("main")).containsText("UK GDPR Art 6(1)(e)");
        assertThat(page.locator("main")).containsText("Not confidential: no duty of confidence stands in the way");
        assertThat(page.locator("main")).containsText("Meeting, in person or virtual");
        assertAccessible(page);
    }

    @Test
    void theRegistersAndQueuesAreAccessible() {
        signIn(page, COUNCIL_PRACTITIONER);
        clickNavigation(page, "Consent");
        assertThat(page.locator("h1")).hasText("Consent register");
        assertAccessible(page);
        clickButton(page, "Record consent or a refusal");
        assertThat(page.locator("h1")).hasText("Record consent or a refusal");
        assertAccessible(page);
        clickButton(page, "Record");
        assertThat(page.locator(".govuk-error-summary")).isVisible();
        assertAccessible(page);
        clickNavigation(page, "Requests");
        assertThat(page.locator("h1")).hasText("Requests for information");
        assertAccessible(page);
        clickButton(page, "Ask another organisation for information");
        assertThat(page.locator("h1")).hasText("Ask another organisation for information");
        assertAccessible(page);

        Page manager = newSession();
        signIn(manager, COUNCIL_MANAGER);
        clickNavigation(manager, "Advice");
        assertThat(manager.locator("h1")).hasText("Advice");
        assertAccessible(manager);
    }

    /** The page's heading and its place in the journey; scanned, and fitted to a phone. */
    private void onPage(String heading, String progress) {
        assertThat(page.locator("h1")).hasText(heading);
        assertThat(page.locator(".govuk-caption-l")).containsText(progress);
        assertAccessible(page);
        assertFitsAPhone(page);
    }

    /** Chooses an answer within the question it belongs to, so that the "Yes" of one question is not another's. */
    private void answer(String question, String label) {
        Locator group = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(question).setExact(true));
        group.getByLabel(label, new Locator.GetByLabelOptions().setExact(true)).check();
    }

    /** How long the server took to answer: from the request sent to the first byte back, on the same machine. */
    private static double serverTime(Response response) {
        var timing = response.request().timing();
        return Math.max(0, timing.responseStart - timing.requestStart);
    }
}
