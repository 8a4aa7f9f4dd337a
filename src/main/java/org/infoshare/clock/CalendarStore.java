package org.infoshare.clock;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.clock.rules.Nation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calendar's SQL: administrators' bank-holiday changes and the nations chosen. Published dates, held in clear. */
@Repository
class CalendarStore {

    enum Action { ADD, REMOVE, CONFIRM_YEAR }

    /** One change to a nation's calendar, as stored. */
    record Change(long seq, Nation nation, Action action, LocalDate date, Integer year, String name, String reason,
                  UUID madeBy, Instant madeAt) {
    }

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises calendar changes, so that each is checked against the calendar it changes. */
    void lock() {
        jdbc.sql("lock table bank_holiday_change in share row exclusive mode").update();
    }

    /** The number of the latest change, 0 when there is none: the calendar's version beyond the shipped release. */
    long latestChange() {
        return jdbc.sql("select coalesce(max(seq), 0) from bank_holiday_change").query(Long.class).single();
    }

    List<Change> changes() {
        return jdbc.sql("select * from bank_holiday_change order by seq").query(CalendarStore::change).list();
    }

    long insert(Nation nation, Action action, LocalDate date, Integer year, String name, String reason, UUID madeBy, Instant madeAt) {
        return jdbc.sql("""
                        insert into bank_holiday_change (nation, action, holiday_date, year, name, reason, made_by, made_at)
                        values (:nation, :action, :date, :year, :name, :reason, :madeBy, :madeAt) returning seq""")
                .param("nation", nation.name()).param("action", action.name()).param("date", date).param("year", year)
                .param("name", name).param("reason", reason).param("madeBy", madeBy).param("madeAt", timestamp(madeAt))
                .query(Long.class).single();
    }

    Optional<Nation> partnershipNation() {
        return jdbc.sql("select nation from partnership_calendar").query(String.class).optional().map(Nation::valueOf);
    }

    void choosePartnershipNation(Nation nation, UUID by, Instant at) {
        jdbc.sql("""
                        insert into partnership_calendar (singleton, nation, chosen_by, chosen_at) values (true, :nation, :by, :at)
                        on conflict (singleton) do update set nation = excluded.nation, chosen_by = excluded.chosen_by, chosen_at = excluded.chosen_at""")
                .param("nation", nation.name()).param("by", by).param("at", timestamp(at)).update();
    }

    Optional<Nation> organisationNation(UUID organisationId) {
        return jdbc.sql("select nation from organisation_calendar where organisation_id = :id").param("id", organisationId)
                .query(String.class).optional().map(Nation::valueOf);
    }

    Map<UUID, Nation> organisationNations() {
        Map<UUID, Nation> nations = new HashMap<>();
        jdbc.sql("select organisation_id, nation from organisation_calendar")
                .query((rs, n) -> nations.put(rs.getObject("organisation_id", UUID.class), Nation.valueOf(rs.getString("nation")))).list();
        return nations;
    }

    void chooseOrganisationNation(UUID organisationId, Nation nation, UUID by, Instant at) {
        jdbc.sql("""
                        insert into organisation_calendar (organisation_id, nation, chosen_by, chosen_at) values (:id, :nation, :by, :at)
                        on conflict (organisation_id) do update set nation = excluded.nation, chosen_by = excluded.chosen_by, chosen_at = excluded.chosen_at""")
                .param("id", organisationId).param("nation", nation.name()).param("by", by).param("at", timestamp(at)).update();
    }

    private static Change change(ResultSet rs, int n) throws SQLException {
        return new Change(rs.getLong("seq"), Nation.valueOf(rs.getString("nation")), Action.valueOf(rs.getString("action")),
                rs.getObject("holiday_date", LocalDate.class), (Integer) rs.getObject("year"), rs.getString("name"),
                rs.getString("reason"), rs.getObject("made_by", UUID.class), rs.getObject("made_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
