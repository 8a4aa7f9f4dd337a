package org.infoshare.decision;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.infoshare.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.infoshare.support.DemoPartnership.COUNCIL_MANAGER;
import static org.infoshare.support.DemoPartnership.COUNCIL_PRACTITIONER;

/** The guided decision journey in a browser, one question per page, every page scanned for accessibility. */
class DecisionJourneyIT extends BrowserTest {

    @Test
    void aPractitionerDecidesOneQuestionAtATimeAndRecordsTheirReasons() {
        startFor("Morgan Journey");
        answer("Is the information confidential?", "Yes");
        answer("Did another organisation give you this information in confidence?", "No");
        answer("Do you have their consent?", "Consent has not been sought");
        answer("Why has consent not been sought?", "Seeking consent would place a child at increased risk of harm");
        answer("Is a child suffering, or likely to suffer, significant harm?", "Yes");
        answer("Is sharing needed to protect someone's life?", "No");
        answer("Is there a legal power to share, or a public function you are carrying out?", null);
        answer("Would sharing serve any of these public interests?", null);
        answer("Is there another, equally effective way to achieve the aim that is less intrusive?", "No");
        answer("Is sharing proportionate to the need and the level of risk?", "Yes");
        answer("How urgently is it needed?", "Routine");
        answer("Will the information be processed or stored outside the UK?", "No, it stays in the UK");
        answer("Will you tell the person that the information is being shared?", "No");
        answer("Why will you not tell them?", "Telling them would create or increase a risk of harm");
        answer("Do you want advice before the decision is made?", "No");

        assertThat(page.locator("h1")).hasText("Check your answers");
        assertAccessible(page);
        clickButton(page, "Continue to your reasons");
        assertThat(page.locator("h1")).hasText("Your reasons");
        assertAccessible(page);
        clickButton(page, "Record the decision");
        assertErrorSummary(page, "Enter your reasons for the decision");
        assertAccessible(page);
        fill(page, "Your reasons", "Morgan told the teacher they were hit at home; the police must know before the strategy meeting.");
        clickButton(page, "Record the decision");
        assertThat(page).hasURL(Pattern.compile("/decisions/[0-9a-f-]{36}$"));
        assertThat(page.locator(".govuk-panel__title")).hasText("Share");
        assertThat(page.locator("main")).containsText("UK GDPR Art 6(1)(e)");
        assertAccessible(page);
    }

    /**
     * Information that is not confidential engages no duty of confidence: the journey does not ask why consent was
     * not sought, and shares on the lawful basis alone (003 'When?'; 004 §6); a meeting is one of the approved ways
     * to share it (002 §4.4).
     */
    @Test
    void informationThatIsNotConfidentialIsSharedOnTheLawfulBasisWithoutAskingWhyConsentWasNotSought() {
        startFor("Riley Journey");
        answer("Is the information confidential?", "No");
        answer("Do you have their consent?", "Consent has not been sought");
        answer("Is a child suffering, or likely to suffer, significant harm?", "No");
        answer("Is sharing needed to protect someone's life?", "No");
        answer("Is there a legal power to share, or a public function you are carrying out?", null);
        answer("Would sharing serve any of these public interests?", null);
        answer("Is there another, equally effective way to achieve the aim that is less intrusive?", "No");
        answer("Is sharing proportionate to the need and the level of risk?", "Yes");
        answer("How urgently is it needed?", "Routine");
        answer("Will the information be processed or stored outside the UK?", "No, it stays in the UK");
        answer("Will you tell the person that the information is being shared?", "Yes");
        answer("Do you want advice before the decision is made?", "No");
        assertThat(page.locator("h1")).hasText("Check your answers");
        assertThat(page.locator("main")).not().containsText("Why has consent not been sought?");
        assertAccessible(page);
        clickButton(page, "Continue to your reasons");
        assertThat(page.locator("h1")).hasText("Your reasons");
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

    /** Signs in as the council's practitioner and answers the opening questions, up to whether it is confidential. */
    private void startFor(String name) {
        signIn(page, COUNCIL_PRACTITIONER);
        clickNavigation(page, "Decide whether to share");
        assertThat(page.locator("h1")).hasText("Decide whether to share");
        assertAccessible(page);
        clickButton(page, "Start a decision");
        assertThat(page.locator("h1")).hasText("Who is the information about?");
        assertAccessible(page);
        fill(page, "Your organisation’s reference for them", "J-" + UUID.randomUUID().toString().substring(0, 8));
        page.locator(".govuk-details__summary").click();
        fill(page, "Full name", name);
        fillDate(page, "Date of birth", "4", "5", "2017");
        clickButton(page, "Continue");

        answer("Is the person alive?", "Yes");
        assertThat(page.locator("h1")).hasText("Who would receive the information?");
        assertAccessible(page);
        page.getByLabel("Who would receive the information?", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Westshire Police"));
        clickButton(page, "Continue");
        answer("Why would you share it?", "Safeguarding a child: protecting them from abuse, neglect or harm");
        answer("Is there a clear and legitimate purpose for sharing?", "Yes");
        // Nothing ticked: the page says so and stays.
        assertThat(page.locator("h1")).hasText("What information are you considering sharing?");
        assertAccessible(page);
        clickButton(page, "Continue");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select an answer");
        assertAccessible(page);
        answer("What information are you considering sharing?", "The safeguarding concern: what was seen or said (personal data)");
        answer("Would any of it identify other people who could be harmed if their details became known?", null);
        answer("Does the information enable someone to be identified?", "Yes");
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

    /** Answers the question on the current page (scanning it first) and continues. */
    private void answer(String question, String label) {
        assertThat(page.locator("h1")).hasText(question);
        assertAccessible(page);
        if (label != null) {
            choose(page, label);
        }
        clickButton(page, "Continue");
    }
}
