package org.infoshare.agreement;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.infoshare.directory.DemoDirectory;
import org.infoshare.support.BrowserTest;
import org.infoshare.support.DemoPartnership;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Agreements in a real browser: drafting topic by topic, a refused submission, signing, reading, publishing. */
class AgreementJourneyIT extends BrowserTest {

    static final String COUNCIL_DPO = "dpo@westshire-council.example";
    static final String POLICE_DPO = "dpo@westshire-police.example";

    @Autowired DemoPartnership demo;
    @Autowired Agreements agreements;
    @Autowired DpiaAssessments dpias;
    @Autowired AgreementRegister register;
    @Autowired TransactionTemplate transaction;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aDpoDraftsTopicByTopicAndASubmissionIsRefusedNamingWhatIsMissing() {
        signIn(page, COUNCIL_DPO);
        clickNavigation(page, "Agreements");
        assertThat(page.locator("h1")).hasText("Information sharing agreements");
        assertAccessible(page);

        clickButton(page, "Draft a new agreement");
        assertAccessible(page);
        clickButton(page, "Start drafting");
        assertErrorSummary(page, "Enter the agreement's title");
        assertAccessible(page);
        String title = "Early Help Data Sharing Agreement " + suffix;
        fill(page, "Title of the agreement", title);
        clickButton(page, "Start drafting");
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator(".govuk-task-list").first()).containsText("Purposes and benefits");
        assertAccessible(page);

        clickLink(page, "Purposes and benefits");
        assertAccessible(page);
        choose(page, "Early help and family support");
        page.locator("#purposeWording-EARLY_HELP").fill("Offer families help early and prevent needs escalating");
        clickButton(page, "Save and return to the task list");
        assertSuccess(page, "Purposes and benefits saved");
        assertAccessible(page);

        clickLink(page, "Lawful basis");
        assertAccessible(page);
        choose(page, "UK GDPR Art 6(1)(e) – Public task");
        clickButton(page, "Save and return to the task list");
        assertSuccess(page, "Lawful basis saved");
        assertAccessible(page);

        clickLink(page, "Parties, their roles and duties");
        assertAccessible(page);
        clickButton(page, "Add a party");
        assertAccessible(page);
        clickButton(page, "Save party");
        assertErrorSummary(page, "Choose the organisation", "Set out the organisation's duties under the agreement",
                "Say whether the organisation processes for law enforcement as a competent authority");
        assertAccessible(page);
        page.getByLabel("Organisation", new Page.GetByLabelOptions().setExact(true)).selectOption(new String[] {DemoDirectory.POLICE});
        fill(page, "Duties", "Shares police information relevant to a family's needs");
        clickButton(page, "Save party");
        assertErrorSummary(page, "Say whether the organisation processes for law enforcement as a competent authority");
        assertAccessible(page);
        choose(page, "Yes");
        clickButton(page, "Save party");
        assertSuccess(page, DemoDirectory.POLICE + " added");
        assertAccessible(page);

        open(page, page.url().replace("/draft/parties", "/draft/check"));
        assertThat(page.locator("h1")).hasText("Check your answers before submitting the agreement");
        assertAccessible(page);
        clickButton(page, "Submit for signature");
        Locator summary = page.locator(".govuk-error-summary");
        assertThat(summary).isVisible();
        assertThat(summary).containsText("Introduce the agreement");
        assertThat(summary).containsText("Screen the agreement to decide whether a full data protection impact assessment is needed");
        assertThat(summary).not().containsText("State the purposes of the sharing");
        assertAccessible(page);
        clickLink(page, "Screen the agreement to decide whether a full data protection impact assessment is needed (000 §4.3)");
        assertThat(page.locator("h1")).hasText("Data protection impact assessment");
        assertAccessible(page);
        choose(page, "Does it match or combine datasets from different sources?");
        clickButton(page, "Screen the agreement");
        assertSuccess(page, "Screened: a full DPIA is needed");
        assertAccessible(page);
        clickButton(page, "Start the assessment");
        assertAccessible(page);
    }

    @Test
    void theLastSignatoryActivatesTheAgreementWhichIsThenPublished() {
        UUID id = transaction.execute(status -> {
            var dpo = demo.actor(COUNCIL_DPO);
            Agreement created = agreements.create(dpo, new AgreementCommands.CreateAgreement("Journey " + suffix));
            AgreementDocument d = AgreementFixtures.supportingFamilies(demo.organisation(DemoDirectory.COUNCIL).id(),
                    demo.organisation(DemoDirectory.POLICE).id());
            agreements.saveDraft(dpo, created.id(), new AgreementCommands.SaveDraft(DocumentCopy.edit(d, c -> c.title = "Journey " + suffix), 0));
            dpias.screen(dpo, created.id(), new Dpia.ScreeningAnswers(true, false, true, false, false, false, false, false, false));
            dpias.assess(dpo, created.id(), new AgreementCommands.AssessDpia(AgreementFixtures.completeAssessment()));
            dpias.signOffDpia(dpo, created.id());
            agreements.submit(dpo, created.id());
            agreements.sign(dpo, created.id(), 1);
            return created.id();
        });
        signIn(page, POLICE_DPO);
        open(page, "/agreements/" + id);
        assertThat(page.locator("h1")).hasText("Journey " + suffix);
        assertAccessible(page);
        clickButton(page, "Sign version 1");
        assertThat(page.locator("h1")).hasText("Sign the agreement");
        assertAccessible(page);
        clickButton(page, "Sign for my organisation");
        assertSuccess(page, "Signed. Every party has now signed: version 1 is in force");
        assertThat(page.locator(".govuk-summary-list").first()).containsText("Active");
        assertAccessible(page);
        clickButton(page, "Publish");
        assertSuccess(page, "Published: anyone can now read it at /public/agreements/" + id);
        assertAccessible(page);

        Page visitor = newSession();
        open(visitor, "/public/agreements");
        assertThat(visitor.locator("h1")).hasText("Published information sharing agreements");
        assertAccessible(visitor);
        clickLink(visitor, "Journey " + suffix);
        assertThat(visitor.locator("h1")).hasText("Journey " + suffix);
        assertThat(visitor.locator("main")).containsText("Appendix A: Parties to this agreement");
        assertAccessible(visitor);
    }

    @Test
    void aDpoRecordsAReviewFromTheDashboardAndReadsTheCatalogue() {
        signIn(page, COUNCIL_DPO);
        open(page, "/agreements/reviews");
        assertThat(page.locator("h1")).hasText("Agreement reviews");
        assertThat(page.locator("main")).containsText(DemoAgreements.SUPPORTING_FAMILIES);
        assertAccessible(page);
        clickLink(page, DemoAgreements.SUPPORTING_FAMILIES);
        assertThat(page.locator("main")).containsText("2.2 Lawful basis");
        assertAccessible(page);
        clickLink(page, "Screening and assessment");
        assertThat(page.locator("main")).containsText("Signed off on");
        assertAccessible(page);
        clickNavigation(page, "Legal catalogue");
        assertThat(page.locator("main")).containsText("Digital Economy Act 2017 Part 5");
        assertAccessible(page);
        clickButton(page, "Add a provision");
        assertAccessible(page);
        clickButton(page, "Add the provision");
        assertErrorSummary(page, "Select the layer the provision belongs to", "Enter the citation, like Children's Wellbeing and Schools Act 2025 s4",
                "Enter a short title", "Enter a code, like CSA2025-S4");
        assertAccessible(page);
    }
}
