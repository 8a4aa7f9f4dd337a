package org.infoshare.complaint;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.infoshare.clock.StatutoryClock;
import org.infoshare.incident.IncidentCommands;
import org.infoshare.incident.Incidents;
import org.infoshare.incident.rules.DataAffected;
import org.infoshare.incident.rules.IncidentKind;
import org.infoshare.support.BrowserTest;
import org.infoshare.support.DemoPartnership;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.infoshare.support.NarrowScreen.assertFitsAPhone;

/** A complaint in the browser: recorded, acknowledged, linked to the incident it concerns, investigated and closed. */
class ComplaintJourneyIT extends BrowserTest {

    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    @Autowired DemoPartnership demo;
    @Autowired Incidents incidents;
    @Autowired Complaints complaints;
    @Autowired StatutoryClock statutoryClock;

    @Test
    void theDpoRecordsAndAcknowledgesAComplaintLinksItsIncidentAndTheInvestigatorRecordsTheOutcome() {
        UUID incident = incidents.report(demo.actor(DemoPartnership.COUNCIL_PRACTITIONER), new IncidentCommands.ReportIncident(
                IncidentKind.SENT_TO_WRONG_RECIPIENT, "A referral letter went to the wrong address", null, null,
                Set.of(DataAffected.CONTACT_DETAILS), 1, null, null)).id();

        Page dpo = page;
        signIn(dpo, DemoPartnership.COUNCIL_DPO);
        clickNavigation(dpo, "Complaints");
        assertThat(dpo.locator("h1")).hasText("Complaints");
        assertAccessible(dpo);
        clickButton(dpo, "Record a complaint");
        assertAccessible(dpo);
        clickButton(dpo, "Record the complaint");
        assertThat(dpo.locator(".govuk-error-summary")).containsText("Enter who complained and how to reply");
        assertThat(dpo.locator(".govuk-error-summary")).containsText("Choose what the complaint is about");
        assertAccessible(dpo);
        LocalDate today = statutoryClock.today();
        fillDate(dpo, "When was it received?", today);
        choose(dpo, "Letter");
        fill(dpo, "Who complained, and how to reply to them", "A parent, by letter to the address on file");
        fill(dpo, "What is the complaint?", "Our letter about their child went to their former partner's address");
        choose(dpo, "Shared with the wrong person or organisation");
        clickButton(dpo, "Record the complaint");
        assertThat(dpo.locator(".govuk-notification-banner--success")).containsText(" recorded");
        String reference = dpo.locator("h1").textContent().strip();
        UUID council = demo.organisation("Westshire County Council").id();
        LocalDate acknowledgeBy = statutoryClock.workingDaysAfter(today, complaints.deadlines(council).acknowledgeDays(),
                statutoryClock.nationOf(council)).dueOn();
        assertThat(dpo.locator("main")).containsText(WEEKDAY.format(acknowledgeBy));
        assertAccessible(dpo);
        assertFitsAPhone(dpo);

        clickButton(dpo, "Record the acknowledgement");
        assertAccessible(dpo);
        clickButton(dpo, "Record it");
        assertSuccess(dpo, "Acknowledgement recorded");
        assertAccessible(dpo);

        clickButton(dpo, "Link a record");
        assertAccessible(dpo);
        choose(dpo, "An incident");
        fill(dpo, "The record’s id", UUID.randomUUID().toString());
        clickButton(dpo, "Link it");
        assertErrorSummary(dpo, "There is no such record in your organisation's records");
        assertAccessible(dpo);
        fill(dpo, "The record’s id", incident.toString());
        clickButton(dpo, "Link it");
        assertSuccess(dpo, "Record linked");
        assertThat(dpo.locator("main")).containsText("An incident");
        assertAccessible(dpo);

        clickButton(dpo, "Name an investigator");
        assertAccessible(dpo);
        dpo.getByLabel("Investigator", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Jo Reid"));
        clickButton(dpo, "Name them");
        assertSuccess(dpo, "Investigator named. They have been told a complaint is waiting.");
        assertAccessible(dpo);

        Page manager = newSession();
        signIn(manager, DemoPartnership.COUNCIL_MANAGER);
        open(manager, "/complaints");
        assertThat(manager.locator("h2").first()).hasText("Complaints you are investigating");
        assertAccessible(manager);
        clickLink(manager, reference);
        assertThat(manager.getByText("Link a record")).hasCount(0);
        assertAccessible(manager);
        clickButton(manager, "Record the outcome");
        assertAccessible(manager);
        clickButton(manager, "Record the outcome");
        assertErrorSummary(manager, "Choose the outcome", "Enter what the investigation found");
        assertAccessible(manager);
        choose(manager, "Upheld");
        fill(manager, "What did the investigation find?", "The address had been updated on the case record but not in the letters system");
        fill(manager, "What will change as a result?", "Letters now take the address from the case record");
        clickButton(manager, "Record the outcome");
        assertSuccess(manager, "Outcome recorded: the complaint is closed");
        assertThat(manager.locator("main")).containsText("Upheld");
        assertAccessible(manager);
    }
}
