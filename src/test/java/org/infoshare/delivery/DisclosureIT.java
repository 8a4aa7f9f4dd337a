package org.infoshare.delivery;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Team;
import org.infoshare.ledger.LedgerQueries;
import org.infoshare.ledger.LedgerRecord;
import org.infoshare.support.CanaryScan;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.ShareDecisions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Case-by-case disclosures through the API: exactly what was decided, to whom it was decided, and nobody else. */
@IntegrationTest
class DisclosureIT {

    static final String SOCIAL_WORKER = "practitioner@westshire-council.example";
    static final String COUNCIL_MANAGER = "manager@westshire-council.example";
    static final String COUNCIL_DPO = "dpo@westshire-council.example";
    static final String OFFICER = "practitioner@westshire-police.example";
    static final String POLICE_SERGEANT = "manager@westshire-police.example";
    static final String POLICE_DPO = "dpo@westshire-police.example";
    static final String POLICE_ADMIN = "admin@westshire-police.example";
    static final String HEALTH_VISITOR = "practitioner@westshire-nhs.example";

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired DirectoryLookup directory;
    @Autowired JdbcClient jdbc;
    @Autowired LedgerQueries ledger;
    @Autowired Notifications notifications;

    private final Map<String, String> tokens = new HashMap<>();

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + tokens.computeIfAbsent(username, demo::token))
                .contentType(MediaType.APPLICATION_JSON);
    }

    private UUID police() {
        return demo.organisation("Westshire Police").id();
    }

    private UUID policeTeam(String name) {
        return directory.teams(police()).stream().filter(t -> t.name().equals(name)).map(Team::id).findFirst().orElseThrow();
    }

    private ShareDecisions.Decided decided() throws Exception {
        return new ShareDecisions(mvc, demo).toPolice(SOCIAL_WORKER);
    }

    static String body(UUID decision, String recipient, String items, String identities, String accessUntil) {
        return """
                {"decisionId":"%s",%s,"accessUntil":%s,"items":[%s],"protectedIdentities":[%s]}"""
                .formatted(decision, recipient, accessUntil == null ? "null" : "\"" + accessUntil + "\"", items, identities);
    }

    static String concern(String text) {
        return "{\"code\":\"safeguarding-concern\",\"content\":\"" + text + "\",\"kind\":\"FACT\",\"historical\":false,\"notToSubject\":false}";
    }

    static final String ADDRESS = "{\"code\":\"address\",\"content\":\"14 Elm Road, Westshire WS1 4AB; lives with mother and her partner\","
            + "\"kind\":\"FACT\",\"historical\":true,\"historicalNote\":\"From the 2024 assessment; not rechecked\",\"notToSubject\":true}";

    private ResultActions create(String body) throws Exception {
        return mvc.perform(as(SOCIAL_WORKER, post("/api/v1/disclosures")).content(body));
    }

    private UUID sent(String body) throws Exception {
        String response = create(body).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(response, "$.id"));
    }

    private String team(String name) {
        return "\"recipientTeamId\":\"" + policeTeam(name) + "\"";
    }

    private List<LedgerRecord> entries(UUID id, String action) {
        return ledger.forSubject("disclosure", id.toString()).stream().filter(e -> e.action().equals(action)).toList();
    }

    @Test
    void onlyTheNamedTeamOpensItAndEveryoneElseGetsNotFoundWithTheAttemptRecorded() throws Exception {
        ShareDecisions.Decided decision = decided();
        UUID id = sent(body(decision.decisionId(), team("Public Protection Desk"), concern("Bruises on both arms, seen on 3 and 10 November"), "", null));

        mvc.perform(as(OFFICER, get("/api/v1/disclosures"))).andExpect(jsonPath("$[*].id", hasItem(id.toString())));
        mvc.perform(as(OFFICER, get("/api/v1/disclosures/" + id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.asSender").value(false))
                .andExpect(jsonPath("$.disclosure.purpose").value("SAFEGUARDING_CHILD"))
                .andExpect(jsonPath("$.disclosure.lawfulBasis[*].code", hasItem("UKGDPR-A6-1E")))
                .andExpect(jsonPath("$.items[0].kind").value("FACT"))
                .andExpect(jsonPath("$.items[0].content").value("Bruises on both arms, seen on 3 and 10 November"));
        mvc.perform(as(POLICE_SERGEANT, get("/api/v1/disclosures/" + id))).andExpect(status().isOk());

        // A colleague in the same organisation outside the team, the sender's colleagues, another organisation.
        for (String outsider : List.of(POLICE_DPO, COUNCIL_MANAGER, HEALTH_VISITOR)) {
            mvc.perform(as(outsider, get("/api/v1/disclosures/" + id)))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.type").value("urn:infoshare:problem:not-found"));
            mvc.perform(as(outsider, get("/api/v1/disclosures/" + id + "/download"))).andExpect(status().isNotFound());
        }
        mvc.perform(as(POLICE_DPO, get("/api/v1/disclosures"))).andExpect(jsonPath("$[*].id", not(hasItem(id.toString()))));
        List<LedgerRecord> refused = entries(id, "delivery.disclosure.access-refused");
        assertThat(refused).anySatisfy(e -> {
            assertThat(e.actorId()).isEqualTo(demo.userId(POLICE_DPO));
            assertThat(e.details()).containsEntry("reason", "not-named-recipient");
        });
        assertThat(refused).anySatisfy(e -> {
            assertThat(e.actorId()).isEqualTo(demo.userId(COUNCIL_MANAGER));
            assertThat(e.details()).containsEntry("reason", "other-organisation");
        });

        // Addressed to a named person: their teammates are outsiders too.
        UUID sergeant = demo.userId(POLICE_SERGEANT);
        UUID toPerson = sent(body(decision.decisionId(), "\"recipientUserId\":\"" + sergeant + "\"", concern("For DS Harris only"), "", null));
        mvc.perform(as(POLICE_SERGEANT, get("/api/v1/disclosures/" + toPerson))).andExpect(status().isOk());
        mvc.perform(as(OFFICER, get("/api/v1/disclosures/" + toPerson))).andExpect(status().isNotFound());
    }

    @Test
    void protectedIdentitiesAreWithheldFromTheRecipientsViewAndDownloadButNotFromTheSender() throws Exception {
        ShareDecisions.Decided decision = decided();
        String text = "Reported by Jane Smith (neighbour, 07700 900 123): JANE-SMITH's account matches what the school saw.";
        UUID id = sent(body(decision.decisionId(), team("Public Protection Desk"), concern(text) + "," + ADDRESS,
                "\"Jane Smith\",\"07700 900123\"", null));
        String view = mvc.perform(as(OFFICER, get("/api/v1/disclosures/" + id)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].content").value(
                        "Reported by [identity withheld] (neighbour, [identity withheld]): [identity withheld]'s account matches what the school saw."))
                .andExpect(jsonPath("$.items[0].fragments[?(@.withheld == true)].text", hasItem((Object) null)))
                .andExpect(jsonPath("$.protectedIdentities").isEmpty())
                .andReturn().getResponse().getContentAsString();
        assertThat(view).doesNotContainIgnoringCase("jane").doesNotContainIgnoringCase("smith").doesNotContain("07700");
        String download = mvc.perform(as(OFFICER, get("/api/v1/disclosures/" + id + "/download")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
                .andReturn().getResponse().getContentAsString();
        assertThat(download).contains("[identity withheld]").contains("Fact, historical; NOT to be disclosed to the person it is about")
                .contains("Historical: From the 2024 assessment")
                .doesNotContainIgnoringCase("jane").doesNotContainIgnoringCase("smith").doesNotContain("07700");

        mvc.perform(as(SOCIAL_WORKER, get("/api/v1/disclosures/" + id)))
                .andExpect(jsonPath("$.asSender").value(true))
                .andExpect(jsonPath("$.items[0].content").value(text))
                .andExpect(jsonPath("$.protectedIdentities[0]").value("Jane Smith"))
                .andExpect(jsonPath("$.items[1].notToSubject").value(true));
    }

    @Test
    void whatTheDecisionWithheldOrNeverAllowedCanNeverBeAdded() throws Exception {
        ShareDecisions.Decided decision = decided();
        mvc.perform(as(SOCIAL_WORKER, get("/api/v1/disclosures/share-decisions/" + decision.decisionId())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.authorised.items[*].code", not(hasItem("school-attendance"))));
        String withheld = "{\"code\":\"school-attendance\",\"content\":\"Missed 12 days\",\"kind\":\"FACT\",\"historical\":false,\"notToSubject\":false}";
        String never = "{\"code\":\"criminal-convictions\",\"content\":\"Caution 2019\",\"kind\":\"FACT\",\"historical\":false,\"notToSubject\":false}";
        create(body(decision.decisionId(), team("Public Protection Desk"), concern("Concern") + "," + withheld + "," + never, "", null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("items[1].code"))
                .andExpect(jsonPath("$.errors[0].rule").value("authorised-item"))
                .andExpect(jsonPath("$.errors[1].field").value("items[2].code"))
                .andExpect(jsonPath("$.errors[1].rule").value("authorised-item"));
        assertThat(jdbc.sql("select count(*) from disclosure where decision_id = :d").param("d", decision.decisionId())
                .query(Integer.class).single()).isZero();
        // Nor can anything be sent without a decision, or from another organisation's decision.
        create(body(UUID.randomUUID(), team("Public Protection Desk"), concern("x"), "", null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("decisionId"));
        mvc.perform(as("practitioner@westshire-nhs.example", post("/api/v1/disclosures"))
                        .content(body(decision.decisionId(), team("Public Protection Desk"), concern("x"), "", null)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].rule").value("share-decision"));
        // And the recipient is the one decided: not another organisation's team, not both a team and a person.
        UUID nhsTeam = directory.teams(demo.organisation("Westshire Community Health NHS Trust").id()).get(0).id();
        create(body(decision.decisionId(), "\"recipientTeamId\":\"" + nhsTeam + "\"", concern("x"), "", null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].rule").value("team-in-recipient"));
        create(body(decision.decisionId(), team("Public Protection Desk") + ",\"recipientUserId\":\"" + demo.userId(OFFICER) + "\"",
                concern("x"), "", null))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].rule").value("one-recipient"));
    }

    @Test
    void everyOpenDownloadAndPrintIsLedgeredAndShownToTheSendersOrganisation() throws Exception {
        UUID id = sent(body(decided().decisionId(), team("Public Protection Desk"), concern("Seen at 8pm"), "", null));
        mvc.perform(as(OFFICER, get("/api/v1/disclosures/" + id))).andExpect(status().isOk());
        mvc.perform(as(OFFICER, get("/api/v1/disclosures/" + id + "/download"))).andExpect(status().isOk());
        mvc.perform(get("/disclosures/" + id + "/print").session(org.infoshare.support.Browser.signIn(mvc, POLICE_SERGEANT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Seen at 8pm")));
        assertThat(entries(id, "delivery.disclosure.opened")).extracting(LedgerRecord::actorId).contains(demo.userId(OFFICER));
        assertThat(entries(id, "delivery.disclosure.downloaded")).extracting(LedgerRecord::actorId).contains(demo.userId(OFFICER));
        assertThat(entries(id, "delivery.disclosure.printed")).extracting(LedgerRecord::actorId).contains(demo.userId(POLICE_SERGEANT));

        mvc.perform(as(SOCIAL_WORKER, get("/api/v1/disclosures/" + id + "/access")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.what == 'Opened')].who", hasItem("DC Aisha Khan")))
                .andExpect(jsonPath("$[?(@.what == 'Downloaded')].who", hasItem("DC Aisha Khan")))
                .andExpect(jsonPath("$[?(@.what == 'Printed')].who", hasItem("DS Tom Harris")));
        // The sender's DPO sees the record and its history, never the content.
        mvc.perform(as(COUNCIL_DPO, get("/api/v1/disclosures/" + id + "/access")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].what", hasItem("Printed")));
        mvc.perform(as(COUNCIL_DPO, get("/api/v1/disclosures/" + id + "/record"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.itemCount").value(1));
        mvc.perform(as(COUNCIL_DPO, get("/api/v1/disclosures/" + id))).andExpect(status().isNotFound());
        // A recipient does not see who else opened it.
        mvc.perform(as(OFFICER, get("/api/v1/disclosures/" + id + "/access"))).andExpect(status().isNotFound());
    }

    @Test
    void accessEndsAfterItsLastDay() throws Exception {
        String today = LocalDate.now(org.infoshare.shared.UkCalendar.ZONE).toString();
        UUID id = sent(body(decided().decisionId(), team("Public Protection Desk"), concern("Time-limited"), "", today));
        mvc.perform(as(OFFICER, get("/api/v1/disclosures/" + id))).andExpect(status().isOk())
                .andExpect(jsonPath("$.disclosure.accessUntil").value(today));
        create(body(decided().decisionId(), team("Public Protection Desk"), concern("x"), "", "2020-01-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("accessUntil"));
        // Time passes: the last day is now yesterday.
        jdbc.sql("update disclosure set access_until = :day where id = :id").param("day", LocalDate.now().minusDays(2)).param("id", id).update();
        mvc.perform(as(OFFICER, get("/api/v1/disclosures/" + id))).andExpect(status().isNotFound());
        assertThat(entries(id, "delivery.disclosure.access-refused")).anySatisfy(e -> assertThat(e.details()).containsEntry("reason", "expired"));
        mvc.perform(as(SOCIAL_WORKER, get("/api/v1/disclosures/" + id))).andExpect(status().isOk());
        // Put back as recorded: the ledger binds the disclosure as stored (ADR 0063), and other tests verify it.
        jdbc.sql("update disclosure set access_until = :day where id = :id").param("day", LocalDate.parse(today)).param("id", id).update();
    }

    @Test
    void aWithdrawnDisclosureClosesAtOnceAndBecomesAPotentialBreachForTheSendersDpo() throws Exception {
        UUID id = sent(body(decided().decisionId(), team("Public Protection Desk"), concern("Sent to the wrong force"), "", null));
        mvc.perform(as(OFFICER, get("/api/v1/disclosures/" + id))).andExpect(status().isOk());
        mvc.perform(as(SOCIAL_WORKER, post("/api/v1/disclosures/" + id + "/withdrawal")).content("{\"reason\":\" \"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(as(COUNCIL_MANAGER, post("/api/v1/disclosures/" + id + "/withdrawal")).content("{\"reason\":\"Not mine\"}"))
                .andExpect(status().isNotFound());
        String breach = mvc.perform(as(SOCIAL_WORKER, post("/api/v1/disclosures/" + id + "/withdrawal"))
                        .content("{\"reason\":\"Wrong child's concern attached\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openedBeforeWithdrawal").value(true))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andReturn().getResponse().getContentAsString();
        String breachId = JsonPath.read(breach, "$.id");
        mvc.perform(as(SOCIAL_WORKER, post("/api/v1/disclosures/" + id + "/withdrawal")).content("{\"reason\":\"Again\"}"))
                .andExpect(status().isConflict());
        mvc.perform(as(OFFICER, get("/api/v1/disclosures/" + id))).andExpect(status().isNotFound());
        assertThat(entries(id, "delivery.disclosure.access-refused")).anySatisfy(e -> assertThat(e.details()).containsEntry("reason", "withdrawn"));
        assertThat(entries(id, "delivery.disclosure.withdrawn")).hasSize(1);
        assertThat(ledger.forSubject("potential-breach", breachId)).extracting(LedgerRecord::action).contains("delivery.breach.recorded");

        mvc.perform(as(COUNCIL_DPO, get("/api/v1/potential-breaches")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + breachId + "')].reason", hasItem("Wrong child's concern attached")));
        mvc.perform(as(SOCIAL_WORKER, get("/api/v1/potential-breaches"))).andExpect(status().isForbidden());
        mvc.perform(as(POLICE_DPO, get("/api/v1/potential-breaches")))
                .andExpect(jsonPath("$[*].id", not(hasItem(breachId))));
        // It is an incident in the council's register, assessed there; the recipient's refused attempt after the
        // withdrawal is not a further incident.
        List<UUID> incidents = jdbc.sql("select id from incident where record_id = :id").param("id", id).query(UUID.class).list();
        assertThat(incidents).hasSize(1);
        mvc.perform(as(COUNCIL_DPO, get("/api/v1/incidents/" + incidents.get(0))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("DISCLOSURE_WITHDRAWN"))
                .andExpect(jsonPath("$.account").value(org.hamcrest.Matchers.containsString("Wrong child's concern attached")))
                .andExpect(jsonPath("$.clock.dueText").isNotEmpty());
    }

    @Test
    void notificationsSayOnlyThatSomethingIsWaiting() throws Exception {
        String content = "Mother disclosed that her partner hit the child with a belt";
        UUID id = sent(body(decided().decisionId(), team("Public Protection Desk"), concern(content) + "," + ADDRESS, "\"Jane Smith\"", null));
        List<Map<String, Object>> rows = jdbc.sql("select * from notification where link = :link").param("link", "/disclosures/" + id)
                .query().listOfRows();
        assertThat(rows).extracting(r -> r.get("recipient_user")).contains(demo.userId(OFFICER), demo.userId(POLICE_SERGEANT))
                .doesNotContain(demo.userId(POLICE_DPO));
        Notifications.Notification notification = notifications.forRecipient(demo.userId(OFFICER), 50).stream()
                .filter(n -> n.path().equals("/disclosures/" + id)).findFirst().orElseThrow();
        var message = notification.message("https://infoshare.example");
        assertThat(message.subject()).isEqualTo("A disclosure is waiting for you in infoshare");
        for (String secret : List.of(content, "belt", "Elm Road", ShareDecisions.SUBJECT_NAME, "Kayden", "Jane", "safeguarding concern",
                "Address", "Westshire County Council", "Sam Okafor")) {
            assertThat(message.subject() + message.body()).doesNotContainIgnoringCase(secret);
        }
        assertThat(message.body()).contains("https://infoshare.example/disclosures/" + id);
    }

    @Test
    void aCanaryInAnyPartOfADisclosureIsNeverInClearInTheDatabase() throws Exception {
        String canary = "CANARY" + UUID.randomUUID().toString().replace("-", "").toUpperCase();
        String item = "{\"code\":\"address\",\"content\":\"" + canary + " Road\",\"kind\":\"OPINION\",\"historical\":true,"
                + "\"historicalNote\":\"" + canary + " note\",\"notToSubject\":false}";
        UUID id = sent(body(decided().decisionId(), team("Public Protection Desk"), concern("Seen with " + canary) + "," + item,
                "\"" + canary + "\"", null));
        mvc.perform(as(SOCIAL_WORKER, post("/api/v1/disclosures/" + id + "/withdrawal")).content("{\"reason\":\"" + canary + " was wrong\"}"))
                .andExpect(status().isOk());
        mvc.perform(as(SOCIAL_WORKER, get("/api/v1/disclosures/" + id))).andExpect(content().string(containsString(canary)));
        assertThat(CanaryScan.columnsScanned(jdbc)).isGreaterThan(50);
        assertThat(CanaryScan.placesHolding(jdbc, canary)).isEmpty();
    }

    @Test
    void revokedAndLapsedRecipientsAreRefusedOnTheirVeryNextRequest() throws Exception {
        UUID id = sent(body(decided().decisionId(), team("Public Protection Desk"), concern("For the desk"), "", null));
        String admin = tokens.computeIfAbsent(POLICE_ADMIN, demo::token);
        String worker = temporaryOfficer(admin, LocalDate.now().minusMonths(1), LocalDate.now().plusYears(1));
        mvc.perform(get("/api/v1/disclosures/" + id).header("Authorization", "Bearer " + worker.split(" ")[1])).andExpect(status().isOk());
        mvc.perform(post("/api/v1/users/" + worker.split(" ")[0] + "/revocation").header("Authorization", "Bearer " + admin)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"LEFT_ORGANISATION\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/disclosures/" + id).header("Authorization", "Bearer " + worker.split(" ")[1])).andExpect(status().isUnauthorized());

        String lapsed = temporaryOfficer(admin, LocalDate.now().minusYears(1).minusDays(2), LocalDate.now().minusDays(1));
        mvc.perform(get("/api/v1/disclosures/" + id).header("Authorization", "Bearer " + lapsed.split(" ")[1]))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:infoshare:problem:training-lapsed"));
        mvc.perform(get("/api/v1/disclosures").header("Authorization", "Bearer " + lapsed.split(" ")[1]))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].id", hasItem(id.toString())));
    }

    /** A new officer on the Public Protection Desk with the training dates given; returns "id token". */
    private String temporaryOfficer(String admin, LocalDate trained, LocalDate expires) throws Exception {
        String created = mvc.perform(post("/api/v1/users").header("Authorization", "Bearer " + admin).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"officer.%s@westshire-police.example","displayName":"PC Temporary","roles":["PRACTITIONER"],
                                 "teamIds":["%s"],"trainingCompletedOn":"%s","trainingExpiresOn":"%s"}"""
                                .formatted(UUID.randomUUID(), policeTeam("Public Protection Desk"), trained, expires)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String userId = JsonPath.read(created, "$.id");
        String issued = mvc.perform(post("/api/v1/users/" + userId + "/tokens").header("Authorization", "Bearer " + admin)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"t\",\"expiresOn\":\"" + LocalDate.now().plusDays(10) + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return userId + " " + JsonPath.read(issued, "$.secret");
    }

    @Test
    void aConsentWithdrawalIsDeliveredToTheRecipientsOfTheDisclosuresItConcerns() throws Exception {
        ShareDecisions decisions = new ShareDecisions(mvc, demo);
        UUID subject = decisions.subject(SOCIAL_WORKER);
        String consent = JsonPath.read(decisions.post(SOCIAL_WORKER, "/api/v1/consents", """
                {"subjectId":"%s","answer":"GIVEN","givenBy":"PARENTAL_RESPONSIBILITY","giverName":"Jo Parent","explicit":true,
                 "medium":"WRITTEN","givenOn":"2026-11-01","whatWasAgreed":"Share the concern with the police",
                 "purposes":["SAFEGUARDING_CHILD"],"recipients":["%s"]}""".formatted(subject, police())), "$.id");
        ShareDecisions.Decided decision = decisions.toPoliceOnConsent(SOCIAL_WORKER, subject, consent);
        UUID id = sent(body(decision.decisionId(), team("Public Protection Desk"), concern("Shared with consent"), "", null));
        decisions.post(SOCIAL_WORKER, "/api/v1/consents/" + consent + "/withdrawal", "{\"withdrawnOn\":\"2026-11-20\"}");

        String open = mvc.perform(as(SOCIAL_WORKER, get("/api/v1/withdrawal-notices"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> notices = JsonPath.read(open, "$[?(@.decisionId == '" + decision.decisionId() + "')].id");
        assertThat(notices).hasSize(1);
        mvc.perform(as(SOCIAL_WORKER, post("/api/v1/withdrawal-notices/" + notices.get(0) + "/delivery")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].disclosureId").value(id.toString()))
                .andExpect(jsonPath("$[0].recipientTeamId").value(policeTeam("Public Protection Desk").toString()));
        mvc.perform(as(SOCIAL_WORKER, post("/api/v1/withdrawal-notices/" + notices.get(0) + "/delivery"))).andExpect(status().isConflict());
        mvc.perform(as(SOCIAL_WORKER, get("/api/v1/withdrawal-notices")))
                .andExpect(jsonPath("$[*].id", not(hasItem(notices.get(0)))));

        String received = mvc.perform(as(OFFICER, get("/api/v1/disclosure-notices"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> mine = JsonPath.read(received, "$[?(@.disclosureId == '" + id + "')].id");
        assertThat(mine).hasSize(1);
        mvc.perform(as(POLICE_DPO, get("/api/v1/disclosure-notices"))).andExpect(jsonPath("$[*].id", not(hasItem(mine.get(0)))));
        mvc.perform(as(OFFICER, post("/api/v1/disclosure-notices/" + mine.get(0) + "/acknowledgement")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.acknowledgedAt").isNotEmpty());
        assertThat(entries(id, "delivery.notice.delivered")).hasSize(1);
        assertThat(jdbc.sql("select count(*) from notification where link = :link").param("link", "/inbox/notices/" + mine.get(0))
                .query(Integer.class).single()).isGreaterThan(0);
    }
}
