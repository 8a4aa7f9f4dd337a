package org.infoshare.dataset;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.infoshare.agreement.AgreementRegister;
import org.infoshare.support.BrowserTest;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.TestAgreements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Datasets in a browser (with its script: the upload shows progress), every page scanned for accessibility. */
class DatasetJourneyIT extends BrowserTest {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired AgreementRegister register;

    @Test
    void theDpoSetsUpASpecificationAndThePoliceUploadToTheEarlyHelpTeam() throws Exception {
        String title = "Dataset journey agreement " + UUID.randomUUID().toString().substring(0, 8);
        new TestAgreements(mvc, demo, register).activeCopy(title);

        signIn(page, "dpo@westshire-police.example");
        open(page, "/datasets/specifications");
        assertThat(page.locator("h1")).hasText("Dataset specifications");
        assertAccessible(page);
        clickButton(page, "Set up a specification");
        assertAccessible(page);
        clickButton(page, "Continue to the columns");
        assertErrorSummary(page, "Choose the agreement", "Choose the recipient organisation", "Choose the team with a need to know");
        assertAccessible(page);
        page.getByLabel("Agreement", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel(
                page.locator("#agreementId option").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(title)).textContent().strip()));
        page.getByLabel("Recipient organisation", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Westshire County Council"));
        page.getByLabel("Team with a need to know", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Westshire County Council: Adult Social Care"));
        clickButton(page, "Continue to the columns");
        assertThat(page.locator("main")).containsText("No columns yet");
        assertAccessible(page);
        clickButton(page, "Add the column");
        assertThat(page.locator(".govuk-error-summary")).containsText("Enter the column's name");
        assertAccessible(page);
        fill(page, "Column name", "person-ref");
        page.getByLabel("Data item it carries", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setIndex(1));
        page.getByLabel("Type of value", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Text"));
        page.locator("#pseudonymise").check();
        clickButton(page, "Add the column");
        assertThat(page.locator(".govuk-notification-banner--success")).containsText("Column 'person-ref' added");
        assertAccessible(page);
        signOut(page);

        signIn(page, "practitioner@westshire-police.example");
        clickNavigation(page, "Datasets");
        assertThat(page.locator("h1")).hasText("Datasets");
        assertAccessible(page);
        clickButton(page, "Upload a dataset");
        assertThat(page.locator("h1")).hasText("Upload a dataset");
        assertAccessible(page);
        page.getByLabel("Where does it go?", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setIndex(1 + page.locator("#specificationId option").allTextContents().stream()
                        .skip(1).toList().indexOf(page.locator("#specificationId option").allTextContents().stream().skip(1)
                                .filter(text -> text.contains("Early Help")).findFirst().orElseThrow())));
        page.setInputFiles("#file", new FilePayload("monthly.csv", "text/csv",
                ("person-ref,family-ref,date-of-birth,crime-involvement\nWP-J-1,WF-J,2013-03-03,true\nWP-J-2,WF-J,2015-05-05,false\n")
                        .getBytes(StandardCharsets.UTF_8)));
        clickButton(page, "Upload and check");
        assertThat(page).hasURL(Pattern.compile("/datasets/[0-9a-f-]{36}$"));
        assertThat(page.locator("main")).containsText("Published 2 row(s)");
        assertAccessible(page);
        String dataset = page.url().replaceAll(".*(/datasets/[0-9a-f-]{36}).*", "$1");

        open(page, "/datasets/upload");
        assertAccessible(page);
        page.getByLabel("Where does it go?", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setIndex(1));
        page.setInputFiles("#file", new FilePayload("bad.csv", "text/csv",
                "person-ref,date-of-birth,notes\nX,not-a-date,Jane rang\n".getBytes(StandardCharsets.UTF_8)));
        clickButton(page, "Upload and check");
        assertThat(page.locator("h1")).hasText("Upload refused");
        assertThat(page.locator("main")).not().containsText("Jane rang");
        assertAccessible(page);

        Page earlyHelp = newSession();
        signIn(earlyHelp, "earlyhelp@westshire-council.example");
        clickNavigation(earlyHelp, "Datasets");
        assertAccessible(earlyHelp);
        open(earlyHelp, dataset);
        assertThat(earlyHelp.locator("main")).containsText("Download the dataset (CSV)");
        assertAccessible(earlyHelp);
    }
}
