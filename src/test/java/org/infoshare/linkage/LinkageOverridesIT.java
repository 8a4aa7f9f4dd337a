package org.infoshare.linkage;

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
import org.infoshare.support.RowCounts;
import org.infoshare.support.TestAgreements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.infoshare.linkage.LinkageIT.ANALYST;
import static org.infoshare.linkage.LinkageIT.COUNCIL_DPO;
import static org.infoshare.linkage.LinkageIT.EARLY_HELP;
import static org.infoshare.linkage.LinkageIT.OTHER_TEAM;
import static org.infoshare.linkage.LinkageIT.POLICE;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The analyst's own m and u (002 §2.1; ADR 0071): a run after an override scores with the analyst's values for that
 * field's level and the data's for every other; both empty goes back to what the data gives. Values that would make
 * agreement count against a match (or disagreement for one), that are not probabilities, or that name no level of
 * the field are refused naming the field and rule, and change nothing; outsiders are told the linkage does not exist.
 */
@IntegrationTest
class LinkageOverridesIT {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired AgreementRegister register;
    @Autowired DirectoryLookup directory;
    @Autowired JdbcClient jdbc;
    @Autowired LedgerQueries ledger;

    private static UUID plan;
    /** The run before any override: what the data gives. */
    private static UUID learnt;
    /** One token per user for the whole class, so that counting rows before and after a refusal counts no new token. */
    private static final Map<String, String> tokens = LinkageApiCalls.tokens();

    private LinkageApiCalls api() {
        return new LinkageApiCalls(mvc, demo, directory, tokens);
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return api().as(username, request);
    }

    /** A plan of its own whose review band holds every pair below 40, so that the same pairs can be compared across runs. */
    @BeforeEach
    void planAndALearntRun() throws Exception {
        if (plan != null) {
            return;
        }
        String created = mvc.perform(as(COUNCIL_DPO, post("/api/v1/linkage-plans")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"agreementId":"%s","name":"Westshire m and u","analystTeamId":"%s","worklistTeamId":"%s","secretFingerprint":"%s"}"""
                        .formatted(new TestAgreements(mvc, demo, register).supportingFamilies().agreementId(), api().team("Adult Social Care"),
                                api().team("Early Help"), LinkageExtracts.fingerprint())))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        plan = UUID.fromString(JsonPath.read(created, "$.id"));
        mvc.perform(as(ANALYST, post("/api/v1/linkage-plans/" + plan + "/own-extract")).contentType("text/csv")
                .content(LinkageExtracts.extract(20_261_207L, 600))).andExpect(status().isCreated());
        mvc.perform(as(ANALYST, put("/api/v1/linkage-plans/" + plan + "/settings")).contentType(MediaType.APPLICATION_JSON).content("""
                {"matchWeight":40,"reviewWeight":-20,"blocking":["NHS_NUMBER","DATE_OF_BIRTH"],"maxBlockSize":2000,"version":0}"""))
                .andExpect(status().isOk());
        learnt = finishedRun();
    }

    private UUID finishedRun() throws Exception {
        return api().finishedRun(ANALYST, plan);
    }

    private String body(String username, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(as(username, request)).andReturn().getResponse();
        assertThat(response.getStatus()).as(request.toString()).isEqualTo(200);
        return response.getContentAsString();
    }

    private int version() throws Exception {
        return JsonPath.read(body(ANALYST, get("/api/v1/linkage-plans/" + plan)), "$.version");
    }

    private MockHttpServletResponse override(String username, UUID planId, String json) throws Exception {
        return mvc.perform(as(username, put("/api/v1/linkage-plans/" + planId + "/overrides")).contentType(MediaType.APPLICATION_JSON)
                .content(json)).andReturn().getResponse();
    }

    private static String values(String field, String level, String m, String u, int version) {
        return "{\"field\":%s,\"level\":%s,\"m\":%s,\"u\":%s,\"version\":%d}".formatted(field, level, m, u, version);
    }

    /** m, u and weight of each field's level in a run's model, by "FIELD/LEVEL". */
    private Map<String, double[]> model(UUID run) throws Exception {
        List<Map<String, Object>> rows = JsonPath.read(body(ANALYST, get("/api/v1/linkage-runs/" + run)), "$.model");
        Map<String, double[]> model = new HashMap<>();
        rows.forEach(r -> model.put(r.get("field") + "/" + r.get("level"), new double[] {((Number) r.get("m")).doubleValue(),
                ((Number) r.get("u")).doubleValue(), ((Number) r.get("weight")).doubleValue()}));
        return model;
    }

    /** The pairs a run left for review, by their two records; each with its weight and the level of each field. */
    private Map<String, Map<String, Object>> pairs(UUID run) throws Exception {
        List<Map<String, Object>> list = JsonPath.read(body(ANALYST, get("/api/v1/linkage-runs/" + run + "/pairs")), "$");
        Map<String, Map<String, Object>> pairs = new HashMap<>();
        list.forEach(p -> pairs.put(String.valueOf(p.get("first")) + p.get("second"), p));
        return pairs;
    }

    @SuppressWarnings("unchecked")
    private static String level(Map<String, Object> pair, String field) {
        return ((List<Map<String, Object>>) pair.get("fields")).stream().filter(f -> field.equals(f.get("field")))
                .map(f -> (String) f.get("level")).findFirst().orElseThrow();
    }

    @Test
    void theAnalystsValuesReplaceTheLearntOnesForThatLevelOnlyAndGoingBackRestoresThem() throws Exception {
        Map<String, double[]> before = model(learnt);
        double[] nhs = before.get("NHS_NUMBER/EXACT");
        assertThat(nhs[0]).as("the first run learnt m for an NHS number from the data").isNotCloseTo(0.99, within(1e-6));

        MockHttpServletResponse set = override(ANALYST, plan, values("\"NHS_NUMBER\"", "\"EXACT\"", "0.99", "0.0001", version()));
        assertThat(set.getStatus()).isEqualTo(200);
        assertThat((List<Object>) JsonPath.read(set.getContentAsString(), "$.settings.overrides[?(@.field=='NHS_NUMBER')].u")).containsExactly(0.0001);
        // Only one value: the other stays what each run learns.
        assertThat(override(ANALYST, plan, values("\"FIRST_NAME\"", "\"EXACT\"", "0.97", "null", version())).getStatus()).isEqualTo(200);
        List<LedgerRecord> changes = ledger.forSubject("linkage-plan", plan.toString()).stream()
                .filter(r -> r.action().equals("linkage.plan.changed") && "override".equals(r.details().get("change"))).toList();
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).details()).containsEntry("field", "NHS_NUMBER").containsEntry("level", "EXACT")
                .containsEntry("m", "0.99").containsEntry("u", "0.0001").containsEntry("overrides", "1");
        assertThat(changes.get(1).details()).containsEntry("field", "FIRST_NAME").containsEntry("m", "0.97").containsEntry("u", "learnt");
        assertThat(changes.get(0).details().keySet()).as("ids, codes and numbers about the model; nothing about a person")
                .containsOnly("agreement", "change", "planVersion", "outcomesVersion", "matchWeight", "reviewWeight", "overrides", "descriptors",
                        "field", "level", "m", "u");

        UUID overridden = finishedRun();
        Map<String, double[]> after = model(overridden);
        double nhsWeight = Math.log(0.99 / 0.0001) / Math.log(2);
        assertThat(after.get("NHS_NUMBER/EXACT")).containsExactly(new double[] {0.99, 0.0001, nhsWeight}, within(1e-9));
        assertThat(after.get("FIRST_NAME/EXACT")[0]).isCloseTo(0.97, within(1e-12));
        assertThat(after.get("FIRST_NAME/EXACT")[1]).as("u left to the data").isCloseTo(before.get("FIRST_NAME/EXACT")[1], within(1e-12));
        assertThat(after.keySet()).isEqualTo(before.keySet());
        for (String level : before.keySet()) {
            if (!level.equals("NHS_NUMBER/EXACT") && !level.equals("FIRST_NAME/EXACT")) {
                assertThat(after.get(level)).as(level + " is still what the data gives").containsExactly(before.get(level), within(1e-12));
            }
        }

        // The same two records score the same, save for what the analyst changed.
        double nhsMove = nhsWeight - nhs[2];
        double nameMove = after.get("FIRST_NAME/EXACT")[2] - before.get("FIRST_NAME/EXACT")[2];
        assertThat(Math.abs(nhsMove)).as("the analyst's NHS number weight differs from the learnt one").isGreaterThan(0.5);
        Map<String, Map<String, Object>> first = pairs(learnt);
        Map<String, Map<String, Object>> second = pairs(overridden);
        int agreeingOnNhs = 0;
        int agreeingOnNeither = 0;
        for (Map.Entry<String, Map<String, Object>> pair : first.entrySet()) {
            Map<String, Object> again = second.get(pair.getKey());
            if (again == null) {
                continue;
            }
            boolean sameNhs = level(pair.getValue(), "NHS_NUMBER").equals("EXACT");
            boolean sameName = level(pair.getValue(), "FIRST_NAME").equals("EXACT");
            double moved = ((Number) again.get("weight")).doubleValue() - ((Number) pair.getValue().get("weight")).doubleValue();
            // A pair's weight is stored in single precision: seven figures.
            assertThat(moved).as(pair.getKey()).isCloseTo((sameNhs ? nhsMove : 0) + (sameName ? nameMove : 0), within(1e-4));
            agreeingOnNhs += sameNhs ? 1 : 0;
            agreeingOnNeither += sameNhs || sameName ? 0 : 1;
        }
        assertThat(agreeingOnNhs).as("pairs with the same NHS number in both runs").isPositive();
        assertThat(agreeingOnNeither).as("pairs whose score the overrides do not touch").isPositive();

        // Both empty: back to what the data gives.
        assertThat(override(ANALYST, plan, values("\"NHS_NUMBER\"", "\"EXACT\"", "null", "null", version())).getStatus()).isEqualTo(200);
        assertThat(override(ANALYST, plan, "{\"field\":\"FIRST_NAME\",\"level\":\"EXACT\",\"version\":" + version() + "}").getStatus()).isEqualTo(200);
        assertThat((List<Object>) JsonPath.read(body(ANALYST, get("/api/v1/linkage-plans/" + plan)), "$.settings.overrides")).isEmpty();
        assertThat(ledger.forSubject("linkage-plan", plan.toString()).stream().filter(r -> "override".equals(r.details().get("change")))
                .reduce((a, b) -> b).orElseThrow().details()).containsEntry("m", "learnt").containsEntry("u", "learnt").containsEntry("overrides", "0");
        Map<String, double[]> restored = model(finishedRun());
        for (String level : before.keySet()) {
            assertThat(restored.get(level)).as(level + " as the data gives it").containsExactly(before.get(level), within(1e-12));
        }
    }

    @Test
    void valuesThatCannotBeUsedAreRefusedNamingTheFieldAndRuleAndChangeNothing() throws Exception {
        String planBefore = body(ANALYST, get("/api/v1/linkage-plans/" + plan));
        int version = JsonPath.read(planBefore, "$.version");
        Map<String, Long> rows = RowCounts.ofEveryTable(jdbc);
        record Refusal(String json, int status, String field, String rule) {
        }
        String nhs = "\"NHS_NUMBER\"";
        List<Refusal> refusals = List.of(
                new Refusal(values(nhs, "\"EXACT\"", "0.0001", "0.99", version), 422, "m", "m-above-u"),
                new Refusal(values(nhs, "\"EXACT\"", "0.5", "0.5", version), 422, "m", "m-above-u"),
                new Refusal(values("\"ADDRESS\"", "\"SAME_PROPERTY\"", "0.01", "0.2", version), 422, "m", "m-above-u"),
                new Refusal(values(nhs, "\"DIFFERENT\"", "0.5", "0.01", version), 422, "m", "m-below-u"),
                new Refusal(values("\"SEX\"", "\"DIFFERENT\"", "0.3", "0.3", version), 422, "m", "m-below-u"),
                new Refusal(values(nhs, "\"EXACT\"", "0", "0.0001", version), 422, "m", "decimal-min"),
                new Refusal(values(nhs, "\"EXACT\"", "0.99", "0", version), 422, "u", "decimal-min"),
                new Refusal(values(nhs, "\"EXACT\"", "1", "0.0001", version), 422, "m", "decimal-max"),
                new Refusal(values(nhs, "\"DIFFERENT\"", "0.01", "1", version), 422, "u", "decimal-max"),
                new Refusal(values(nhs, "\"EXACT\"", "1.5", "0.0001", version), 422, "m", "decimal-max"),
                new Refusal(values(nhs, "\"EXACT\"", "0.99", "1.5", version), 422, "u", "decimal-max"),
                new Refusal(values(nhs, "\"EXACT\"", "-0.2", "0.0001", version), 422, "m", "decimal-min"),
                new Refusal(values(nhs, "\"EXACT\"", "0.99", "-0.0001", version), 422, "u", "decimal-min"),
                new Refusal(values(nhs, "\"VARIANT\"", "0.9", "0.1", version), 422, "level", "level-of-field"),
                new Refusal(values(nhs, "\"MISSING\"", "null", "null", version), 422, "level", "level-of-field"),
                new Refusal(values("null", "\"EXACT\"", "0.99", "0.0001", version), 422, "field", "required"),
                new Refusal(values("\"SHOE_SIZE\"", "\"EXACT\"", "0.99", "0.0001", version), 400, "field", "format"),
                new Refusal(values(nhs, "\"NEARLY\"", "0.99", "0.0001", version), 400, "level", "format"),
                new Refusal(values(nhs, "\"EXACT\"", "\"high\"", "0.0001", version), 400, "m", "type"),
                new Refusal(values(nhs, "\"EXACT\"", "0.99", "0.0001", version - 1), 409, "version", "stale"));
        for (Refusal refusal : refusals) {
            MockHttpServletResponse response = override(ANALYST, plan, refusal.json());
            String problem = response.getContentAsString();
            assertThat(response.getStatus()).as(refusal.json() + " " + problem).isEqualTo(refusal.status());
            assertThat(response.getContentType()).startsWith("application/problem+json");
            assertThat((Integer) JsonPath.read(problem, "$.status")).isEqualTo(refusal.status());
            assertThat((String) JsonPath.read(problem, "$.errors[0].field")).as(refusal.json()).isEqualTo(refusal.field());
            assertThat((String) JsonPath.read(problem, "$.errors[0].rule")).as(refusal.json()).isEqualTo(refusal.rule());
            assertThat((String) JsonPath.read(problem, "$.errors[0].message")).isNotBlank();
        }
        String backwards = override(ANALYST, plan, values(nhs, "\"EXACT\"", "0.0001", "0.99", version)).getContentAsString();
        assertThat((String) JsonPath.read(backwards, "$.errors[0].message"))
                .isEqualTo("m must be above u for the strongest agreement: otherwise agreeing would count against a match");
        assertThat(RowCounts.ofEveryTable(jdbc)).as("refused overrides write nothing").isEqualTo(rows);
        assertThat(body(ANALYST, get("/api/v1/linkage-plans/" + plan))).isEqualTo(planBefore);
    }

    @Test
    void outsidersAreToldTheLinkageDoesNotExistAndChangeNothing() throws Exception {
        List.of(POLICE, OTHER_TEAM, EARLY_HELP).forEach(user -> tokens.computeIfAbsent(user, demo::token));
        String planBefore = body(ANALYST, get("/api/v1/linkage-plans/" + plan));
        int version = JsonPath.read(planBefore, "$.version");
        Map<String, Long> rows = RowCounts.ofEveryTable(jdbc);
        String good = values("\"NHS_NUMBER\"", "\"EXACT\"", "0.99", "0.0001", version);
        for (String outsider : List.of(POLICE, OTHER_TEAM)) {
            MockHttpServletResponse real = override(outsider, plan, good);
            MockHttpServletResponse missing = override(outsider, UUID.randomUUID(), good);
            assertThat(real.getStatus()).as(outsider).isEqualTo(404);
            assertThat(withoutInstance(real.getContentAsString())).as(outsider + ": exactly as a linkage that does not exist")
                    .isEqualTo(withoutInstance(missing.getContentAsString()));
            // A bad value tells an outsider nothing either: the linkage is looked up first.
            assertThat(override(outsider, plan, values("\"NHS_NUMBER\"", "\"EXACT\"", "0.0001", "0.99", version)).getStatus()).isEqualTo(404);
        }
        assertThat(override(EARLY_HELP, plan, good).getStatus()).as("the early help team sees the linkage but does not set its model")
                .isEqualTo(403);
        assertThat(RowCounts.ofEveryTable(jdbc)).isEqualTo(rows);
        assertThat(body(ANALYST, get("/api/v1/linkage-plans/" + plan))).isEqualTo(planBefore);
    }

    private static String withoutInstance(String problem) {
        return problem.replaceAll("\"instance\":\"[^\"]*\",?", "");
    }
}
