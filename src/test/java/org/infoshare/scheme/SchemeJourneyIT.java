package org.infoshare.scheme;

import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.infoshare.clock.StatutoryClock;
import org.infoshare.subject.SubjectCommands;
import org.infoshare.subject.Subjects;
import org.infoshare.support.BrowserTest;
import org.infoshare.support.DemoPartnership;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.infoshare.support.NarrowScreen.assertFitsAPhone;

/** A DVDS right to ask in the browser (004 §8.3): recorded by a police officer, through each stage to the disclosure and its undertaking. */
class SchemeJourneyIT extends BrowserTest {

    @Autowired DemoPartnership demo;
    @Autowired Subjects subjects;
    @Autowired StatutoryClock statutoryClock;

    @Test
    void aPoliceOfficerTakesAnApplicationFromReceiptToADisclosureWithItsSignedUndertaking() {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        var officer = demo.actor(DemoPartnership.POLICE_PRACTITIONER);
        subjects.record(officer, new SubjectCommands.RecordSubject("WP-CL-" + tag, "Clare Holt", LocalDate.of(1994, 4, 2)));
        subjects.record(officer, new SubjectCommands.RecordSubject("WP-GM-" + tag, "Gary Mason", LocalDate.of(1990, 9, 14)));
        LocalDate today = statutoryClock.today();

        Page police = page;
        signIn(police, DemoPartnership.POLICE_PRACTITIONER);
        clickNavigation(police, "Disclosure schemes");
        assertThat(police.locator("h1")).hasText("Disclosure schemes");
        assertAccessible(police);
        clickButton(police, "Record an application");
        assertAccessible(police);
        clickButton(police, "Record the application");
        assertErrorSummary(police, "Choose the scheme", "Enter the date the application was received", "Choose how the application was received",
                "Enter the applicant's name", "Enter how to contact the applicant safely", "Enter the applicant's relationship to the person at risk",
                "Choose the person at risk", "Choose the person the application is about");
        assertAccessible(police);
        choose(police, "Domestic Violence Disclosure Scheme: right to ask");
        fillDate(police, "When was it received?", today);
        choose(police, "In person at a police station");
        fill(police, "Applicant’s full name", "Wendy Holt");
        fill(police, "How to contact the applicant safely", "07700 900123, safe to text after 6pm");
        fill(police, "Applicant’s relationship to the person at risk", "Clare's mother");
        fill(police, "Person at risk", "WP-NOBODY-" + tag);
        fill(police, "Person the application is about", "WP-GM-" + tag);
        clickButton(police, "Record the application");
        assertErrorSummary(police, "Nobody in your force's records has this reference: add them first");
        assertAccessible(police);
        fill(police, "Person at risk", "WP-CL-" + tag);
        clickButton(police, "Record the application");
        assertThat(police.locator(".govuk-notification-banner--success")).containsText(" recorded");
        assertThat(police.locator("main")).containsText("Wendy Holt");
        assertThat(police.locator("main")).containsText("Initial checks to do");
        assertAccessible(police);
        assertFitsAPhone(police);

        clickButton(police, "Record the initial checks");
        assertAccessible(police);
        fill(police, "What did the checks find?", "Two convictions for assault on former partners, 2019 and 2022");
        clickButton(police, "Record the checks");
        assertSuccess(police, "Initial checks recorded");
        assertAccessible(police);

        clickButton(police, "Record the meeting with the applicant");
        assertAccessible(police);
        fillDate(police, "When did you meet them?", today);
        answer(police, "Was their identity verified?", "No");
        fill(police, "How was it verified?", "Could not be");
        clickButton(police, "Record the meeting");
        assertErrorSummary(police, "Verify the applicant's identity at the meeting before going on: nothing is disclosed to someone whose identity is not verified");
        assertAccessible(police);
        answer(police, "Was their identity verified?", "Yes");
        fill(police, "How was it verified?", "Passport seen");
        clickButton(police, "Record the meeting");
        assertSuccess(police, "Meeting with the applicant recorded");
        assertAccessible(police);

        clickButton(police, "Record the forum's recommendation");
        assertAccessible(police);
        fillDate(police, "When did the forum meet?", today);
        fill(police, "Which partners contributed?", "Children's services; the IDVA service");
        choose(police, "Disclose");
        fill(police, "The forum’s reasons", "A pattern of violence towards partners");
        clickButton(police, "Record the recommendation");
        assertSuccess(police, "Forum's recommendation recorded");
        assertAccessible(police);

        clickButton(police, "Decide whether to disclose");
        assertAccessible(police);
        choose(police, "The person at risk");
        answer(police, "Do convictions or information about their behaviour indicate a risk of harm?", "Yes");
        answer(police, "Is disclosure necessary to protect the person at risk?", "Yes");
        fill(police, "Your reasons", "His convictions show a risk of harm to Clare");
        clickButton(police, "Record the decision");
        assertSuccess(police, "Decision recorded: disclose in person");
        assertThat(police.locator("main")).containsText("Domestic Violence Disclosure Scheme");
        assertAccessible(police);

        clickButton(police, "Record the disclosure and the undertaking");
        assertAccessible(police);
        fillDate(police, "When did you meet them to disclose?", today);
        answer(police, "Was it in person?", "Yes");
        answer(police, "Was the warning about confidentiality given?", "Yes");
        choose(police, "Signed the undertaking");
        clickButton(police, "Record the disclosure");
        assertErrorSummary(police, "Enter what was disclosed, in the words used");
        assertAccessible(police);
        fill(police, "What was disclosed, in the words used", "Gary Mason has two convictions for assaulting former partners");
        clickButton(police, "Record the disclosure");
        assertSuccess(police, "Disclosed");
        assertThat(police.locator("main")).containsText("signed the undertaking");
        assertAccessible(police);
        assertFitsAPhone(police);

        Page council = newSession();
        signIn(council, DemoPartnership.COUNCIL_PRACTITIONER);
        assertThat(council.locator(".govuk-service-navigation").getByText("Disclosure schemes")).hasCount(0);
        assertAccessible(council);
        assertThat(council.locator(".app-everything").getByText("Disclosure schemes")).hasCount(0);
        open(council, "/schemes");
        assertThat(council.locator("h1")).hasText("Page not found");
        assertAccessible(council);
    }

    private static void answer(Page page, String question, String label) {
        Locator group = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(question).setExact(true));
        group.getByLabel(label, new Locator.GetByLabelOptions().setExact(true)).check();
    }
}
