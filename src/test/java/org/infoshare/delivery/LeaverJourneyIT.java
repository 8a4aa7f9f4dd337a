package org.infoshare.delivery;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.support.BrowserTest;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.NarrowScreen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An administrator revokes a leaver: what they leave behind is listed first (a disclosure nobody has opened, a request
 * still waiting for its answer, a team left empty), and handed to the colleague chosen, who can then open it. Another
 * leaver's access is set to end on a later day, on a phone. Every page is scanned, and fits a 375 px screen.
 */
class LeaverJourneyIT extends BrowserTest {

    private static final String SERGEANT = "DS Tom Harris";

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired DirectoryLookup directory;
    @Autowired org.infoshare.directory.StaffAdministration staff;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void anAdministratorRevokesALeaverAndHandsWhatTheyLeaveToAColleague() throws Exception {
        String name = "PC Morgan " + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
        Leaving.Leaver leaver = new Leaving(mvc, demo, directory).officer(name);

        signIn(page, DemoPartnership.POLICE_ADMIN);
        clickNavigation(page, "Staff");
        assertThat(page.locator("h1")).hasText("Staff and partner systems");
        checked();
        clickLink(page, name);
        assertThat(page.locator("h1")).hasText(name);
        checked();
        clickLink(page, "Revoke access");
        assertThat(page.locator("h1")).hasText("Revoke access");
        assertThat(page.locator("main")).containsText("1 disclosure addressed to them that nobody has opened yet");
        assertThat(page.locator("main")).containsText("1 request for information they sent that is still waiting for an answer");
        assertThat(page.locator("main")).containsText("Night desk");
        checked();

        choose(page, "Left the organisation");
        clickButton(page, "Revoke access");
        assertErrorSummary(page, "Choose who takes over what they leave behind");
        checked();

        page.getByLabel("Who takes over what is addressed to them?", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel(SERGEANT));
        choose(page, "Left the organisation");
        clickButton(page, "Revoke access");
        assertSuccess(page, name + "'s access has been revoked. Their sessions and tokens no longer work.");
        assertThat(page.locator("main")).containsText("Access revoked");
        checked();

        // The sergeant who took over opens it.
        Page sergeant = newSession();
        signIn(sergeant, DisclosureIT.POLICE_SERGEANT);
        open(sergeant, "/disclosures/" + leaver.disclosure());
        assertThat(sergeant.locator("main")).containsText("For " + name);
        assertAccessible(sergeant);
        NarrowScreen.assertFitsAPhone(sergeant);
    }

    @Test
    void onAPhoneAnAdministratorSetsTheDayALeaversAccessEnds() throws Exception {
        page.setViewportSize(375, 800);
        String name = "PC Robin " + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
        new Leaving(mvc, demo, directory).officer(name);
        LocalDate day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(10);
        String written = day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));

        signIn(page, DemoPartnership.POLICE_ADMIN);
        fitsThePhone();
        clickNavigation(page, "Staff");
        assertThat(page.locator("h1")).hasText("Staff and partner systems");
        phoneChecked();
        clickLink(page, name);
        phoneChecked();
        clickLink(page, "Revoke access");
        assertThat(page.locator("h1")).hasText("Revoke access");
        phoneChecked();

        fillDate(page, "On which day does their access end? (optional)", day);
        choose(page, "Left the organisation");
        clickButton(page, "Revoke access");
        assertErrorSummary(page, "Choose who takes over what is addressed to them by then");
        phoneChecked();

        page.getByLabel("Who takes over what is addressed to them?", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel(SERGEANT));
        choose(page, "Left the organisation");
        clickButton(page, "Revoke access");
        assertSuccess(page, name + "'s access will end on " + written + ".");
        assertThat(page.locator(".govuk-summary-list")).containsText("At the start of " + written);
        phoneChecked();

        clickLink(page, "Revoke access");
        assertThat(page.locator("main")).containsText("Their access is already set to end on " + written);
        phoneChecked();
    }

    @Test
    void anAdministratorHandsOverWhatWasLeftWhenNobodyCouldTakeItOverAsAccessEnded() throws Exception {
        String name = "PC Avery " + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
        Leaving leaving = new Leaving(mvc, demo, directory);
        Leaving.Leaver leaver = leaving.officer(name);
        UUID chosen = leaving.outsideTheDesk("PC Dale " + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x"));
        // Their access was set to end on a day when the colleague chosen had lost their own.
        String admin = demo.token(DemoPartnership.POLICE_ADMIN);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/users/" + leaver.id() + "/revocation")
                .header("Authorization", "Bearer " + admin).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"LEFT_ORGANISATION\",\"on\":\"" + today.plusDays(2) + "\",\"handOverTo\":\"" + chosen + "\"}"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/users/" + chosen + "/revocation")
                .header("Authorization", "Bearer " + admin).contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"LEFT_ORGANISATION\"}"));
        jdbc.sql("update scheduled_revocation set revoke_on = :today where user_id = :user").param("today", today).param("user", leaver.id()).update();
        staff.revokeDue();

        signIn(page, DemoPartnership.POLICE_ADMIN);
        open(page, "/staff/" + leaver.id());
        assertThat(page.locator(".govuk-warning-text")).containsText("1 disclosure addressed to them that nobody has opened yet");
        checked();
        clickLink(page, "Hand over what they left behind");
        assertThat(page.locator("h1")).hasText("Hand over what they left behind");
        checked();
        clickButton(page, "Hand them over");
        assertErrorSummary(page, "Choose who takes over what they left behind");
        checked();
        page.getByLabel("Who takes them over?", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel(SERGEANT));
        clickButton(page, "Hand them over");
        assertSuccess(page, "What " + name + " left behind has been handed over. Whoever takes it over is told it is waiting.");
        assertThat(page.locator(".govuk-warning-text")).hasCount(0);
        checked();
    }

    /** Scanned, and fits a phone. */
    private void checked() {
        assertAccessible(page);
        NarrowScreen.assertFitsAPhone(page);
    }

    /** Scanned at the phone's width it is shown at, and nothing scrolls sideways. */
    private void phoneChecked() {
        assertAccessible(page);
        fitsThePhone();
    }

    private void fitsThePhone() {
        Object width = page.evaluate("() => document.documentElement.scrollWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) width).intValue()).as("page width at 375 px").isLessThanOrEqualTo(375);
    }
}
