package org.infoshare.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reading the ledger back: an organisation's audit trail, or the history of one record. */
@Component
public class LedgerQueries {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> DETAILS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;

    LedgerQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The organisation's entries, newest first.
     *
     * @param actionPrefix only actions starting with this ("" for all)
     * @param from         inclusive, may be null
     * @param to           exclusive, may be null
     */
    public List<LedgerRecord> forOrganisation(UUID organisationId, String actionPrefix, Instant from, Instant to,
                                              int offset, int limit) {
        return forOrganisation(organisationId, new Narrowing(actionPrefix, from, to, null, null, List.of()), offset, limit);
    }

    /**
     * How an audit trail is narrowed: by the start of the action code, a time span (from inclusive, to exclusive), the
     * member of staff who acted, the records concerned (null for any) and actions left out (sign-ins, folded away).
     */
    public record Narrowing(String actionPrefix, Instant from, Instant to, UUID actorId, java.util.Collection<String> subjectIds,
                            List<String> excludedActions) {
    }

    /** The organisation's entries narrowed as asked, newest first. */
    public List<LedgerRecord> forOrganisation(UUID organisationId, Narrowing narrowing, int offset, int limit) {
        return jdbc.sql("""
                        select id, recorded_at, action, actor_id, organisation_id, subject_type, subject_id, details
                        from ledger_entry
                        where organisation_id = :organisation
                          and action like :prefix
                          and recorded_at >= :from and recorded_at < :to
                          and (:anyActor or actor_id = :actor)
                          and (:anySubject or subject_id = any(:subjects))
                          and action <> all(:excluded)
                        order by id desc offset :offset limit :limit""")
                .param("organisation", organisationId)
                .param("prefix", escapeLike(narrowing.actionPrefix() == null ? "" : narrowing.actionPrefix()) + "%")
                .param("from", OffsetDateTime.ofInstant(narrowing.from() == null ? Instant.EPOCH : narrowing.from(), ZoneOffset.UTC))
                .param("to", OffsetDateTime.ofInstant(narrowing.to() == null ? Instant.parse("9999-12-31T00:00:00Z") : narrowing.to(), ZoneOffset.UTC))
                .param("anyActor", narrowing.actorId() == null)
                .param("actor", narrowing.actorId() == null ? new UUID(0, 0) : narrowing.actorId())
                .param("anySubject", narrowing.subjectIds() == null)
                .param("subjects", narrowing.subjectIds() == null ? new String[0] : narrowing.subjectIds().toArray(String[]::new))
                .param("excluded", narrowing.excludedActions().toArray(String[]::new))
                .param("offset", offset)
                .param("limit", limit)
                .query(LedgerQueries::map).list();
    }

    /**
     * The records of the organisation's entries with this action whose detail holds one of these values: for example
     * the disclosures sent under some decisions ("delivery.disclosure.sent", "decision", their ids).
     */
    public List<String> recordsNamedIn(UUID organisationId, String action, String detail, java.util.Collection<String> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select distinct subject_id from ledger_entry
                        where organisation_id = :organisation and action = :action and (details::jsonb ->> :detail) = any(:values)""")
                .param("organisation", organisationId).param("action", action).param("detail", detail)
                .param("values", values.toArray(String[]::new))
                .query(String.class).list();
    }

    /** Every entry about one record, oldest first. */
    public List<LedgerRecord> forSubject(String subjectType, String subjectId) {
        return jdbc.sql("""
                        select id, recorded_at, action, actor_id, organisation_id, subject_type, subject_id, details
                        from ledger_entry where subject_type = :type and subject_id = :id order by id""")
                .param("type", subjectType)
                .param("id", subjectId)
                .query(LedgerQueries::map).list();
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static LedgerRecord map(ResultSet rs, int row) throws SQLException {
        Map<String, String> details = JSON.readValue(rs.getString("details"), DETAILS);
        return new LedgerRecord(
                rs.getLong("id"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("action"),
                rs.getObject("actor_id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getString("subject_type"),
                rs.getString("subject_id"),
                details);
    }
}
