package org.infoshare.linkage;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.infoshare.agreement.AgreementRegister;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.ledger.LedgerQueries;
import org.infoshare.ledger.LedgerRecord;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.TestAgreements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A linkage through the API: set up, the hub's own encoded extract, a run in the background, uncertain pairs
 * decided by a person, the board's suppressed table, publication and the early help team's worklist; and the
 * refusals: nobody outside the named teams learns a plan, run or family exists, nothing is written by a refused
 * request, and no decision is taken twice.
 */
@IntegrationTest
class LinkageIT {

    static final String COUNCIL_DPO = "dpo@westshire-council.example";
    static final String ANALYST = "adults@westshire-council.example";
    static final String EARLY_HELP = "earlyhelp@westshire-council.example";
    static final String OTHER_TEAM = "practitioner@westshire-council.example";
    static final String POLICE = "practitioner@westshire-police.example";

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired AgreementRegister register;
    @Autowired DirectoryLookup directory;
    @Autowired JdbcClient jdbc;
    @Autowired LedgerQueries ledger;

    private static UUID plan;
    private static UUID run;
    private final Map<String, String> tokens = new HashMap<>();

    private LinkageApiCalls api() {
        return new LinkageApiCalls(mvc, demo, directory, tokens);
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return api().as(username, request);
    }

    private UUID team(String name) {
        return api().team(name);
    }

    private String createBody(String fingerprint) {
        return """
                {"agreementId":"%s","name":"Westshire Supporting Families","analystTeamId":"%s","worklistTeamId":"%s","secretFingerprint":"%s"}"""
                .formatted(new TestAgreements(mvc, demo, register).supportingFamilies().agreementId(), team("Adult Social Care"),
                        team("Early Help"), fingerprint);
    }

    /** One plan and one finished run, shared by the tests (a run takes seconds). */
    @BeforeEach
    void linkageRun() throws Exception {
        if (plan != null) {
            return;
        }
        String created = mvc.perform(as(COUNCIL_DPO, post("/api/v1/linkage-plans")).contentType(MediaType.APPLICATION_JSON)
                        .content(createBody(LinkageExtracts.fingerprint())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        plan = UUID.fromString(JsonPath.read(created, "$.id"));
        mvc.perform(as(ANALYST, post("/api/v1/linkage-plans/" + plan + "/own-extract")).contentType("text/csv")
                        .content(LinkageExtracts.extract(20_261_205L, 600)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.records").isNumber());
        // A wide review band, so that this small partnership leaves pairs for a person to decide.
        mvc.perform(as(ANALYST, put("/api/v1/linkage-plans/" + plan + "/settings")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"matchWeight":12,"reviewWeight":-4,"blocking":["NHS_NUMBER","DATE_OF_BIRTH","NAMES_AND_BIRTH_YEAR"],
                         "maxBlockSize":2000,"version":0}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.settings.reviewWeight").value(-4.0));
        mvc.perform(as(ANALYST, put("/api/v1/linkage-plans/" + plan + "/settings")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"matchWeight":2,"reviewWeight":5,"blocking":["NHS_NUMBER"],"maxBlockSize":2000,"version":1}"""))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("reviewWeight"));
        run = finishedRun();
    }

    private UUID finishedRun() throws Exception {
        return api().finishedRun(ANALYST, plan);
    }

    private List<String> runActions() {
        return ledger.forSubject("linkage-run", run.toString()).stream().map(LedgerRecord::action).toList();
    }

    @Test
    void theRunFindsPeopleAndFamiliesAndTheBoardSeesOnlySuppressedCounts() throws Exception {
        String body = mvc.perform(as(ANALYST, get("/api/v1/linkage-runs/" + run)))
                .andExpect(jsonPath("$.summary.records").value(org.hamcrest.Matchers.greaterThan(600)))
                .andExpect(jsonPath("$.summary.people").isNumber())
                .andExpect(jsonPath("$.model.length()").value(org.hamcrest.Matchers.greaterThan(0)))
                .andReturn().getResponse().getContentAsString();
        assertThat(((Number) JsonPath.read(body, "$.summary.familiesMeetingAnArea")).longValue()).isPositive();

        String board = mvc.perform(as(ANALYST, get("/api/v1/linkage-runs/" + run + "/board")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(10))
                .andExpect(jsonPath("$.threshold").value(5))
                .andReturn().getResponse().getContentAsString();
        List<Number> counts = new java.util.ArrayList<>();
        for (String column : List.of("eligible", "notEligible", "total")) {
            counts.addAll(JsonPath.read(board, "$.rows[*]." + column));
        }
        assertThat(counts).as("every count shown is zero or at least five; the rest are null").hasSize(30)
                .allSatisfy(n -> assertThat(n == null || n.longValue() == 0 || n.longValue() >= 5).isTrue());
        assertThat(runActions()).contains("linkage.run.started", "linkage.run.finished");
        assertThat(ledger.forSubject("linkage-run", run.toString()).toString()).doesNotContain("C-1,").doesNotContain("encoding");
    }

    @Test
    void aPersonDecidesAnUncertainPairOnceAndTheDecisionIsLedgered() throws Exception {
        String pairs = mvc.perform(as(ANALYST, get("/api/v1/linkage-runs/" + run + "/pairs")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Integer> numbers = JsonPath.read(pairs, "$[*].pairNo");
        List<String> decided = JsonPath.read(pairs, "$[*].decision");
        assertThat(numbers).as("uncertain pairs left for a person").isNotEmpty();
        int pair = numbers.get(decided.indexOf(null));
        mvc.perform(as(ANALYST, get("/api/v1/linkage-runs/" + run + "/pairs/" + pair)))
                .andExpect(jsonPath("$.fields.length()").value(org.hamcrest.Matchers.greaterThan(3)))
                .andExpect(jsonPath("$.fields[0].level").isString());

        long decisions = jdbc.sql("select count(*) from linkage_decision").query(Long.class).single();
        mvc.perform(as(ANALYST, post("/api/v1/linkage-runs/" + run + "/pairs/" + pair + "/decision")).contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("same"));
        mvc.perform(as(EARLY_HELP, post("/api/v1/linkage-runs/" + run + "/pairs/" + pair + "/decision")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"same\":true}"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from linkage_decision").query(Long.class).single()).isEqualTo(decisions);

        mvc.perform(as(ANALYST, post("/api/v1/linkage-runs/" + run + "/pairs/" + pair + "/decision")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"same\":false}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decision").value("NOT_SAME"));
        mvc.perform(as(ANALYST, post("/api/v1/linkage-runs/" + run + "/pairs/" + pair + "/decision")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"same\":true}"))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from linkage_decision").query(Long.class).single()).isEqualTo(decisions + 1);
        assertThat(runActions()).containsOnlyOnce("linkage.pair.decided");
    }

    @Test
    void theEarlyHelpTeamSeesFamiliesOnlyOncePublishedAndOpeningOneIsLedgered() throws Exception {
        mvc.perform(as(EARLY_HELP, get("/api/v1/linkage-runs/" + run + "/families/0"))).andExpect(status().isNotFound());
        mvc.perform(as(EARLY_HELP, post("/api/v1/linkage-runs/" + run + "/publication"))).andExpect(status().isForbidden());

        mvc.perform(as(ANALYST, post("/api/v1/linkage-runs/" + run + "/publication")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.publishedAt").isString());
        mvc.perform(as(ANALYST, post("/api/v1/linkage-runs/" + run + "/publication"))).andExpect(status().isConflict());

        String worklist = mvc.perform(as(EARLY_HELP, get("/api/v1/linkage-plans/" + plan + "/worklist").param("eligibleOnly", "true")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Boolean> eligible = JsonPath.read(worklist, "$.entries[*].eligible");
        assertThat(eligible).isNotEmpty().containsOnly(true);
        int family = JsonPath.read(worklist, "$.entries[0].familyNo");
        mvc.perform(as(EARLY_HELP, get("/api/v1/linkage-runs/" + run + "/families/" + family)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members.length()").value(org.hamcrest.Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.results[?(@.met)].evidence").isNotEmpty());
        assertThat(runActions()).contains("linkage.run.published", "linkage.family.opened");

        mvc.perform(as(OTHER_TEAM, get("/api/v1/linkage-plans/" + plan + "/worklist"))).andExpect(status().isNotFound());
        mvc.perform(as(OTHER_TEAM, get("/api/v1/linkage-runs/" + run + "/families/" + family))).andExpect(status().isNotFound());
        mvc.perform(as(EARLY_HELP, get("/api/v1/linkage-runs/" + run + "/pairs"))).andExpect(status().isNotFound());
    }

    @Test
    void nobodyOutsideTheNamedTeamsLearnsTheLinkageExists() throws Exception {
        for (String outsider : List.of(POLICE, OTHER_TEAM)) {
            mvc.perform(as(outsider, get("/api/v1/linkage-plans/" + plan))).andExpect(status().isNotFound());
            mvc.perform(as(outsider, get("/api/v1/linkage-runs/" + run))).andExpect(status().isNotFound());
            mvc.perform(as(outsider, get("/api/v1/linkage-runs/" + run + "/board"))).andExpect(status().isNotFound());
            mvc.perform(as(outsider, get("/api/v1/linkage-runs/" + UUID.randomUUID()))).andExpect(status().isNotFound());
            String plans = mvc.perform(as(outsider, get("/api/v1/linkage-plans"))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            assertThat(plans).doesNotContain(plan.toString());
        }
        long runs = jdbc.sql("select count(*) from linkage_run").query(Long.class).single();
        mvc.perform(as(OTHER_TEAM, post("/api/v1/linkage-plans/" + plan + "/runs"))).andExpect(status().isNotFound());
        mvc.perform(as(EARLY_HELP, post("/api/v1/linkage-plans/" + plan + "/runs"))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from linkage_run").query(Long.class).single()).isEqualTo(runs);
    }

    /**
     * A pair's, person's or family's number in the address is read only for those who see the run: to anyone else a
     * malformed or unknown number on a real run answers exactly as a missing run does; its analyst is told which
     * field is wrong (400) or that the number names nothing (404).
     */
    @Test
    void aNumberInARunIsReadOnlyForThoseWhoSeeTheRun() throws Exception {
        Map<String, String> addresses = Map.of("pairs/%s", "pairNo", "pairs/%s/decision", "pairNo", "people/%s", "personNo",
                "people/%s/split", "personNo", "families/%s", "familyNo", "families/%s/programme", "familyNo");
        long decisions = jdbc.sql("select count(*) from linkage_decision").query(Long.class).single();
        for (Map.Entry<String, String> address : addresses.entrySet()) {
            for (String number : List.of("not-a-number", UUID.randomUUID().toString(), "987654", "99999999999")) {
                for (String outsider : List.of(POLICE, OTHER_TEAM)) {
                    assertThat(answer(outsider, run, address.getKey(), number)).as(outsider + " " + address.getKey() + " " + number)
                            .isEqualTo(answer(outsider, UUID.randomUUID(), address.getKey(), number));
                }
            }
            assertThat(answer(ANALYST, run, address.getKey(), "not-a-number"))
                    .startsWith("400 ").contains("\"field\":\"" + address.getValue() + "\"");
            assertThat(answer(ANALYST, run, address.getKey(), "987654")).startsWith("404 ");
        }
        assertThat(jdbc.sql("select count(*) from linkage_decision").query(Long.class).single()).isEqualTo(decisions);
    }

    /** The status and problem (without the address asked for) of a request about a number in a run. */
    private String answer(String username, UUID runId, String address, String number) throws Exception {
        String path = "/api/v1/linkage-runs/" + runId + "/" + address.formatted(number);
        boolean change = address.endsWith("/decision") || address.endsWith("/split") || address.endsWith("/programme");
        MockHttpServletRequestBuilder request = change
                ? post(path).contentType(MediaType.APPLICATION_JSON).content(address.endsWith("/split") ? "{\"records\":[0]}" : "{\"same\":true}")
                : get(path);
        var response = mvc.perform(as(username, request)).andReturn().getResponse();
        return response.getStatus() + " " + response.getContentAsString().replaceAll("\"instance\":\"[^\"]*\",?", "");
    }

    @Test
    void refusedSetUpsAndExtractsWriteNothing() throws Exception {
        long plans = jdbc.sql("select count(*) from linkage_plan").query(Long.class).single();
        long extracts = jdbc.sql("select count(*) from linkage_own_extract").query(Long.class).single();
        mvc.perform(as(ANALYST, post("/api/v1/linkage-plans")).contentType(MediaType.APPLICATION_JSON).content(createBody("0123abcd")))
                .andExpect(status().isForbidden());
        mvc.perform(as(COUNCIL_DPO, post("/api/v1/linkage-plans")).contentType(MediaType.APPLICATION_JSON).content(createBody("NOT-HEX")))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("secretFingerprint"));

        String wrongSecret = new String(LinkageExtracts.extract(3L, 20), StandardCharsets.UTF_8)
                .replace("." + LinkageExtracts.fingerprint() + ".", ".00000000.");
        mvc.perform(as(ANALYST, post("/api/v1/linkage-plans/" + plan + "/own-extract")).contentType("text/csv")
                        .content("record-ref,linkage-encoding\r\nC-1,not an encoding\r\n"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("not an encoding"))));
        mvc.perform(as(EARLY_HELP, post("/api/v1/linkage-plans/" + plan + "/own-extract")).contentType("text/csv").content(wrongSecret))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from linkage_plan").query(Long.class).single()).isEqualTo(plans);
        assertThat(jdbc.sql("select count(*) from linkage_own_extract").query(Long.class).single()).isEqualTo(extracts);
    }

    @Test
    void anAnalystSeparatesAPersonsRecordsAndTheSplitIsLedgered() throws Exception {
        int family = jdbc.sql("select family_no from linkage_family where run_id = ? order by members desc, family_no limit 1").param(run)
                .query(Integer.class).single();
        String evidence = mvc.perform(as(ANALYST, get("/api/v1/linkage-runs/" + run + "/families/" + family)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Integer> people = JsonPath.read(evidence, "$.members[*].person");
        List<List<Object>> records = JsonPath.read(evidence, "$.members[*].records");
        int person = -1;
        for (int i = 0; i < people.size() && person < 0; i++) {
            person = records.get(i).size() > 1 ? people.get(i) : -1;
        }
        assertThat(person).as("a member known by more than one record").isNotNegative();
        String path = "/api/v1/linkage-runs/" + run + "/people/" + person;
        int count = ((List<?>) JsonPath.read(mvc.perform(as(ANALYST, get(path).param("family", String.valueOf(family))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.records")).size();

        long decisions = jdbc.sql("select count(*) from linkage_decision").query(Long.class).single();
        mvc.perform(as(EARLY_HELP, post(path + "/split")).param("family", String.valueOf(family)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"records\":[0]}")).andExpect(status().isNotFound());
        mvc.perform(as(ANALYST, post(path + "/split")).param("family", String.valueOf(family)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"records\":[]}")).andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].field").value("records"));
        mvc.perform(as(ANALYST, post(path + "/split")).param("family", String.valueOf(family)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"records\":[99]}")).andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].rule").value("record-of-person"));
        String all = java.util.stream.IntStream.range(0, count).mapToObj(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        mvc.perform(as(ANALYST, post(path + "/split")).param("family", String.valueOf(family)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"records\":[" + all + "]}")).andExpect(status().is(422)).andExpect(jsonPath("$.errors[0].rule").value("keep-one"));
        assertThat(jdbc.sql("select count(*) from linkage_decision").query(Long.class).single()).isEqualTo(decisions);

        mvc.perform(as(ANALYST, post(path + "/split")).param("family", String.valueOf(family)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"records\":[0]}")).andExpect(status().isOk()).andExpect(jsonPath("$.personNo").value(person));
        assertThat(jdbc.sql("select count(*) from linkage_decision where kind = 'APART'").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("select count(*) from linkage_decision").query(Long.class).single()).isEqualTo(decisions + 1);
        assertThat(runActions()).containsOnlyOnce("linkage.person.split");
    }

    @Test
    void aFamilyInTheProgrammeHasItsProgressAssessedAndLedgeredByTheNextRun() throws Exception {
        int family = jdbc.sql("select family_no from linkage_family where run_id = ? order by family_no limit 1").param(run)
                .query(Integer.class).single();
        String join = "/api/v1/linkage-runs/" + run + "/families/" + family + "/programme";
        long programmes = jdbc.sql("select count(*) from linkage_programme").query(Long.class).single();
        mvc.perform(as(OTHER_TEAM, post(join))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from linkage_programme").query(Long.class).single()).isEqualTo(programmes);
        String joined = mvc.perform(as(ANALYST, post(join))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        UUID programme = UUID.fromString(JsonPath.read(joined, "$.programmeId"));
        mvc.perform(as(ANALYST, post(join))).andExpect(status().isConflict());
        assertThat(runActions()).contains("linkage.programme.joined");

        UUID next = finishedRun();
        mvc.perform(as(ANALYST, get("/api/v1/linkage-runs/" + next)))
                .andExpect(jsonPath("$.summary.programmeFamiliesAssessed").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));
        List<LedgerRecord> assessed = ledger.forSubject("linkage-run", next.toString()).stream()
                .filter(r -> r.action().equals("linkage.progress.assessed")).toList();
        assertThat(assessed).as("the progress of each programme family found again, ledgered").isNotEmpty();
        assertThat(assessed.toString()).contains(programme.toString()).doesNotContain("C-1,");
        assertThat(jdbc.sql("select count(*) from linkage_progress where programme_id = ? and run_id = ?").param(programme).param(next)
                .query(Long.class).single()).isEqualTo(1);
        String digest = jdbc.sql("select evidence_digest from linkage_progress where programme_id = ?").param(programme).query(String.class).single();
        assertThat(assessed.toString()).as("the ledger names the evidence the assessment rested on by its digest").contains(digest);
        mvc.perform(as(ANALYST, get("/api/v1/linkage-runs/" + run + "/families/" + family)))
                .andExpect(jsonPath("$.programmeId").value(programme.toString()))
                .andExpect(jsonPath("$.progress.length()").value(1))
                .andExpect(jsonPath("$.progress[0].evidenceDigest").value(digest));
    }
}
