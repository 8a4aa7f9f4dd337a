package org.infoshare.clock;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The calendar's API: bank holidays per nation, administrators' changes, each organisation's nation, and deadlines. */
@IntegrationTest
class CalendarApiIT {

    private static final String ADMIN = DemoPartnership.COUNCIL_ADMIN;
    private static final String DPO = DemoPartnership.COUNCIL_DPO;
    private static final String PRACTITIONER = DemoPartnership.COUNCIL_PRACTITIONER;
    private static final String POLICE = DemoPartnership.POLICE_PRACTITIONER;

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired JdbcClient jdbc;
    @Autowired StatutoryClock statutoryClock;

    private final Map<String, String> tokens = new HashMap<>();

    private ResultActions call(String username, MockHttpServletRequestBuilder request, String body) throws Exception {
        String token = tokens.computeIfAbsent(username, demo::token);
        request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
        return mvc.perform(body == null ? request : request.content(body));
    }

    /** Issues the users' tokens first, so that issuing them is not counted as a change. */
    private void tokensFor(String... usernames) {
        for (String username : usernames) {
            tokens.computeIfAbsent(username, demo::token);
        }
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new HashMap<>(RowCounts.of(jdbc));
        for (String table : new String[] {"bank_holiday_change", "organisation_calendar", "partnership_calendar"}) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }

    /** A weekday late this century that no other test uses. */
    private static LocalDate quietWeekday() {
        LocalDate day = LocalDate.of(2080, 1, 1).plusDays(new Random().nextInt(7000));
        return day.getDayOfWeek().getValue() > 5 ? day.plusDays(2) : day;
    }

    @Test
    void anyoneSignedInReadsANationsBankHolidays() throws Exception {
        call(PRACTITIONER, get("/api/v1/calendar/bank-holidays/SCOTLAND").param("year", "2025"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nation").value("SCOTLAND"))
                .andExpect(jsonPath("$.firstYear").value(2018))
                .andExpect(jsonPath("$.holidays[*].date", hasItem("2025-12-01")))
                .andExpect(jsonPath("$.holidays[*].date", not(hasItem("2025-04-21"))))
                .andExpect(jsonPath("$.holidays[?(@.date == '2025-12-01')].name").value("St Andrew’s Day (substitute day)"));
        call(PRACTITIONER, get("/api/v1/calendar/bank-holidays/NORTHERN_IRELAND").param("year", "2025"), null)
                .andExpect(jsonPath("$.holidays[*].date", hasItem("2025-07-14")));
    }

    @Test
    void anAdministratorAddsAOneOffHolidayThatMovesDeadlinesAndRemovesItAgain() throws Exception {
        LocalDate oneOff = quietWeekday();
        LocalDate dayBefore = oneOff.minusDays(1);
        String before = statutoryClock.workingDaysAfter(dayBefore, 1, org.infoshare.clock.rules.Nation.ENGLAND_AND_WALES).dueOn().toString();
        assertThat(before).isEqualTo(oneOff.toString());
        tokensFor(ADMIN, PRACTITIONER);
        long ledger = jdbc.sql("select count(*) from ledger_entry").query(Long.class).single();

        call(ADMIN, post("/api/v1/calendar/bank-holidays"),
                "{\"nation\":\"ENGLAND_AND_WALES\",\"date\":\"" + oneOff + "\",\"name\":\"Bank holiday for a royal occasion\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.source").value("ADDED"));
        assertThat(jdbc.sql("select count(*) from ledger_entry").query(Long.class).single()).isEqualTo(ledger + 1);
        String ledgered = jdbc.sql("select action from ledger_entry order by id desc limit 1").query(String.class).single();
        assertThat(ledgered).isEqualTo("clock.bank-holiday.added");
        call(PRACTITIONER, post("/api/v1/calendar/deadlines/working-days"),
                "{\"received\":\"" + dayBefore + "\",\"days\":1,\"nation\":\"ENGLAND_AND_WALES\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueOn").value(org.hamcrest.Matchers.not(oneOff.toString())));
        // Scotland is untouched.
        assertThat(statutoryClock.workingDaysAfter(dayBefore, 1, org.infoshare.clock.rules.Nation.SCOTLAND).dueOn()).isEqualTo(oneOff);

        call(ADMIN, post("/api/v1/calendar/bank-holidays/removals"),
                "{\"nation\":\"ENGLAND_AND_WALES\",\"date\":\"" + oneOff + "\",\"reason\":\"Entered in error\"}")
                .andExpect(status().isNoContent());
        assertThat(statutoryClock.workingDaysAfter(dayBefore, 1, org.infoshare.clock.rules.Nation.ENGLAND_AND_WALES).dueOn()).isEqualTo(oneOff);
        // The log of changes keeps both: it is append-only.
        assertThatThrownBy(() -> jdbc.sql("delete from bank_holiday_change").update()).hasMessageContaining("append-only");
    }

    @Test
    void refusedChangesWriteNothing() throws Exception {
        tokensFor(ADMIN, DPO, PRACTITIONER);
        Map<String, Long> before = counts();
        String valid = "{\"nation\":\"ENGLAND_AND_WALES\",\"date\":\"" + quietWeekday() + "\",\"name\":\"One-off\"}";
        call(PRACTITIONER, post("/api/v1/calendar/bank-holidays"), valid).andExpect(status().isForbidden());
        call(DPO, post("/api/v1/calendar/bank-holidays"), valid).andExpect(status().isForbidden());
        call(ADMIN, post("/api/v1/calendar/bank-holidays"), "{\"nation\":\"ENGLAND_AND_WALES\",\"date\":\"2027-12-25\",\"name\":\"Christmas Day\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("date"))
                .andExpect(jsonPath("$.errors[0].rule").value("weekday"));
        call(ADMIN, post("/api/v1/calendar/bank-holidays"), "{\"nation\":\"ENGLAND_AND_WALES\",\"date\":\"2026-12-25\",\"name\":\"Christmas\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].rule").value("unique"));
        call(ADMIN, post("/api/v1/calendar/bank-holidays"), "{\"nation\":\"ENGLAND_AND_WALES\",\"date\":\"2099-03-03\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("Enter the name of the bank holiday, like Christmas Day"));
        call(ADMIN, post("/api/v1/calendar/bank-holidays"), "{\"nation\":\"WALES\",\"date\":\"2099-03-03\",\"name\":\"x\"}")
                .andExpect(status().isBadRequest());
        call(ADMIN, post("/api/v1/calendar/bank-holidays"), valid.replace("}", ",\"colour\":\"red\"}"))
                .andExpect(status().isBadRequest());
        call(ADMIN, post("/api/v1/calendar/bank-holidays/removals"), "{\"nation\":\"SCOTLAND\",\"date\":\"2026-03-03\",\"reason\":\"Moved\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].rule").value("bank-holiday"));
        call(ADMIN, post("/api/v1/calendar/bank-holidays/removals"), "{\"nation\":\"SCOTLAND\",\"date\":\"2026-12-25\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        call(ADMIN, post("/api/v1/calendar/years"), "{\"nation\":\"SCOTLAND\",\"year\":2035}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].rule").value("next-year"));
        call(DPO, put("/api/v1/calendar/nations/partnership"), "{\"nation\":\"SCOTLAND\"}").andExpect(status().isForbidden());
        call(PRACTITIONER, put("/api/v1/calendar/nations/organisation"), "{\"nation\":\"SCOTLAND\"}").andExpect(status().isForbidden());
        call(DPO, put("/api/v1/calendar/nations/organisation"), "{}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("nation"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void addingTheNextYearCompletesItSoItsDeadlinesAreNoLongerProvisional() throws Exception {
        String next = call(PRACTITIONER, get("/api/v1/calendar/years/SCOTLAND/next"), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.holidays[*].name", hasItem("St Andrew’s Day")))
                .andReturn().getResponse().getContentAsString();
        int year = com.jayway.jsonpath.JsonPath.read(next, "$.nextYear");
        String request = "{\"received\":\"" + year + "-03-01\",\"days\":2,\"nation\":\"SCOTLAND\"}";
        call(PRACTITIONER, post("/api/v1/calendar/deadlines/working-days"), request).andExpect(jsonPath("$.provisional").value(true));

        call(PRACTITIONER, post("/api/v1/calendar/years"), "{\"nation\":\"SCOTLAND\",\"year\":" + year + "}").andExpect(status().isForbidden());
        call(ADMIN, post("/api/v1/calendar/years"), "{\"nation\":\"SCOTLAND\",\"year\":" + year + "}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(9)));
        call(PRACTITIONER, get("/api/v1/calendar/bank-holidays/SCOTLAND"), null)
                .andExpect(jsonPath("$.lastYear").value(year))
                .andExpect(jsonPath("$.holidays[*].date", hasItem(year + "-01-02")));
        call(PRACTITIONER, post("/api/v1/calendar/deadlines/working-days"), request).andExpect(jsonPath("$.provisional").value(false));
        // The same year again is refused: the next is now the one after.
        call(ADMIN, post("/api/v1/calendar/years"), "{\"nation\":\"SCOTLAND\",\"year\":" + year + "}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].rule").value("next-year"));
    }

    @Test
    void anOrganisationChoosesItsNationAndItsDeadlinesFollow() throws Exception {
        tokensFor(DPO, PRACTITIONER, POLICE);
        call(POLICE, get("/api/v1/calendar/nations"), null).andExpect(jsonPath("$.organisation").value("ENGLAND_AND_WALES"));
        call(DPO, put("/api/v1/calendar/nations/organisation"), "{\"nation\":\"SCOTLAND\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.organisation").value("SCOTLAND"))
                .andExpect(jsonPath("$.organisationChose").value(true));
        assertThat(jdbc.sql("select action from ledger_entry order by id desc limit 1").query(String.class).single())
                .isEqualTo("clock.nation.chosen");
        String foi = "{\"received\":\"2026-03-27\",\"days\":7}";
        // Easter Monday, 6 April 2026, is a working day in Scotland.
        call(PRACTITIONER, post("/api/v1/calendar/deadlines/working-days"), foi)
                .andExpect(jsonPath("$.dueOn").value("2026-04-08"))
                .andExpect(jsonPath("$.nation").value("SCOTLAND"))
                .andExpect(jsonPath("$.kind").value("WORKING_DAYS"));
        call(POLICE, post("/api/v1/calendar/deadlines/working-days"), foi)
                .andExpect(jsonPath("$.dueOn").value("2026-04-09"))
                .andExpect(jsonPath("$.nation").value("ENGLAND_AND_WALES"));
        call(DPO, put("/api/v1/calendar/nations/organisation"), "{\"nation\":\"ENGLAND_AND_WALES\"}").andExpect(status().isOk());
    }

    @Test
    void deadlinesForEachClock() throws Exception {
        call(PRACTITIONER, post("/api/v1/calendar/deadlines/subject-rights"),
                "{\"received\":\"2026-03-02\",\"extended\":false,\"nation\":\"ENGLAND_AND_WALES\",\"pauses\":[{\"from\":\"2026-03-05\",\"until\":\"2026-03-09\"}]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.dueOn").value("2026-04-07"))
                .andExpect(jsonPath("$.dueText").value("7 April 2026"))
                .andExpect(jsonPath("$.kind").value("CALENDAR_MONTHS"));
        call(PRACTITIONER, post("/api/v1/calendar/deadlines/subject-rights"),
                "{\"received\":\"2026-03-02\",\"pauses\":[{\"from\":\"2026-03-01\"}]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].rule").value("after-receipt"));
        call(PRACTITIONER, post("/api/v1/calendar/deadlines/breach"), "{\"awareness\":\"2026-03-27T10:00:00Z\"}")
                .andExpect(jsonPath("$.dueAt").value("2026-03-30T10:00:00Z"))
                .andExpect(jsonPath("$.dueText").value("11:00 on 30 March 2026"))
                .andExpect(jsonPath("$.standing").value("OVERDUE"));
        call(PRACTITIONER, post("/api/v1/calendar/deadlines/reviews"), "{\"effective\":\"2026-08-31\"}")
                .andExpect(jsonPath("$[*].dueOn", org.hamcrest.Matchers.contains("2027-02-28", "2028-02-28", "2029-02-28")));
        call(PRACTITIONER, post("/api/v1/calendar/deadlines/working-days"), "{\"received\":\"2026-03-27\",\"days\":0}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("days"));
    }
}
