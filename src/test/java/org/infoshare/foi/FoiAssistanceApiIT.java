package org.infoshare.foi;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.clock.StatutoryClock;
import org.infoshare.clock.rules.Deadline;
import org.infoshare.clock.rules.Nation;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** FOI and EIR assistance between partners through the API: the 2 and 7 working days, answers, reminders and escalation. */
@IntegrationTest
class FoiAssistanceApiIT {

    static final String DPO = DemoPartnership.COUNCIL_DPO;
    static final String POLICE_DPO = "dpo@westshire-police.example";
    static final String NHS_DPO = "dpo@westshire-nhs.example";
    static final String NHS_CALDICOTT = "caldicott@westshire-nhs.example";
    static final String NHS_AUDITOR = "auditor@westshire-nhs.example";

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired JdbcClient jdbc;
    @Autowired LedgerQueries ledger;
    @Autowired StatutoryClock statutoryClock;
    @Autowired FoiAssistance assistance;

    private final Map<String, String> tokens = new HashMap<>();

    private ResultActions call(String username, MockHttpServletRequestBuilder request, String body) throws Exception {
        String token = tokens.computeIfAbsent(username, demo::token);
        request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
        return mvc.perform(body == null ? request : request.content(body));
    }

    private UUID org(String name) {
        return demo.organisation(name).id();
    }

    private String ask(String asks, UUID... partners) throws Exception {
        StringBuilder list = new StringBuilder();
        for (UUID p : partners) {
            list.append(list.isEmpty() ? "" : ",").append('"').append(p).append('"');
        }
        return call(DPO, post("/api/v1/foi/requests"), """
                {"regime":"FOI","holderReference":"FOI/2026/%s","receivedOn":"%s","request":"How many referrals did the partnership make about children in 2025?",
                 "asks":[%s],"partners":[%s]}""".formatted(UUID.randomUUID().toString().substring(0, 6), statutoryClock.today(), asks, list))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
    }

    private UUID consultation(String request, UUID partner) {
        List<String> ids = JsonPath.read(request, "$.consultations[?(@.partnerOrganisationId == '" + partner + "')].id");
        return UUID.fromString(ids.get(0));
    }

    @Test
    void eachPartnerHasTwoWorkingDaysToRespondAndSevenToCompleteTheExchangeInItsOwnNation() throws Exception {
        UUID police = org("Westshire Police");
        String request = ask("\"VIEWS\",\"DATA\"", police);
        UUID id = consultation(request, police);
        LocalDate today = statutoryClock.today();
        Nation nation = statutoryClock.nationOf(police);
        String respondBy = statutoryClock.workingDaysAfter(today, 2, nation).dueOn().toString();
        String completeBy = statutoryClock.workingDaysAfter(today, 7, nation).dueOn().toString();
        assertThat(JsonPath.<String>read(request, "$.consultations[0].responseDueOn")).isEqualTo(respondBy);
        assertThat(JsonPath.<String>read(request, "$.consultations[0].exchangeDueOn")).isEqualTo(completeBy);
        assertThat(jdbc.sql("select recipient_user from notification where link = :link").param("link", "/foi/consultations/" + id)
                .query(UUID.class).list()).containsExactly(demo.userId(POLICE_DPO));

        call(POLICE_DPO, get("/api/v1/foi/consultations"), null).andExpect(jsonPath("$[*].id", hasItem(id.toString())));
        call(POLICE_DPO, get("/api/v1/foi/consultations/" + id), null).andExpect(status().isOk())
                .andExpect(jsonPath("$.request").value("How many referrals did the partnership make about children in 2025?"))
                .andExpect(jsonPath("$.owed").value("RESPONSE"));
        call(POLICE_DPO, post("/api/v1/foi/consultations/" + id + "/exchange"), "{\"data\":\"12\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].rule").value("respond-first"));
        call(POLICE_DPO, post("/api/v1/foi/consultations/" + id + "/response"),
                "{\"views\":\"Numbers under 5 would identify children\",\"concerns\":true,\"exemptions\":[\"R13_PERSONAL_DATA\"]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("exemptions"))
                .andExpect(jsonPath("$.errors[0].rule").value("regime"));
        call(POLICE_DPO, post("/api/v1/foi/consultations/" + id + "/response"),
                "{\"views\":\"Numbers under 5 would identify children\",\"concerns\":false,\"exemptions\":[\"S40_PERSONAL_INFORMATION\"]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RESPONDED"))
                .andExpect(jsonPath("$.concerns").value(true))
                .andExpect(jsonPath("$.owed").value("EXCHANGE"));
        call(POLICE_DPO, post("/api/v1/foi/consultations/" + id + "/response"), "{\"views\":\"again\",\"concerns\":false}")
                .andExpect(status().isConflict());
        call(POLICE_DPO, post("/api/v1/foi/consultations/" + id + "/exchange"), "{\"data\":\"Referrals in 2025: 212 (all ages)\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMPLETED")).andExpect(jsonPath("$.owed").doesNotExist());

        String holder = call(DPO, get("/api/v1/foi/requests/" + JsonPath.read(request, "$.id")), null).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<String>read(holder, "$.consultations[0].views")).isEqualTo("Numbers under 5 would identify children");
        assertThat(JsonPath.<String>read(holder, "$.consultations[0].data")).isEqualTo("Referrals in 2025: 212 (all ages)");
        call(DPO, post("/api/v1/foi/consultations/" + id + "/reminder"), null)
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].rule").value("nothing-owed"));
        assertThat(ledger.forSubject("foi-consultation", id.toString())).extracting(LedgerRecord::action)
                .containsExactly("foi.consultation.sent", "foi.consultation.responded", "foi.consultation.completed");
    }

    @Test
    void whenOnlyViewsAreAskedForTheResponseCompletesIt() throws Exception {
        UUID police = org("Westshire Police");
        UUID id = consultation(ask("\"VIEWS\"", police), police);
        call(POLICE_DPO, post("/api/v1/foi/consultations/" + id + "/response"), "{\"views\":\"No objection\",\"concerns\":false}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.exchangeDueOn").doesNotExist());
    }

    @Test
    void aPartnerIsRemindedWhenItsResponseFallsDueAndEscalatedOnceOverdue() throws Exception {
        UUID nhs = org("Westshire Community Health NHS Trust");
        String request = ask("\"VIEWS\",\"DATA\"", nhs);
        UUID id = consultation(request, nhs);
        Nation nation = statutoryClock.nationOf(nhs);
        // Move the consultation back in time to the receipt day whose response is due soon or today.
        LocalDate dueSoon = null;
        for (LocalDate day = statutoryClock.today(); dueSoon == null; day = day.minusDays(1)) {
            Deadline.Standing standing = statutoryClock.standing(statutoryClock.workingDaysAfter(day, 2, nation));
            if (standing == Deadline.Standing.DUE || standing == Deadline.Standing.DUE_SOON) {
                dueSoon = day;
            }
        }
        received(id, dueSoon);
        int before = notifications(id);
        assistance.sweep();
        assertThat(JsonPath.<String>read(call(DPO, get("/api/v1/foi/consultations/" + id), null).andReturn().getResponse().getContentAsString(),
                "$.remindedStage")).isEqualTo("RESPONSE");
        assertThat(notifications(id)).isEqualTo(before + 1);
        assistance.sweep();
        assertThat(notifications(id)).as("reminded once").isEqualTo(before + 1);

        received(id, statutoryClock.today().minusDays(14));
        assistance.sweep();
        call(DPO, get("/api/v1/foi/consultations/" + id), null)
                .andExpect(jsonPath("$.responseStanding").value("OVERDUE"))
                .andExpect(jsonPath("$.escalatedStage").value("RESPONSE"));
        List<UUID> told = jdbc.sql("select recipient_user from notification where link = :link order by created_at")
                .param("link", "/foi/consultations/" + id).query(UUID.class).list();
        assertThat(told.subList(told.size() - 3, told.size()))
                .containsExactlyInAnyOrder(demo.userId(NHS_DPO), demo.userId(NHS_CALDICOTT), demo.userId(DPO));
        assistance.sweep();
        assertThat(notifications(id)).as("escalated once").isEqualTo(told.size());
        assertThat(ledger.forSubject("foi-consultation", id.toString())).extracting(LedgerRecord::action)
                .containsSubsequence("foi.consultation.reminded", "foi.consultation.escalated");

        // The holder decides: the decision is its own, and nothing more is chased or answered.
        String requestId = JsonPath.read(request, "$.id");
        call(DPO, post("/api/v1/foi/requests/" + requestId + "/decision"), "{\"decision\":\"WITHHELD\",\"exemptions\":[\"R13_PERSONAL_DATA\"]}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].rule").value("regime"));
        call(NHS_DPO, post("/api/v1/foi/requests/" + requestId + "/decision"), "{\"decision\":\"WITHHELD\"}").andExpect(status().isNotFound());
        call(DPO, post("/api/v1/foi/requests/" + requestId + "/decision"),
                "{\"decision\":\"RELEASED_IN_PART\",\"exemptions\":[\"S40_PERSONAL_INFORMATION\"],\"notes\":\"Small numbers withheld\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.decision").value("RELEASED_IN_PART"));
        call(NHS_DPO, post("/api/v1/foi/consultations/" + id + "/response"), "{\"views\":\"Late\",\"concerns\":false}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].rule").value("decided"));
    }

    @Test
    void onlyInformationGovernanceOnEachSideSeesOrAnswersAndRefusedRequestsWriteNothing() throws Exception {
        UUID police = org("Westshire Police");
        String request = ask("\"VIEWS\"", police);
        UUID id = consultation(request, police);
        call(DemoPartnership.COUNCIL_PRACTITIONER, get("/api/v1/foi/requests"), null).andExpect(status().isForbidden());
        call(POLICE_DPO, get("/api/v1/foi/requests/" + JsonPath.read(request, "$.id")), null).andExpect(status().isNotFound());
        call(NHS_DPO, get("/api/v1/foi/consultations/" + id), null).andExpect(status().isNotFound());
        call("auditor@westshire-police.example", get("/api/v1/foi/consultations/" + id), null).andExpect(status().isOk());
        call("auditor@westshire-police.example", post("/api/v1/foi/consultations/" + id + "/response"), "{\"views\":\"x\",\"concerns\":false}")
                .andExpect(status().isForbidden());

        for (String username : List.of(DPO, NHS_AUDITOR)) {
            tokens.computeIfAbsent(username, demo::token);
        }
        Map<String, Long> before = counts();
        UUID council = org("Westshire County Council");
        call(DPO, post("/api/v1/foi/requests"), "{\"regime\":\"EIR\",\"receivedOn\":\"" + statutoryClock.today() + "\",\"request\":\"x\",\"asks\":[\"VIEWS\"],\"partners\":[\""
                + council + "\"]}").andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].rule").value("other-organisation"));
        call(DPO, post("/api/v1/foi/requests"), "{\"regime\":\"EIR\",\"receivedOn\":\"" + statutoryClock.today().plusDays(2)
                + "\",\"request\":\"x\",\"asks\":[\"VIEWS\"],\"partners\":[\"" + police + "\"]}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("receivedOn"));
        call(DPO, post("/api/v1/foi/requests"), "{\"regime\":\"FOI\",\"asks\":[],\"partners\":[]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("asks")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("partners")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("receivedOn")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("request")));
        call(NHS_AUDITOR, post("/api/v1/foi/requests"), "{\"regime\":\"FOI\"}").andExpect(status().isForbidden());
        assertThat(counts()).isEqualTo(before);
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new HashMap<>(RowCounts.of(jdbc));
        for (String table : List.of("foi_request", "foi_consultation", "notification")) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }

    private void received(UUID consultation, LocalDate day) {
        jdbc.sql("update foi_consultation set received_on = :day, respond_by = :day + 3, sent_at = :day where id = :id")
                .param("day", day).param("id", consultation).update();
    }

    private int notifications(UUID consultation) {
        return jdbc.sql("select count(*) from notification where link = :link").param("link", "/foi/consultations/" + consultation)
                .query(Integer.class).single();
    }
}
