package org.infoshare.oversight;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The compliance dashboard's figures against the data behind them, and the partnership's report against the
 * decisions themselves: shown figures true, small ones withheld, the summary kept with each decision.
 */
@IntegrationTest
class OversightApiIT {

    static final String DPO = DemoPartnership.COUNCIL_DPO;
    static final String ADMIN = DemoPartnership.COUNCIL_ADMIN;
    static final String AUDITOR = DemoPartnership.COUNCIL_AUDITOR;
    static final String PRACTITIONER = DemoPartnership.COUNCIL_PRACTITIONER;

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired JdbcClient jdbc;

    private final Map<String, String> tokens = new HashMap<>();

    private ResultActions call(String username, MockHttpServletRequestBuilder request, String body) throws Exception {
        request.header("Authorization", "Bearer " + tokens.computeIfAbsent(username, demo::token)).contentType(MediaType.APPLICATION_JSON);
        return mvc.perform(body == null ? request : request.content(body));
    }

    private String read(String username, String path) throws Exception {
        return call(username, get(path), null).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private Map<String, Integer> figures(String username) throws Exception {
        List<Map<String, Object>> figures = JsonPath.read(read(username, "/api/v1/oversight/dashboard"), "$");
        Map<String, Integer> counts = new HashMap<>();
        figures.forEach(f -> counts.put((String) f.get("code"), (Integer) f.get("count")));
        return counts;
    }

    private List<String> listIds(String username, String path) throws Exception {
        return JsonPath.read(read(username, path), "$[*].id");
    }

    @Test
    void eachFigureIsTheListBehindItAndFollowsTheData() throws Exception {
        Map<String, Integer> before = figures(DPO);
        assertThat(before.keySet()).hasSize(Measure.values().length);
        for (Measure measure : Measure.values()) {
            assertThat(listIds(DPO, "/api/v1/oversight/dashboard/" + measure.slug())).as(measure.slug()).hasSize(before.get(measure.slug()));
        }
        // The demo's lapsed member of staff, and only staff of the council whose training expired before today.
        assertThat(listIds(DPO, "/api/v1/oversight/dashboard/lapsed-training")).contains(demo.userId(DemoPartnership.COUNCIL_LAPSED).toString());
        for (String id : listIds(DPO, "/api/v1/oversight/dashboard/lapsed-training")) {
            assertThat(jdbc.sql("select organisation_id = :org and training_expires_on < current_date from app_user where id = :id")
                    .param("org", demo.organisation("Westshire County Council").id()).param("id", UUID.fromString(id)).query(Boolean.class).single())
                    .isTrue();
        }
        for (String id : listIds(DPO, "/api/v1/oversight/dashboard/disclosures-never-opened")) {
            assertThat(jdbc.sql("select first_opened_at is null and withdrawn_at is null and sent_at < now() - interval '7 days' from disclosure where id = :id")
                    .param("id", UUID.fromString(id)).query(Boolean.class).single()).isTrue();
        }

        // An incident the council became aware of four days ago: open, and past its 72 hours without an ICO decision.
        String reported = call(PRACTITIONER, post("/api/v1/incidents"), """
                {"kind":"SENT_TO_WRONG_RECIPIENT","account":"A referral went to the wrong school","awareAt":"%s","dataAffected":["CHILDREN"]}"""
                .formatted(Instant.now().minus(Duration.ofDays(4)))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String incident = JsonPath.read(reported, "$.id");
        Map<String, Integer> after = figures(DPO);
        assertThat(after.get("open-incidents")).isEqualTo(before.get("open-incidents") + 1);
        assertThat(after.get("incidents-past-72-hours")).isEqualTo(before.get("incidents-past-72-hours") + 1);
        String list = read(DPO, "/api/v1/oversight/dashboard/incidents-past-72-hours");
        assertThat(JsonPath.<List<String>>read(list, "$[?(@.id == '" + incident + "')].link")).containsExactly("/incidents/" + incident);
        assertThat(JsonPath.<List<String>>read(list, "$[?(@.id == '" + incident + "')].owed").get(0)).startsWith("72 hours end at ");

        // Another organisation's DPO does not see it; the partnership sees it under the council.
        Map<String, Integer> police = figures("dpo@westshire-police.example");
        assertThat(listIds("dpo@westshire-police.example", "/api/v1/oversight/dashboard/open-incidents")).doesNotContain(incident);
        assertThat(police).containsKey("open-incidents");
        String partnership = read(ADMIN, "/api/v1/oversight/partnership");
        String councilId = demo.organisation("Westshire County Council").id().toString();
        for (Measure measure : ComplianceDashboard.partnershipMeasures()) {
            List<Integer> counts = JsonPath.read(partnership, "$[*].figures[?(@.code == '" + measure.slug() + "')].count");
            String lines = read(AUDITOR, "/api/v1/oversight/partnership/" + measure.slug());
            assertThat(counts.stream().mapToInt(Integer::intValue).sum()).as(measure.slug()).isEqualTo(JsonPath.<List<Object>>read(lines, "$").size());
            List<Integer> council = JsonPath.read(partnership, "$[?(@.organisationId == '" + councilId + "')].figures[?(@.code == '"
                    + measure.slug() + "')].count");
            assertThat(council).as(measure.slug()).containsExactly(after.get(measure.slug()));
            assertThat(JsonPath.<List<Object>>read(lines, "$[*].link")).as("the partnership's lists do not open records").allMatch(l -> l == null);
        }
    }

    @Test
    void theDashboardIsForInformationGovernanceAndAnswersUnknownListsAsMissing() throws Exception {
        call(PRACTITIONER, get("/api/v1/oversight/dashboard"), null).andExpect(status().isForbidden());
        call(DPO, get("/api/v1/oversight/partnership"), null).andExpect(status().isForbidden());
        call(ADMIN, get("/api/v1/oversight/dashboard"), null).andExpect(status().isForbidden());
        call(DPO, get("/api/v1/oversight/dashboard/everything"), null).andExpect(status().isNotFound());
        call(ADMIN, get("/api/v1/oversight/partnership/everything"), null).andExpect(status().isNotFound());
        call(PRACTITIONER, get("/api/v1/oversight/reports"), null).andExpect(status().isForbidden());
    }

    @Test
    void theReportShowsTheDecisionsAsTheyWereRecordedWithSmallNumbersWithheld() throws Exception {
        ShareDecisions decisions = new ShareDecisions(mvc, demo);
        UUID decided = decisions.toPolice(PRACTITIONER).decisionId();
        decisions.toPolice(PRACTITIONER);
        String basis = jdbc.sql("select lawful_basis from sharing_decision where id = :id").param("id", decided).query(String.class).single();
        assertThat(basis).startsWith("UKGDPR-A6-");

        // The summary kept by each decision is exactly what rebuilding it from the decisions gives, cell by cell (a cell's
        // shards summed). A cell a decision moved out of is kept at zero, where a rebuild has no row: cells counting
        // nothing are left out of the comparison.
        String snapshot = "select string_agg(concat_ws('|', month, organisation_id, purpose, outcome, lawful_basis, decisions, consent_overridden, override_open, override_agreed, override_disagreed), ',' "
                + "order by month, organisation_id, purpose, outcome, lawful_basis) from (select month, organisation_id, purpose, outcome, lawful_basis, "
                + "sum(decisions) as decisions, sum(consent_overridden) as consent_overridden, sum(override_open) as override_open, "
                + "sum(override_agreed) as override_agreed, sum(override_disagreed) as override_disagreed from decision_summary "
                + "group by 1, 2, 3, 4, 5 having sum(decisions) <> 0) as cells";
        String kept = jdbc.sql(snapshot).query(String.class).single();
        jdbc.sql("select decision_summary_rebuild()").query(Long.class).single();
        assertThat(jdbc.sql(snapshot).query(String.class).single()).isEqualTo(kept);
        // A decision whose outcome changes (as advice or a judgement changes it) moves from one cell to the other.
        jdbc.sql("update sharing_decision set outcome = 'DO_NOT_SHARE', lawful_basis = null where id = :id").param("id", decided).update();
        String moved = jdbc.sql(snapshot).query(String.class).single();
        assertThat(moved).isNotEqualTo(kept);
        jdbc.sql("select decision_summary_rebuild()").query(Long.class).single();
        assertThat(jdbc.sql(snapshot).query(String.class).single()).isEqualTo(moved);
        // Put back as recorded: the ledger binds each decision's content, and this test's edit was made outside the application.
        jdbc.sql("update sharing_decision set outcome = 'SHARE', lawful_basis = :basis where id = :id").param("basis", basis).param("id", decided).update();
        assertThat(jdbc.sql(snapshot).query(String.class).single()).isEqualTo(kept);

        YearMonth month = YearMonth.now(ZoneId.of("Europe/London"));
        String report = read(ADMIN, "/api/v1/oversight/reports?from=" + month + "&to=" + month);
        assertThat(JsonPath.<Integer>read(report, "$.threshold")).isEqualTo(5);
        String csv = call(ADMIN, get("/api/v1/oversight/reports.csv?from=" + month + "&to=" + month), null).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(csv.lines().findFirst()).hasValue("table,row_code,row,column_code,column,value,withheld");
        int shown = cellsAsCounted(report, csv, "decisions-by-organisation", (organisation, outcome) -> jdbc.sql("""
                        select count(*) from sharing_decision where organisation_id = cast(:org as uuid) and outcome = :outcome
                        and date_trunc('month', decided_at at time zone 'Europe/London') = cast(:month as date)""")
                .param("org", organisation).param("outcome", outcome).param("month", month.atDay(1)).query(Long.class).single());
        assertThat(shown).isPositive();

        // A decision that waited for advice counts in the time it took, once completed.
        UUID unsure = adviceAsked();
        call(DemoPartnership.COUNCIL_MANAGER, post("/api/v1/decisions/" + unsure + "/advice"),
                "{\"answers\":{\"CHILD_AT_RISK\":\"YES\"},\"advice\":\"The marks are not explained\"}").andExpect(status().isOk());
        report = read(ADMIN, "/api/v1/oversight/reports?from=" + month + "&to=" + month);
        csv = call(ADMIN, get("/api/v1/oversight/reports.csv?from=" + month + "&to=" + month), null).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String buckets = """
                select count(*) from sharing_decision where organisation_id = cast(:org as uuid) and advised_at is not null
                and date_trunc('month', completed_at at time zone 'Europe/London') = cast(:month as date)
                and case when completed_at - decided_at <= interval '1 hour' then 'HOUR' when completed_at - decided_at <= interval '1 day' then 'DAY'
                         when completed_at - decided_at <= interval '3 days' then 'THREE_DAYS' else 'LONGER' end = :bucket""";
        assertThat(cellsAsCounted(report, csv, "time-to-decide-with-advice", (organisation, bucket) -> jdbc.sql(buckets)
                .param("org", organisation).param("bucket", bucket).param("month", month.atDay(1)).query(Long.class).single())).isPositive();
    }

    /**
     * Every cell of one published table is the count the database gives, or withheld (a count of 1 to 4 always);
     * the CSV never carries a withheld count. Returns the rows and withheld cells seen, so that a test can tell the
     * table was not empty.
     */
    private int cellsAsCounted(String report, String csv, String table, java.util.function.BiFunction<String, String, Long> counted) {
        List<Map<String, Object>> rows = JsonPath.read(report, "$.tables[?(@.key == '" + table + "')].rows[*]");
        List<String> columns = JsonPath.read(report, "$.tables[?(@.key == '" + table + "')].columns[*].code");
        int withheld = 0;
        for (Map<String, Object> row : rows) {
            @SuppressWarnings("unchecked") List<Map<String, Object>> cells = (List<Map<String, Object>>) row.get("cells");
            for (int c = 0; c < columns.size(); c++) {
                long actual = counted.apply(String.valueOf(row.get("code")), columns.get(c));
                Object shown = cells.get(c).get("value");
                String line = table + "," + row.get("code") + "," + csvText(row.get("label")) + "," + columns.get(c) + ",";
                if (shown == null) {
                    withheld++;
                    assertThat(cells.get(c).get("withheld")).isIn("SMALL_NUMBER", "SECONDARY");
                    if (actual > 0 && actual < 5) {
                        assertThat(cells.get(c).get("withheld")).isEqualTo("SMALL_NUMBER");
                    }
                    assertThat(csv).contains(line).doesNotContain(line + "\"" + actual);
                } else {
                    assertThat(((Number) shown).longValue()).as(table).isEqualTo(actual).matches(n -> n == 0 || n >= 5);
                }
            }
        }
        return withheld + rows.size();
    }

    /** A decision by the council's practitioner, unsure whether the child is at risk: it waits for the manager's advice. */
    private UUID adviceAsked() throws Exception {
        UUID subject = new ShareDecisions(mvc, demo).subject(PRACTITIONER);
        String body = """
                {"subjectId":"%s","recipientOrganisationId":"%s","purpose":"SAFEGUARDING_CHILD","purposeLegitimate":"YES",
                 "items":[{"code":"safeguarding-concern","identifiesOthers":true}],"identifiable":true,"confidential":true,
                 "consentNotSoughtReason":"WOULD_PLACE_CHILD_AT_RISK","childAtRisk":"NOT_SURE","vitalInterests":"NO",
                 "proportionate":"YES","lessIntrusiveMeans":"NO","outsideUk":"NO","informPerson":"NO",
                 "notInformReason":"WOULD_CREATE_OR_INCREASE_RISK","rationale":"Unsure about the marks"}"""
                .formatted(subject, demo.organisation("Westshire Police").id());
        return UUID.fromString(JsonPath.read(call(PRACTITIONER, post("/api/v1/decisions"), body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("AWAITING_ADVICE")).andReturn().getResponse().getContentAsString(), "$.id"));
    }

    private static String csvText(Object label) {
        String text = String.valueOf(label);
        return text.contains(",") ? "\"" + text + "\"" : text;
    }

    @Test
    void aPeriodThatCannotBeReportedIsRefusedNamingTheFieldAndTheRule() throws Exception {
        call(ADMIN, get("/api/v1/oversight/reports?from=2026-05&to=2026-04"), null).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("to")).andExpect(jsonPath("$.errors[0].rule").value("period-order"));
        call(ADMIN, get("/api/v1/oversight/reports?from=2020-01&to=2026-04"), null).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].rule").value("period-length"));
        call(ADMIN, get("/api/v1/oversight/reports?from=April&to=2026-04"), null).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("from")).andExpect(jsonPath("$.errors[0].rule").value("year-month"));
        call(ADMIN, get("/api/v1/oversight/reports?from=2026-04"), null).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("to")).andExpect(jsonPath("$.errors[0].rule").value("required"));
        call(AUDITOR, get("/api/v1/oversight/reports"), null).andExpect(status().isOk()).andExpect(jsonPath("$.tables.length()").value(11));
    }
}
