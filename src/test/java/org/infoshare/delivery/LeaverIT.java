package org.infoshare.delivery;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.StaffAdministration;
import org.infoshare.ledger.LedgerQueries;
import org.infoshare.ledger.LedgerRecord;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.RowCounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Someone leaves: what they leave behind is listed before their access is revoked (disclosures addressed to them
 * unopened, requests they sent still waiting for an answer, teams left empty) and handed to the colleague the
 * administrator chooses, in the revocation's transaction, each change ledgered; or their access is set to end on a
 * later day and the background job ends it then. Every refusal names its field and rule and changes nothing.
 */
@IntegrationTest
class LeaverIT {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired DirectoryLookup directory;
    @Autowired StaffAdministration staff;
    @Autowired JdbcClient jdbc;
    @Autowired LedgerQueries ledger;

    @Test
    void whatALeaverLeavesBehindIsListedThenHandedToTheColleagueChosenAsTheirAccessIsRevoked() throws Exception {
        Leaving.Leaver leaver = new Leaving(mvc, demo, directory).officer("PC Sam Leaving");
        String admin = demo.token(DemoPartnership.POLICE_ADMIN);
        UUID sergeant = demo.userId(DisclosureIT.POLICE_SERGEANT);

        mvc.perform(get("/api/v1/users/" + leaver.id() + "/left-behind").header("Authorization", "Bearer " + admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.addressedToThem[?(@.kind == 'UNOPENED_DISCLOSURES')].count").value(hasItem(1)))
                .andExpect(jsonPath("$.addressedToThem[?(@.kind == 'UNOPENED_DISCLOSURES')].description")
                        .value(hasItem("1 disclosure addressed to them that nobody has opened yet")))
                .andExpect(jsonPath("$.addressedToThem[?(@.kind == 'REQUESTS_AWAITING_ANSWER')].count").value(hasItem(1)))
                .andExpect(jsonPath("$.teamsLeftEmpty[*].id").value(hasItem(leaver.ownTeam().toString())))
                .andExpect(jsonPath("$.teamsLeftEmpty[*].name").value(not(hasItem("Public Protection Desk"))))
                .andExpect(jsonPath("$.colleagues[*].id").value(hasItem(sergeant.toString())))
                .andExpect(jsonPath("$.colleagues[*].id").value(not(hasItem(leaver.id().toString()))))
                .andExpect(jsonPath("$.colleagues[*].id").value(not(hasItem(demo.userId(DemoPartnership.COUNCIL_PRACTITIONER).toString()))));
        // Another organisation's administrator cannot even see that the person exists.
        mvc.perform(get("/api/v1/users/" + leaver.id() + "/left-behind").header("Authorization", "Bearer " + demo.token(DemoPartnership.COUNCIL_ADMIN)))
                .andExpect(status().isNotFound());

        String otherAdmin = demo.token(DemoPartnership.COUNCIL_ADMIN);
        String theSergeant = demo.token(DisclosureIT.POLICE_SERGEANT);
        Map<String, Long> before = RowCounts.ofEveryTable(jdbc);
        refused(admin, leaver.id(), "{\"reason\":\"LEFT_ORGANISATION\"}", "handOverTo", "required")
                .andExpect(jsonPath("$.errors[0].message").value("Choose who takes over what they leave behind"));
        refused(admin, leaver.id(), "{\"reason\":\"LEFT_ORGANISATION\",\"handOverTo\":\"" + leaver.id() + "\"}", "handOverTo", "colleague");
        refused(admin, leaver.id(), "{\"reason\":\"LEFT_ORGANISATION\",\"handOverTo\":\"" + demo.userId(DemoPartnership.COUNCIL_PRACTITIONER) + "\"}",
                "handOverTo", "colleague");
        refused(admin, leaver.id(), "{\"reason\":\"LEFT_ORGANISATION\",\"handOverTo\":\"" + UUID.randomUUID() + "\"}", "handOverTo", "colleague");
        refused(admin, leaver.id(), "{\"reason\":\"LEFT_ORGANISATION\",\"handOverTo\":\"" + sergeant + "\",\"on\":\"" + today().minusDays(1) + "\"}",
                "on", "not-past");
        refused(admin, demo.userId(DemoPartnership.POLICE_ADMIN), "{\"reason\":\"LEFT_ORGANISATION\",\"handOverTo\":\"" + sergeant + "\"}", "", "not-self");
        mvc.perform(post("/api/v1/users/" + leaver.id() + "/revocation").header("Authorization", "Bearer " + otherAdmin)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"LEFT_ORGANISATION\",\"handOverTo\":\"" + sergeant + "\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/users/" + leaver.id() + "/revocation").header("Authorization", "Bearer " + theSergeant)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"LEFT_ORGANISATION\",\"handOverTo\":\"" + sergeant + "\"}"))
                .andExpect(status().isForbidden());
        assertThat(RowCounts.ofEveryTable(jdbc)).isEqualTo(before);
        assertThat(recipientOf(leaver.disclosure())).isEqualTo(leaver.id());

        mvc.perform(post("/api/v1/users/" + leaver.id() + "/revocation").header("Authorization", "Bearer " + admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"LEFT_ORGANISATION\",\"handOverTo\":\"" + sergeant + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false));

        mvc.perform(get("/api/v1/disclosures/" + leaver.disclosure()).header("Authorization", "Bearer " + theSergeant)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/requests/" + leaver.request()).header("Authorization", "Bearer " + theSergeant))
                .andExpect(status().isOk()).andExpect(jsonPath("$.requesterUserId").value(sergeant.toString()));
        UUID adminId = demo.userId(DemoPartnership.POLICE_ADMIN);
        assertThat(ledger.forSubject("disclosure", leaver.disclosure().toString())).filteredOn(e -> e.action().equals("delivery.disclosure.readdressed"))
                .singleElement().satisfies(entry -> readdressed(entry, adminId, leaver.id(), sergeant));
        assertThat(ledger.forSubject("information-request", leaver.request().toString())).filteredOn(e -> e.action().equals("request.readdressed"))
                .singleElement().satisfies(entry -> readdressed(entry, adminId, leaver.id(), sergeant));
        assertThat(ledger.forSubject("user", leaver.id().toString())).extracting(LedgerRecord::action).contains("directory.user.revoked");
        assertThat(jdbc.sql("select count(*) from notification where recipient_user = :user and link = :link")
                .param("user", sergeant).param("link", "/disclosures/" + leaver.disclosure()).query(Long.class).single())
                .as("the sergeant is told something is waiting").isEqualTo(1L);
        // Revoked, there is nothing more to revoke.
        refused(admin, leaver.id(), "{\"reason\":\"LEFT_ORGANISATION\"}", "", "already-revoked").andExpect(status().isConflict());
    }

    @Test
    void aDisclosureSentOnADecisionThatNamedATeamStaysInThatTeamWhenTheColleagueTakingOverIsNotInIt() throws Exception {
        Leaving leaving = new Leaving(mvc, demo, directory);
        Leaving.Leaver leaver = leaving.officer("PC Kim Leaving", true);
        UUID outsider = leaving.outsideTheDesk("PC Lee Dayshift");
        UUID desk = directory.teams(demo.organisation("Westshire Police").id()).stream()
                .filter(t -> t.name().equals("Public Protection Desk")).map(org.infoshare.directory.Team::id).findFirst().orElseThrow();
        String admin = demo.token(DemoPartnership.POLICE_ADMIN);

        mvc.perform(post("/api/v1/users/" + leaver.id() + "/revocation").header("Authorization", "Bearer " + admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"LEFT_ORGANISATION\",\"handOverTo\":\"" + outsider + "\"}"))
                .andExpect(status().isOk());

        assertThat(jdbc.sql("select recipient_user is null from disclosure where id = :id").param("id", leaver.disclosure()).query(Boolean.class).single())
                .as("not readdressed to someone outside the team the decision named").isTrue();
        assertThat(jdbc.sql("select recipient_team from disclosure where id = :id").param("id", leaver.disclosure()).query(UUID.class).single())
                .isEqualTo(desk);
        UUID sergeant = demo.userId(DisclosureIT.POLICE_SERGEANT);
        mvc.perform(get("/api/v1/disclosures/" + leaver.disclosure()).header("Authorization", "Bearer " + demo.token(DisclosureIT.POLICE_SERGEANT)))
                .andExpect(status().isOk());
        assertThat(ledger.forSubject("disclosure", leaver.disclosure().toString())).filteredOn(e -> e.action().equals("delivery.disclosure.readdressed"))
                .singleElement().satisfies(entry -> assertThat(entry.details()).containsEntry("from", leaver.id().toString())
                        .containsEntry("toTeam", desk.toString()).doesNotContainKey("to"));
        assertThat(jdbc.sql("select recipient_user from notification where link = :link").param("link", "/disclosures/" + leaver.disclosure())
                .query(UUID.class).list()).as("the desk is told, the outsider is not").contains(sergeant).doesNotContain(outsider);
        // The request they sent has no team: it goes to the colleague.
        assertThat(jdbc.sql("select requester_user_id from information_request where id = :id").param("id", leaver.request()).query(UUID.class).single())
                .isEqualTo(outsider);
    }

    @Test
    void accessSetToEndOnALaterDayEndsWhenTheDayComesAndWhatIsLeftGoesToTheColleagueThen() throws Exception {
        Leaving.Leaver leaver = new Leaving(mvc, demo, directory).officer("PC Jo Lastday");
        String admin = demo.token(DemoPartnership.POLICE_ADMIN);
        UUID sergeant = demo.userId(DisclosureIT.POLICE_SERGEANT);
        LocalDate lastDay = today().plusDays(7);

        Map<String, Long> before = RowCounts.ofEveryTable(jdbc);
        refused(admin, leaver.id(), "{\"reason\":\"LEFT_ORGANISATION\",\"on\":\"" + lastDay + "\"}", "handOverTo", "required")
                .andExpect(jsonPath("$.errors[0].message").value("Choose who takes over what is addressed to them by then"));
        refused(admin, leaver.id(), "{\"reason\":\"LEFT_ORGANISATION\",\"on\":\"" + lastDay + "\",\"handOverTo\":\""
                + demo.userId(DemoPartnership.COUNCIL_PRACTITIONER) + "\"}", "handOverTo", "colleague");
        assertThat(RowCounts.ofEveryTable(jdbc)).isEqualTo(before);

        mvc.perform(post("/api/v1/users/" + leaver.id() + "/revocation").header("Authorization", "Bearer " + admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"LEFT_ORGANISATION\",\"on\":\"" + lastDay + "\",\"handOverTo\":\"" + sergeant + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(true));
        assertThat(ledger.forSubject("user", leaver.id().toString())).filteredOn(e -> e.action().equals("directory.user.revocation-scheduled"))
                .singleElement().satisfies(entry -> assertThat(entry.details()).containsEntry("on", lastDay.toString())
                        .containsEntry("handOverTo", sergeant.toString()).containsEntry("reason", "LEFT_ORGANISATION"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + demo.token(leaver.username()))).andExpect(status().isOk());

        // Not yet their day: the job leaves them be.
        staff.revokeDue();
        assertThat(activeNow(leaver.id())).isTrue();
        assertThat(recipientOf(leaver.disclosure())).isEqualTo(leaver.id());

        // Their day comes.
        jdbc.sql("update scheduled_revocation set revoke_on = :today where user_id = :user").param("today", today()).param("user", leaver.id()).update();
        staff.revokeDue();
        assertThat(activeNow(leaver.id())).isFalse();
        assertThat(recipientOf(leaver.disclosure())).isEqualTo(sergeant);
        assertThat(jdbc.sql("select count(*) from scheduled_revocation where user_id = :user").param("user", leaver.id()).query(Long.class).single()).isZero();
        assertThat(ledger.forSubject("disclosure", leaver.disclosure().toString())).filteredOn(e -> e.action().equals("delivery.disclosure.readdressed"))
                .singleElement().satisfies(entry -> readdressed(entry, null, leaver.id(), sergeant));
        assertThat(ledger.forSubject("user", leaver.id().toString())).filteredOn(e -> e.action().equals("directory.user.revoked"))
                .singleElement().satisfies(entry -> assertThat(entry.actorId()).as("ended by the platform").isNull());
        // Run again, nothing more happens.
        Map<String, Long> after = RowCounts.ofEveryTable(jdbc);
        staff.revokeDue();
        assertThat(RowCounts.ofEveryTable(jdbc)).isEqualTo(after);
    }

    @Test
    void whatIsLeftWhenTheColleagueChosenHadLostAccessIsHandedOverAfterwards() throws Exception {
        Leaving leaving = new Leaving(mvc, demo, directory);
        Leaving.Leaver leaver = leaving.officer("PC Ray Lastday");
        UUID chosen = leaving.outsideTheDesk("PC Sol Alsoleaving");
        String admin = demo.token(DemoPartnership.POLICE_ADMIN);
        UUID sergeant = demo.userId(DisclosureIT.POLICE_SERGEANT);
        String handover = "/api/v1/users/" + leaver.id() + "/handover";

        // While their access lasts, what they leave is handed over by revoking it.
        Map<String, Long> before = RowCounts.ofEveryTable(jdbc);
        handOver(admin, handover, "{\"handOverTo\":\"" + sergeant + "\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("still-active"));
        assertThat(RowCounts.ofEveryTable(jdbc)).isEqualTo(before);

        // Set to end on a later day, with a colleague who has lost their own access when the day comes.
        mvc.perform(post("/api/v1/users/" + leaver.id() + "/revocation").header("Authorization", "Bearer " + admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"LEFT_ORGANISATION\",\"on\":\"" + today().plusDays(3) + "\",\"handOverTo\":\"" + chosen + "\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/users/" + chosen + "/revocation").header("Authorization", "Bearer " + admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"LEFT_ORGANISATION\"}")).andExpect(status().isOk());
        jdbc.sql("update scheduled_revocation set revoke_on = :today where user_id = :user").param("today", today()).param("user", leaver.id()).update();
        staff.revokeDue();
        assertThat(activeNow(leaver.id())).isFalse();
        assertThat(recipientOf(leaver.disclosure())).as("nobody could take it over").isEqualTo(leaver.id());

        // Refused: nobody named, someone without access, someone of another organisation, another organisation's administrator.
        String otherAdmin = demo.token(DemoPartnership.COUNCIL_ADMIN);
        String theSergeant = demo.token(DisclosureIT.POLICE_SERGEANT);
        before = RowCounts.ofEveryTable(jdbc);
        handOver(admin, handover, "{}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("handOverTo")).andExpect(jsonPath("$.errors[0].rule").value("required"))
                .andExpect(jsonPath("$.errors[0].message").value("Choose who takes over what they left behind"));
        for (UUID notAColleague : java.util.List.of(chosen, leaver.id(), demo.userId(DemoPartnership.COUNCIL_PRACTITIONER), UUID.randomUUID())) {
            handOver(admin, handover, "{\"handOverTo\":\"" + notAColleague + "\"}").andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("handOverTo")).andExpect(jsonPath("$.errors[0].rule").value("colleague"));
        }
        handOver(otherAdmin, handover, "{\"handOverTo\":\"" + sergeant + "\"}").andExpect(status().isNotFound());
        handOver(theSergeant, handover, "{\"handOverTo\":\"" + sergeant + "\"}").andExpect(status().isForbidden());
        assertThat(RowCounts.ofEveryTable(jdbc)).isEqualTo(before);

        handOver(admin, handover, "{\"handOverTo\":\"" + sergeant + "\"}").andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
        assertThat(recipientOf(leaver.disclosure())).isEqualTo(sergeant);
        assertThat(jdbc.sql("select requester_user_id from information_request where id = :id").param("id", leaver.request()).query(UUID.class).single())
                .isEqualTo(sergeant);
        UUID adminId = demo.userId(DemoPartnership.POLICE_ADMIN);
        assertThat(ledger.forSubject("user", leaver.id().toString())).filteredOn(e -> e.action().equals("directory.user.handed-over"))
                .singleElement().satisfies(entry -> assertThat(entry.details()).containsEntry("handOverTo", sergeant.toString()));
        assertThat(ledger.forSubject("disclosure", leaver.disclosure().toString())).filteredOn(e -> e.action().equals("delivery.disclosure.readdressed"))
                .singleElement().satisfies(entry -> readdressed(entry, adminId, leaver.id(), sergeant));
        // Handed over, nothing is left.
        handOver(admin, handover, "{\"handOverTo\":\"" + sergeant + "\"}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("nothing-left"));
    }

    private ResultActions handOver(String token, String path, String body) throws Exception {
        return mvc.perform(post(path).header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void reinstatingOrRevokingSoonerClearsTheDaySet() throws Exception {
        Leaving.Leaver leaver = new Leaving(mvc, demo, directory).officer("PC Ali Changedmind");
        String admin = demo.token(DemoPartnership.POLICE_ADMIN);
        UUID sergeant = demo.userId(DisclosureIT.POLICE_SERGEANT);
        mvc.perform(post("/api/v1/users/" + leaver.id() + "/revocation").header("Authorization", "Bearer " + admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"LEFT_ORGANISATION\",\"on\":\"" + today().plusDays(3) + "\",\"handOverTo\":\"" + sergeant + "\"}"))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from scheduled_revocation where user_id = :user").param("user", leaver.id()).query(Long.class).single()).isOne();

        // Today, after all: revoked now, the day set is forgotten.
        mvc.perform(post("/api/v1/users/" + leaver.id() + "/revocation").header("Authorization", "Bearer " + admin).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"SECURITY_CONCERN\",\"on\":\"" + today() + "\",\"handOverTo\":\"" + sergeant + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
        assertThat(jdbc.sql("select count(*) from scheduled_revocation where user_id = :user").param("user", leaver.id()).query(Long.class).single()).isZero();
        assertThat(recipientOf(leaver.disclosure())).isEqualTo(sergeant);
    }

    private ResultActions refused(String token, UUID user, String body, String field, String rule) throws Exception {
        return mvc.perform(post("/api/v1/users/" + user + "/revocation").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is4xxClientError())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].rule").value(rule));
    }

    private static void readdressed(LedgerRecord entry, UUID by, UUID from, UUID to) {
        assertThat(entry.actorId()).isEqualTo(by);
        assertThat(entry.details()).containsEntry("from", from.toString()).containsEntry("to", to.toString());
    }

    private UUID recipientOf(UUID disclosure) {
        return jdbc.sql("select recipient_user from disclosure where id = :id").param("id", disclosure).query(UUID.class).single();
    }

    private boolean activeNow(UUID user) {
        return directory.people(demo.organisation("Westshire Police").id()).stream().filter(p -> p.id().equals(user)).findFirst().orElseThrow().active();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }
}
