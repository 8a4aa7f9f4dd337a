package org.infoshare.scheme;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.clock.StatutoryClock;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The public disclosure schemes through the API (004 §8.3, §8.6): every stage, the undertaking, and nothing for anyone outside the police. */
@IntegrationTest
class SchemeApiIT {

    static final String OFFICER = DemoPartnership.POLICE_PRACTITIONER;
    static final String SERGEANT = "manager@westshire-police.example";
    static final String POLICE_DPO = "dpo@westshire-police.example";
    static final String SOCIAL_WORKER = DemoPartnership.COUNCIL_PRACTITIONER;
    static final String HEALTH_VISITOR = DemoPartnership.NHS_PRACTITIONER;
    static final String BASE = "/api/v1/schemes/applications";

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired JdbcClient jdbc;
    @Autowired LedgerQueries ledger;
    @Autowired StatutoryClock statutoryClock;

    private final Map<String, String> tokens = new HashMap<>();

    private ResultActions call(String username, MockHttpServletRequestBuilder request, String body) throws Exception {
        String token = tokens.computeIfAbsent(username, demo::token);
        request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
        return mvc.perform(body == null ? request : request.content(body));
    }

    private String person(String name) throws Exception {
        String body = call(OFFICER, post("/api/v1/subjects"), "{\"reference\":\"PDS-%s\",\"name\":\"%s\"}"
                .formatted(UUID.randomUUID().toString().substring(0, 8), name)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private String apply(String scheme) throws Exception {
        String atRisk = person("Clare Holt");
        String subject = person("Gary Mason");
        String body = call(OFFICER, post(BASE), """
                {"scheme":"%s","receivedOn":"%s","howReceived":"IN_PERSON","applicantName":"Wendy Holt","applicantContact":"07700 900123, safe to text",
                 "relationship":"Clare's mother","personAtRiskId":"%s","subjectId":"%s"}""".formatted(scheme, statutoryClock.today(), atRisk, subject))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("RECEIVED")).andExpect(jsonPath("$.next").value("CHECKS"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private void throughTheForum(String path) throws Exception {
        LocalDate today = statutoryClock.today();
        call(OFFICER, post(path + "/checks"), "{\"findings\":\"Two convictions for assault on a former partner, 2019 and 2022\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CHECKED"));
        call(OFFICER, post(path + "/meeting"), "{\"metOn\":\"%s\",\"identityVerified\":true,\"howIdentityVerified\":\"Passport seen\"}".formatted(today))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("MET"));
        call(SERGEANT, post(path + "/forum"), """
                {"heldOn":"%s","partners":"Westshire County Council children's services; IDVA service","recommendation":"DISCLOSE",
                 "reasons":"Pattern of violence towards partners"}""".formatted(today))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("FORUM_HELD"));
    }

    @Test
    void anApplicationGoesFromReceiptToADisclosureInPersonWithItsSignedUndertaking() throws Exception {
        String id = apply("DVDS_RIGHT_TO_ASK");
        String path = BASE + "/" + id;
        LocalDate today = statutoryClock.today();
        call(OFFICER, post(path + "/forum"), "{\"heldOn\":\"%s\",\"partners\":\"x\",\"recommendation\":\"DISCLOSE\",\"reasons\":\"x\"}".formatted(today))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].rule").value("stage-out-of-order"));
        throughTheForum(path);
        call(OFFICER, post(path + "/decision"), """
                {"recipient":"PERSON_AT_RISK","riskIndicated":true,"necessary":true,"rationale":"Convictions show a risk of harm to Clare"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("TO_DISCLOSE"))
                .andExpect(jsonPath("$.decision.disclose").value(true)).andExpect(jsonPath("$.decision.rule").value("risk-of-harm"))
                .andExpect(jsonPath("$.next").value("DISCLOSURE"));
        call(OFFICER, post(path + "/disclosure"), """
                {"disclosedOn":"%s","inPerson":false,"warningGiven":true,"undertaking":"SIGNED","whatDisclosed":"x"}""".formatted(today))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("inPerson"))
                .andExpect(jsonPath("$.errors[0].rule").value("in-person"));
        call(OFFICER, post(path + "/disclosure"), """
                {"disclosedOn":"%s","inPerson":true,"warningGiven":true,"undertaking":"SIGNED",
                 "whatDisclosed":"Gary Mason has two convictions for assaulting a former partner"}""".formatted(today))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DISCLOSED"))
                .andExpect(jsonPath("$.disclosure.undertaking").value("SIGNED")).andExpect(jsonPath("$.next").doesNotExist());

        call(OFFICER, get(path), null).andExpect(status().isOk()).andExpect(jsonPath("$.applicant.name").value("Wendy Holt"))
                .andExpect(jsonPath("$.checks.by").value(demo.userId(OFFICER).toString()))
                .andExpect(jsonPath("$.forum.by").value(demo.userId(SERGEANT).toString()))
                .andExpect(jsonPath("$.disclosure.whatDisclosed").value("Gary Mason has two convictions for assaulting a former partner"));
        call(OFFICER, get(BASE), null).andExpect(status().isOk()).andExpect(header().exists("X-Total-Count"))
                .andExpect(jsonPath("$[*].id", hasItem(id)));
        call(OFFICER, post(path + "/disclosure"), "{\"disclosedOn\":\"%s\",\"inPerson\":true,\"warningGiven\":true,\"undertaking\":\"SIGNED\",\"whatDisclosed\":\"x\"}"
                .formatted(today)).andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].rule").value("application-closed"));

        assertThat(ledger.forSubject("scheme-application", id)).extracting(LedgerRecord::action).containsExactly("scheme.application-received",
                "scheme.checks-recorded", "scheme.meeting-recorded", "scheme.forum-recorded", "scheme.decided", "scheme.disclosure-recorded");
        assertThat(ledger.forSubject("scheme-application", id).stream().map(e -> e.details().toString()).toList())
                .noneMatch(details -> details.contains("Wendy") || details.contains("convictions"));
        byte[] sealed = jdbc.sql("select applicant_name_enc from scheme_application where id = :id").param("id", UUID.fromString(id))
                .query(byte[].class).single();
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Wendy");
    }

    @Test
    void whenTheUndertakingIsRefusedTheDecisionToDiscloseOrNotIsRecordedWithItsReason() throws Exception {
        String id = apply("CSODS");
        String path = BASE + "/" + id;
        LocalDate today = statutoryClock.today();
        throughTheForum(path);
        call(OFFICER, post(path + "/decision"), """
                {"recipient":"PERSON_AT_RISK","riskIndicated":true,"necessary":true,"rationale":"x"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("NOT_TO_DISCLOSE"))
                .andExpect(jsonPath("$.decision.rule").value("recipient-not-entitled"));

        String second = apply("CSODS");
        String other = BASE + "/" + second;
        throughTheForum(other);
        call(OFFICER, post(other + "/decision"), """
                {"recipient":"ABLE_TO_SAFEGUARD","riskIndicated":true,"necessary":true,"rationale":"He has unsupervised access to her children"}""")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("TO_DISCLOSE"));
        call(OFFICER, post(other + "/disclosure"), """
                {"disclosedOn":"%s","inPerson":true,"warningGiven":true,"undertaking":"REFUSED","discloseNonetheless":true,"whatDisclosed":"x"}"""
                .formatted(today)).andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("refusalReason"));
        call(OFFICER, post(other + "/disclosure"), """
                {"disclosedOn":"%s","inPerson":true,"warningGiven":true,"undertaking":"REFUSED","discloseNonetheless":false,
                 "refusalReason":"She said she would tell him, which would put the children at greater risk"}""".formatted(today))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("NOT_DISCLOSED"))
                .andExpect(jsonPath("$.disclosure.discloseNonetheless").value(false))
                .andExpect(jsonPath("$.disclosure.whatDisclosed").doesNotExist());
        assertThat(ledger.forSubject("scheme-application", second)).extracting(LedgerRecord::action).contains("scheme.disclosure-recorded");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndWritesNothing() throws Exception {
        String id = apply("DVDS_RIGHT_TO_KNOW");
        String path = BASE + "/" + id;
        String atRisk = person("Ann Lee");
        tokens.computeIfAbsent(SOCIAL_WORKER, demo::token);
        tokens.computeIfAbsent(POLICE_DPO, demo::token);
        Map<String, Long> before = counts();
        call(OFFICER, post(BASE), "{}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("scheme"))).andExpect(jsonPath("$.errors[*].field", hasItem("applicantName")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("personAtRiskId")));
        call(OFFICER, post(BASE), """
                {"scheme":"CSODS","receivedOn":"%s","howReceived":"TELEPHONE","applicantName":"A","applicantContact":"B","relationship":"C",
                 "personAtRiskId":"%s","subjectId":"%s"}""".formatted(statutoryClock.today(), atRisk, UUID.randomUUID()))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("subjectId"))
                .andExpect(jsonPath("$.errors[0].rule").value("unknown-person"));
        call(OFFICER, post(BASE), """
                {"scheme":"CSODS","receivedOn":"%s","howReceived":"TELEPHONE","applicantName":"A","applicantContact":"B","relationship":"C",
                 "personAtRiskId":"%s","subjectId":"%s"}""".formatted(statutoryClock.today().plusDays(1), atRisk, atRisk))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].rule").value("not-future"));
        call(OFFICER, post(path + "/checks"), "{\"findings\":\" \"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("findings"));
        call(OFFICER, post(path + "/meeting"), "{\"metOn\":\"%s\",\"identityVerified\":true,\"howIdentityVerified\":\"x\"}".formatted(statutoryClock.today()))
                .andExpect(status().isConflict());
        call(POLICE_DPO, post(BASE), "{}").andExpect(status().isForbidden());
        call(SOCIAL_WORKER, post(BASE), "{}").andExpect(status().isNotFound());
        call(SOCIAL_WORKER, post(path + "/checks"), "{\"findings\":\"x\"}").andExpect(status().isNotFound());
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void toStaffOutsideThePoliceApplicationsDoNotExist() throws Exception {
        String id = apply("DVDS_RIGHT_TO_ASK");
        String path = BASE + "/" + id;
        for (String outsider : List.of(SOCIAL_WORKER, HEALTH_VISITOR)) {
            String absent = call(outsider, get(BASE + "/" + UUID.randomUUID()), null).andExpect(status().isNotFound())
                    .andReturn().getResponse().getContentAsString();
            String foreign = call(outsider, get(path), null).andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
            assertThat(JsonPath.<String>read(foreign, "$.title")).isEqualTo(JsonPath.read(absent, "$.title"));
            call(outsider, get(BASE), null).andExpect(status().isNotFound());
            call(outsider, post(path + "/checks"), "{\"findings\":\"x\"}").andExpect(status().isNotFound());
        }
        call(SERGEANT, get(path), null).andExpect(status().isOk());
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new HashMap<>(RowCounts.of(jdbc));
        counts.put("scheme_application", jdbc.sql("select count(*) from scheme_application").query(Long.class).single());
        counts.put("scheme_application_versions", jdbc.sql("select coalesce(sum(version), 0) from scheme_application").query(Long.class).single());
        return counts;
    }
}
