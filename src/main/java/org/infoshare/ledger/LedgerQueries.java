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
        return jdbc.sql("""
                        select id, recorded_at, action, actor_id, organisation_id, subject_type, subject_id, details
                        from ledger_entry
                        where organisation_id = :organisation
                          and action like :prefix
                          and recorded_at >= :from and recorded_at < :to
                        order by id desc offset :offset limit :limit""")
                .param("organisation", organisationId)
                .param("prefix", escapeLike(actionPrefix == null ? "" : actionPrefix) + "%")
                .param("from", OffsetDateTime.ofInstant(from == null ? Instant.EPOCH : from, ZoneOffset.UTC))
                .param("to", OffsetDateTime.ofInstant(to == null ? Instant.parse("9999-12-31T00:00:00Z") : to, ZoneOffset.UTC))
                .param("offset", offset)
                .param("limit", limit)
                .query(LedgerQueries::map).list();
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
