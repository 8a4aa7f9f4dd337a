package org.infoshare.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.ledger.Ledger;
import org.infoshare.ledger.LedgerEvent;
import org.infoshare.shared.Actor;
import org.infoshare.shared.UkCalendar;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AuditIT {

    private static final String POLICE_AUDITOR = "auditor@westshire-police.example";

    @Autowired
    MockMvc mvc;
    @Autowired
    DemoPartnership demo;
    @Autowired
    Ledger ledger;
    @Autowired
    PlatformTransactionManager transactions;

    // --- API ---

    @Test
    void auditorsAndTheDpoReadTheirOrganisationsTrailWithNamesAndPlainEnglish() throws Exception {
        Actor auditor = demo.actor(DemoPartnership.COUNCIL_AUDITOR);
        for (String user : List.of(DemoPartnership.COUNCIL_AUDITOR, DemoPartnership.COUNCIL_DPO)) {
            mvc.perform(get("/api/v1/audit/entries").header("Authorization", bearer(user)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.offset").value(0))
                    .andExpect(jsonPath("$.limit").value(AuditTrail.DEFAULT_LIMIT))
                    .andExpect(jsonPath("$.entries.length()").value(org.hamcrest.Matchers.greaterThan(0)))
                    .andExpect(jsonPath("$.entries[*].description").value(everyItem(not(org.hamcrest.Matchers.emptyString()))))
                    .andExpect(jsonPath("$.entries[*].actorName").value(everyItem(not(org.hamcrest.Matchers.emptyString()))));
        }
        // The demo's directory was set up by the platform itself; the auditor's own sign-in token was issued by them.
        mvc.perform(get("/api/v1/audit/entries").param("action", "directory.organisation.created").header("Authorization", bearer(DemoPartnership.COUNCIL_AUDITOR)))
                .andExpect(jsonPath("$.entries[0].actorName").value(AuditTrail.PLATFORM))
                .andExpect(jsonPath("$.entries[0].description").value("Added the organisation to the partnership"))
                .andExpect(jsonPath("$.entries[0].recordName").value("Westshire County Council"));
        mvc.perform(get("/api/v1/audit/entries").param("action", "directory.token.issued").header("Authorization", bearer(DemoPartnership.COUNCIL_AUDITOR)))
                .andExpect(jsonPath("$.entries[0].actorName").value(auditor.displayName()))
                .andExpect(jsonPath("$.entries[0].details.user").value(auditor.userId().toString()));
    }

    @Test
    void practitionersMayNotReadTheTrailNorVerify() throws Exception {
        String token = bearer(DemoPartnership.COUNCIL_PRACTITIONER);
        mvc.perform(get("/api/v1/audit/entries").header("Authorization", token))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:infoshare:problem:forbidden"));
        mvc.perform(get("/api/v1/ledger/verification").header("Authorization", token))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/entries")).andExpect(status().isUnauthorized());
    }

    @Test
    void anotherOrganisationsEntriesNeverAppear() throws Exception {
        UUID police = demo.organisation("Westshire Police").id();
        String policeTeam = JsonPath.read(mvc.perform(post("/api/v1/organisations/" + police + "/teams")
                        .header("Authorization", bearer(DemoPartnership.POLICE_ADMIN))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Audit check " + UUID.randomUUID() + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        // The police auditor sees it ...
        mvc.perform(get("/api/v1/audit/entries").param("action", "directory.team.").param("limit", "200")
                        .header("Authorization", bearer(POLICE_AUDITOR)))
                .andExpect(jsonPath("$.entries[*].subjectId").value(hasItem(policeTeam)));
        // ... the council's auditor and DPO never do, however they ask.
        for (String user : List.of(DemoPartnership.COUNCIL_AUDITOR, DemoPartnership.COUNCIL_DPO)) {
            mvc.perform(get("/api/v1/audit/entries").param("action", "directory.team.").param("limit", "200")
                            .header("Authorization", bearer(user)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.entries[*].subjectId").value(not(hasItem(policeTeam))));
            mvc.perform(get("/api/v1/audit/entries").param("limit", "200").param("from", today().toString())
                            .header("Authorization", bearer(user)))
                    .andExpect(jsonPath("$.entries[*].subjectId").value(not(hasItem(policeTeam))));
        }
    }

    @Test
    void filtersByKindOfActionAndUkDates() throws Exception {
        String token = bearer(DemoPartnership.COUNCIL_AUDITOR);
        mvc.perform(get("/api/v1/audit/entries").param("action", "directory.user.").param("limit", "200").header("Authorization", token))
                .andExpect(jsonPath("$.entries.length()").value(org.hamcrest.Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.entries[*].action").value(everyItem(startsWith("directory.user."))));
        mvc.perform(get("/api/v1/audit/entries").param("from", today().plusDays(1).toString()).header("Authorization", token))
                .andExpect(jsonPath("$.entries.length()").value(0))
                .andExpect(jsonPath("$.hasMore").value(false));
        mvc.perform(get("/api/v1/audit/entries").param("to", today().minusDays(1).toString()).header("Authorization", token))
                .andExpect(jsonPath("$.entries.length()").value(0));
        mvc.perform(get("/api/v1/audit/entries").param("from", today().toString()).param("to", today().toString())
                        .param("limit", "1").header("Authorization", token))
                .andExpect(jsonPath("$.entries.length()").value(1))
                .andExpect(jsonPath("$.hasMore").value(true));
    }

    @Test
    void badQueryParametersAreProblemsNamingTheParameter() throws Exception {
        String token = bearer(DemoPartnership.COUNCIL_AUDITOR);
        mvc.perform(get("/api/v1/audit/entries").param("from", "2026-13-01").header("Authorization", token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/audit/entries").param("limit", "many").header("Authorization", token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("limit"));
        mvc.perform(get("/api/v1/audit/entries").param("from", "2026-11-02").param("to", "2026-11-01").header("Authorization", token))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].rule").value("date-order"));
        mvc.perform(get("/api/v1/audit/entries").param("limit", "0").param("offset", "-1").header("Authorization", token))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("offset", "limit")));
        mvc.perform(get("/api/v1/audit/entries").param("action", "x%' or 1=1 --").header("Authorization", token))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("action"))
                .andExpect(jsonPath("$.errors[0].rule").value("action-prefix"));
        mvc.perform(get("/api/v1/audit/entries").param("limit", "100000").header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.limit").value(AuditTrail.MAX_LIMIT));
    }

    @Test
    void verifyingThroughTheApiReportsAndIsItselfRecorded() throws Exception {
        Actor auditor = demo.actor(DemoPartnership.COUNCIL_AUDITOR);
        String token = bearer(DemoPartnership.COUNCIL_AUDITOR);
        String report = mvc.perform(get("/api/v1/ledger/verification").header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.firstBreak").doesNotExist())
                .andExpect(jsonPath("$.headHash").value(org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}")))
                .andReturn().getResponse().getContentAsString();
        Number head = JsonPath.read(report, "$.headSeq");
        Number entries = JsonPath.read(report, "$.entriesVerified");
        assertThat(head.longValue()).isPositive().isEqualTo(entries.longValue());
        mvc.perform(get("/api/v1/audit/entries").param("action", "audit.").header("Authorization", token))
                .andExpect(jsonPath("$.entries[0].action").value("audit.ledger.verified"))
                .andExpect(jsonPath("$.entries[0].actorId").value(auditor.userId().toString()))
                .andExpect(jsonPath("$.entries[0].actorName").value(auditor.displayName()))
                .andExpect(jsonPath("$.entries[0].recordType").value("The ledger"))
                .andExpect(jsonPath("$.entries[0].details.intact").value("true"))
                .andExpect(jsonPath("$.entries[0].details.head").value(String.valueOf(head.longValue())))
                .andExpect(jsonPath("$.entries[0].details.entries").value(String.valueOf(entries.longValue())));
        // The DPO may verify too; the police's trail does not show the council's verifications.
        mvc.perform(get("/api/v1/ledger/verification").header("Authorization", bearer(DemoPartnership.COUNCIL_DPO)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/audit/entries").param("action", "audit.").param("limit", "200").header("Authorization", bearer(POLICE_AUDITOR)))
                .andExpect(jsonPath("$.entries[*].actorId").value(not(hasItem(auditor.userId().toString()))));
    }

    // --- pages ---

    @Test
    void theTrailPageShowsWhoDidWhatWhenInPlainEnglish() throws Exception {
        MockHttpSession session = signIn(DemoPartnership.COUNCIL_AUDITOR);
        Actor auditor = demo.actor(DemoPartnership.COUNCIL_AUDITOR);
        mvc.perform(get("/audit").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1 class=\"govuk-heading-l\">Audit trail</h1>")))
                .andExpect(content().string(containsString("Sign-ins are folded away")))
                .andExpect(content().string(not(containsString(auditor.displayName() + " signed in"))));
        mvc.perform(get("/audit").param("signIns", "true").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(auditor.displayName() + " signed in")))
                .andExpect(content().string(not(containsString("access.signed-in"))))
                .andExpect(content().string(containsString("href=\"/audit\"")));
        mvc.perform(get("/audit").session(signIn(DemoPartnership.COUNCIL_DPO))).andExpect(status().isOk());
    }

    @Test
    void theTrailPagePagesThroughOlderEntries() throws Exception {
        Actor auditor = demo.actor(DemoPartnership.COUNCIL_AUDITOR);
        String prefix = "test.paging" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000) + ".";
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        for (int i = 0; i < 30; i++) {
            int n = i;
            transaction.executeWithoutResult(status -> ledger.record(LedgerEvent.of(prefix + "done", "test", n)
                    .organisation(auditor.organisationId()).detail("n", n).build()));
        }
        MockHttpSession session = signIn(DemoPartnership.COUNCIL_AUDITOR);
        mvc.perform(get("/audit").param("action", prefix).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Entries 1 to 25, newest first")))
                .andExpect(content().string(containsString("The platform " + prefix + "done")))
                .andExpect(content().string(containsString("Actions starting " + prefix)))
                .andExpect(content().string(containsString("page=2")))
                .andExpect(content().string(not(containsString("rel=\"prev\""))));
        mvc.perform(get("/audit").param("action", prefix).param("page", "2").session(session))
                .andExpect(content().string(containsString("Entries 26 to 30, newest first")))
                .andExpect(content().string(containsString("rel=\"prev\"")))
                .andExpect(content().string(not(containsString("rel=\"next\""))));
    }

    @Test
    void badDatesInTheFilterAreShownInTheErrorSummary() throws Exception {
        MockHttpSession session = signIn(DemoPartnership.COUNCIL_AUDITOR);
        mvc.perform(get("/audit").session(session).param("from.day", "31").param("from.month", "2").param("from.year", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("The date from must be a real date")))
                .andExpect(content().string(containsString("<title>Error: Audit trail")))
                .andExpect(content().string(not(containsString("newest first"))));
        mvc.perform(get("/audit").session(session)
                        .param("from.day", "2").param("from.month", "11").param("from.year", "2026")
                        .param("to.day", "1").param("to.month", "11").param("to.year", "2026"))
                .andExpect(content().string(containsString("The date to must be the same as or after the date from")))
                .andExpect(content().string(containsString("href=\"#to\"")));
    }

    @Test
    void verifyingFromTheIntegrityPageShowsTheReportAndLandsInTheTrail() throws Exception {
        MockHttpSession session = signIn(DemoPartnership.COUNCIL_AUDITOR);
        mvc.perform(get("/audit/integrity").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("What is verified")))
                .andExpect(content().string(containsString("Verify the ledger now")));
        mvc.perform(post("/audit/integrity").session(session).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The ledger is intact")))
                .andExpect(content().string(containsString("Entries verified")))
                .andExpect(content().string(containsString("Head of the chain")))
                .andExpect(content().string(containsString("Verify the ledger again")));
        mvc.perform(get("/audit/integrity").session(session))
                .andExpect(content().string(containsString("Last verified by")))
                .andExpect(content().string(containsString("<span>" + demo.actor(DemoPartnership.COUNCIL_AUDITOR).displayName() + "</span>")))
                .andExpect(content().string(containsString("<strong>intact</strong>")));
        mvc.perform(get("/audit").param("action", "audit.").session(session))
                .andExpect(content().string(containsString(demo.actor(DemoPartnership.COUNCIL_AUDITOR).displayName() + " verified the ledger&#39;s integrity")))
                .andExpect(content().string(not(containsString("audit.ledger.verified"))));
        mvc.perform(post("/audit/integrity").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void practitionersAreRefusedThePagesAndDoNotSeeTheNavigation() throws Exception {
        MockHttpSession session = signIn(DemoPartnership.COUNCIL_PRACTITIONER);
        mvc.perform(get("/audit").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/audit/integrity").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/audit/integrity").session(session).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/audit\""))));
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(post("/sign-in").param("username", username).param("password", DemoPartnership.PASSWORD).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error"))
                .andReturn().getRequest().getSession(false);
    }

    private String bearer(String username) {
        return "Bearer " + demo.token(username);
    }

    private static LocalDate today() {
        return UkCalendar.today(java.time.Clock.systemUTC());
    }
}
