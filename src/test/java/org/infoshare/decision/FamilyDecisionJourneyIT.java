package org.infoshare.decision;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.infoshare.support.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.infoshare.support.DemoPartnership.COUNCIL_PRACTITIONER;

/**
 * A family in a browser: a child added, a parent and the parent's partner linked on the child's page, and a
 * decision about the family, each member on a page of their own and each decided separately. Every page is scanned.
 */
class FamilyDecisionJourneyIT extends BrowserTest {

    @Test
    void aPractitionerLinksAFamilyAndDecidesAboutEachMember() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        signIn(page, COUNCIL_PRACTITIONER);
        clickNavigation(page, "People");
        assertThat(page.locator("h1")).hasText("People");
        assertAccessible(page);
        clickLink(page, "Add a person");
        assertAccessible(page);
        clickButton(page, "Add them");
        assertErrorSummary(page, "Enter your organisation's reference for them, like a case number or NHS number", "Enter their full name");
        assertAccessible(page);
        fill(page, "Your organisation’s reference for them", "C-" + suffix);
        fill(page, "Full name", "Ash Child " + suffix);
        fillDate(page, "Date of birth", "6", "6", "2016");
        clickButton(page, "Add them");
        assertThat(page.locator("h1")).hasText("Ash Child " + suffix);
        assertThat(page.locator("main")).containsText("Nobody is linked to them yet.");
        assertAccessible(page);

        link("Parent", "P-" + suffix, "Bo Parent " + suffix, "1989");
        link("Partner of a parent", "Q-" + suffix, "Cy Partner " + suffix, "1985");
        assertThat(page.locator("table")).containsText("Partner of a parent");

        clickLink(page, "Decide whether to share information about the family");
        assertThat(page.locator("h1")).hasText("Who in the family is the information about?");
        assertAccessible(page);
        clickButton(page, "Continue");
        assertErrorSummary(page, "Select the family members the information is about", "Select which of them, if any, is the child at risk");
        assertAccessible(page);
        chooseIn("The family members", "Ash Child " + suffix);
        chooseIn("The family members", "Bo Parent " + suffix + " (parent)");
        chooseIn("The family members", "Cy Partner " + suffix + " (partner of a parent)");
        chooseIn("Which of them is the child whose safety is in question?", "Ash Child " + suffix);
        clickButton(page, "Continue");

        assertThat(page.locator("h1")).hasText("How urgent is it, and do you want advice?");
        assertAccessible(page);
        choose(page, "Routine");
        choose(page, "No, it stays in the UK");
        chooseIn("Do you want advice before the decisions are made?", "No");
        clickButton(page, "Continue");

        assertThat(page.locator("h1")).hasText("What would be shared, with whom and why?");
        assertAccessible(page);
        page.getByLabel("Who would receive the information?", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Westshire Police"));
        choose(page, "Safeguarding a child: protecting them from abuse, neglect or harm");
        chooseIn("Is there a clear and legitimate purpose for sharing?", "Yes");
        clickButton(page, "Continue");

        assertThat(page.locator("h1")).hasText("Is the information confidential?");
        assertAccessible(page);
        chooseIn("Does the information enable someone to be identified?", "Yes");
        chooseIn("Is the information confidential?", "Yes");
        chooseIn("Did another organisation give you any of it in confidence?", "No");
        clickButton(page, "Continue");

        assertThat(page.locator("h1")).hasText("Is there a reason to share without consent?");
        assertAccessible(page);
        chooseIn("Is a child suffering, or likely to suffer, significant harm?", "Yes");
        chooseIn("Is sharing needed to protect someone’s life?", "No");
        chooseIn("Is there another, equally effective way to achieve the aim that is less intrusive?", "No");
        chooseIn("Is sharing proportionate to the need and the level of risk?", "Yes");
        clickButton(page, "Continue");

        assertThat(page.locator("h1")).hasText("About Ash Child " + suffix + ", the child at risk");
        assertAccessible(page);
        clickButton(page, "Continue");
        assertThat(page.locator(".govuk-error-summary")).containsText("Select the information about them you are considering sharing");
        assertAccessible(page);
        member("The safeguarding concern: what was seen or said", null, false);
        assertThat(page.locator("h1")).hasText("About Bo Parent " + suffix);
        assertAccessible(page);
        member("Address and who lives there", "Mental health", true);
        assertThat(page.locator("h1")).hasText("About Cy Partner " + suffix);
        assertAccessible(page);
        member("Offences alleged, arrests and police call-outs", null, true);

        assertThat(page.locator("h1")).hasText("Check your answers and give your reasons");
        assertThat(page.locator(".govuk-summary-list")).containsText("Routine");
        assertAccessible(page);
        clickButton(page, "Record the decisions");
        assertErrorSummary(page, "Enter your reasons for the decision");
        assertAccessible(page);
        fill(page, "Your reasons", "Ash disclosed being hit at home; the police need the household's details for the strategy discussion.");
        clickButton(page, "Record the decisions");
        assertThat(page).hasURL(Pattern.compile("/decisions/family/[0-9a-f-]{36}$"));
        assertThat(page.locator("h1")).hasText("A decision for each member of the family");
        assertThat(page.locator("tbody tr")).hasCount(3);
        assertAccessible(page);
        String outcome = page.url();
        page.locator("a.govuk-button", new Page.LocatorOptions().setHasText("Send Ash Child " + suffix + "’s information securely to")).click();
        assertThat(page.locator("h1")).hasText("Disclose to Westshire Police");
        assertThat(page.locator("main")).containsText("Ash Child " + suffix);
        assertAccessible(page);
        page.navigate(outcome);
        assertAccessible(page);
        clickLink(page, "Bo Parent " + suffix);
        assertThat(page.locator("main")).containsText("protects that child");
        assertAccessible(page);
    }

    private void link(String relationship, String reference, String name, String year) {
        clickLink(page, "Link a family member");
        assertThat(page.locator("h1")).hasText("Link a family member");
        assertAccessible(page);
        choose(page, relationship);
        fill(page, "Your organisation’s reference for the family member", reference);
        page.locator(".govuk-details__summary").click();
        fill(page, "Full name", name);
        fillDate(page, "Date of birth", "1", "2", year);
        clickButton(page, "Link them");
        assertThat(page.locator(".govuk-notification-banner")).containsText(name + " is linked as family");
        assertAccessible(page);
    }

    private void member(String item, String notForTheChild, boolean adult) {
        chooseIn("What information about them are you considering sharing?", item);
        if (notForTheChild != null) {
            chooseIn("What information about them are you considering sharing?", notForTheChild);
        }
        if (adult) {
            Locator protects = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Which of it is needed to protect the child at risk?").setExact(true));
            protects.getByLabel(item, new Locator.GetByLabelOptions().setExact(true)).check();
        }
        choose(page, "Consent has not been sought");
        choose(page, "Seeking consent would place a child at increased risk of harm");
        if (adult) {
            chooseIn("Do they have needs for care and support?", "No");
            chooseIn("Are they experiencing, or at risk of, neglect or physical, mental or emotional harm?", "No");
            chooseIn("As a result of those needs, are they unable to protect themselves?", "No");
        }
        chooseIn("Will you tell them that the information is being shared?", "No");
        choose(page, "Telling them would create or increase a risk of harm");
        clickButton(page, "Continue");
    }

    private void chooseIn(String legend, String label) {
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(legend).setExact(true))
                .getByLabel(label, new Locator.GetByLabelOptions().setExact(true)).check();
    }
}
