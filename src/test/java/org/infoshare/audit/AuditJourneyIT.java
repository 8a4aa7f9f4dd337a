package org.infoshare.audit;

import java.util.UUID;

import org.infoshare.shared.Actor;
import org.infoshare.subject.SubjectCommands;
import org.infoshare.subject.Subjects;
import org.infoshare.support.BrowserTest;
import org.infoshare.support.DemoPartnership;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.infoshare.support.NarrowScreen.assertFitsAPhone;

/** The Data Protection Officer reads the audit trail in words and names, filtered by person and by member of staff. */
class AuditJourneyIT extends BrowserTest {

    @Autowired DemoPartnership demo;
    @Autowired Subjects subjects;

    @Test
    void theDpoFiltersTheTrailByPersonAndSeesSignInsOnlyWhenAsked() {
        Actor practitioner = demo.actor(DemoPartnership.COUNCIL_PRACTITIONER);
        // Letters only, as a name is written: a unique surname part for this run.
        String suffix = UUID.randomUUID().toString().substring(0, 8).chars()
                .mapToObj(c -> String.valueOf((char) ('a' + Character.digit(c, 16)))).reduce("", String::concat);
        subjects.record(practitioner, new SubjectCommands.RecordSubject("AUD-" + suffix, "Jamie Audit" + suffix, null));
        subjects.record(practitioner, new SubjectCommands.RecordSubject("OTH-" + suffix, "Sam Other" + suffix, null));

        signIn(page, DemoPartnership.COUNCIL_DPO);
        open(page, "/audit");
        assertThat(page.locator("h1")).hasText("Audit trail");
        assertThat(page.locator("main")).containsText("Sign-ins are folded away");
        assertAccessible(page);
        assertFitsAPhone(page);

        fill(page, "Person", "AUD-" + suffix);
        clickButton(page, "Show entries");
        assertThat(page.locator("table")).containsText(practitioner.displayName() + " recorded a person the organisation holds information about: Jamie Audit" + suffix);
        assertThat(page.locator("table")).not().containsText("Sam Other" + suffix);
        assertThat(page.locator("main")).not().containsText("subject.recorded");
        assertAccessible(page);
        assertFitsAPhone(page);

        fill(page, "Person", "NOBODY-" + suffix);
        clickButton(page, "Show entries");
        assertErrorSummary(page, "No one in your organisation's records has this reference");
        assertAccessible(page);

        fill(page, "Person", "");
        page.getByLabel("Member of staff").selectOption(practitioner.displayName());
        choose(page, "Include sign-ins");
        clickButton(page, "Show entries");
        assertThat(page.locator("table")).containsText("Sam Other" + suffix);
        assertThat(page.locator("table")).not().containsText(demo.actor(DemoPartnership.COUNCIL_DPO).displayName());
        assertAccessible(page);
    }
}
