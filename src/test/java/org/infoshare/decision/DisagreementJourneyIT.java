package org.infoshare.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.infoshare.decision.rules.Answer;
import org.infoshare.decision.rules.NotInformReason;
import org.infoshare.decision.rules.NotSoughtReason;
import org.infoshare.decision.rules.OutsideUk;
import org.infoshare.shared.Actor;
import org.infoshare.shared.SharingPurpose;
import org.infoshare.subject.SubjectCommands;
import org.infoshare.subject.Subjects;
import org.infoshare.support.BrowserTest;
import org.infoshare.support.DemoPartnership;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.infoshare.support.DemoPartnership.COUNCIL_MANAGER;
import static org.infoshare.support.DemoPartnership.COUNCIL_PRACTITIONER;

/**
 * Professional judgement in a browser (001 Q4): the practitioner disagrees with the engine's outcome, their
 * manager decides on the questions of judgement, and the decision page keeps both views. Every page is scanned.
 */
class DisagreementJourneyIT extends BrowserTest {

    @Autowired DemoPartnership demo;
    @Autowired Subjects subjects;
    @Autowired SharingDecisions decisions;

    @Test
    void aPractitionerDisagreesAndTheirManagerDecides() {
        Actor practitioner = demo.actor(COUNCIL_PRACTITIONER);
        UUID subject = subjects.record(practitioner, new SubjectCommands.RecordSubject("DJ-" + UUID.randomUUID().toString().substring(0, 8),
                "Dale Judgement", LocalDate.of(2014, 9, 9))).id();
        UUID id = decisions.decide(practitioner, new DecisionCommands.Decide(subject, null, null, false, null,
                demo.organisation("Westshire Police").id(), null, null, SharingPurpose.SAFEGUARDING_CHILD, null, Answer.YES,
                List.of(new DecisionCommands.Item("safeguarding-concern", true, false)), true, true, null, null, null,
                NotSoughtReason.WOULD_PLACE_CHILD_AT_RISK, null, Answer.YES, Answer.NO, Answer.NO, Answer.NO, Answer.NO, Set.of(), Set.of(),
                Answer.YES, Answer.NO, null, OutsideUk.NO, null, Answer.NO, NotInformReason.WOULD_CREATE_OR_INCREASE_RISK, false, null,
                "Marks seen on two days")).id();

        signIn(page, COUNCIL_PRACTITIONER);
        open(page, "/decisions/" + id);
        assertThat(page.locator(".govuk-panel__title")).hasText("Share");
        assertAccessible(page);
        clickLink(page, "I disagree with this outcome");
        assertThat(page.locator("h1")).hasText("Disagree with the outcome");
        assertAccessible(page);
        clickButton(page, "Send for a decision");
        assertErrorSummary(page, "Select the outcome you think is right", "Enter why you disagree with the outcome");
        assertAccessible(page);
        choose(page, "Do not share");
        fill(page, "Why do you disagree?", "The school nurse recorded the fall that caused the marks: there is no concern to share.");
        choose(page, "My manager");
        clickButton(page, "Send for a decision");
        assertThat(page.locator(".govuk-warning-text").first()).containsText("The practitioner disagrees with this outcome");
        assertThat(page.locator("main")).containsText("Professional judgement");
        assertThat(link(page, "I disagree with this outcome")).hasCount(0);
        assertAccessible(page);

        Page manager = newSession();
        signIn(manager, COUNCIL_MANAGER);
        clickNavigation(manager, "Advice");
        assertThat(manager.locator("main")).containsText("Disagreements waiting for your decision");
        assertAccessible(manager);
        clickAndWait(manager.locator("a[href='/advice/judgements/" + id + "']"));
        assertThat(manager.locator("h1")).hasText("Decide on a disagreement");
        assertThat(manager.locator("main")).containsText("The school nurse recorded the fall");
        assertAccessible(manager);
        clickButton(manager, "Record your decision");
        assertErrorSummary(manager, "Enter the reasons for your decision");
        assertAccessible(manager);
        manager.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Is a child suffering, or at risk of suffering, significant harm?").setExact(true))
                .getByLabel("No", new Locator.GetByLabelOptions().setExact(true)).check();
        fill(manager, "The reasons for your decision", "I agree with the practitioner: the nurse's record explains the marks.");
        clickButton(manager, "Record your decision");
        assertThat(manager.locator(".govuk-panel__title")).hasText("Do not share");
        assertThat(manager.locator("main")).containsText("The practitioner disagreed with the outcome");
        assertThat(manager.locator("main")).containsText("I agree with the practitioner");
        assertThat(manager.locator("main")).containsText("Earlier outcomes, kept on the record");
        assertAccessible(manager);
    }
}
