package org.infoshare.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.infoshare.retention.RetentionStore.instant;

/** Disposal certificates with their runs. */
@Repository
class CertificateStore {

    private static final TypeReference<List<DisposalCertificate.Line>> LINES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CertificateStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<DisposalCertificate> find(UUID run) {
        return jdbc.sql(SELECT + " where c.run_id = :run").param("run", run).query(this::row).optional();
    }

    List<DisposalCertificate> forOrganisation(UUID organisation) {
        return jdbc.sql(SELECT + " where c.organisation_id = :organisation order by r.started_at desc limit 200")
                .param("organisation", organisation).query(this::row).list();
    }

    List<UUID> organisationsWithRules() {
        return jdbc.sql("select distinct organisation_id from retention_rule where replaced_at is null").query(UUID.class).list();
    }

    private static final String SELECT = """
            select c.*, r.trigger, r.started_at, r.finished_at, r.started_by
            from disposal_certificate c join disposal_run r on r.id = c.run_id""";

    private DisposalCertificate row(ResultSet rs, int n) throws SQLException {
        return new DisposalCertificate(rs.getObject("run_id", UUID.class), rs.getObject("organisation_id", UUID.class),
                DisposalCertificate.Trigger.valueOf(rs.getString("trigger")), instant(rs, "started_at"), instant(rs, "finished_at"),
                rs.getObject("started_by", UUID.class), json.readValue(rs.getString("lines"), LINES), rs.getInt("held"),
                rs.getInt("keys_destroyed"), HexFormat.of().formatHex(rs.getBytes("digest")));
    }
}
