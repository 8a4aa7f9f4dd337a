package org.infoshare.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.database.PagedQuery;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
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

    /** One page of the organisation's certificates, the latest run first, narrowed by what started the run and its days (ADR 0017). */
    Page<DisposalCertificate> forOrganisation(UUID organisation, String trigger, ListFilter filter, PageRequest request) {
        return PagedQuery.from(jdbc, "disposal_certificate c join disposal_run r on r.id = c.run_id")
                .where("c.organisation_id = :organisation", "organisation", organisation)
                .whereGiven(trigger, "r.trigger = :trigger", "trigger")
                .whereGiven(filter.fromMoment(), "r.started_at >= :from", "from")
                .whereGiven(filter.toMomentExclusive(), "r.started_at < :to", "to")
                .page("c.*, r.trigger, r.started_at, r.finished_at, r.started_by", "r.started_at desc, c.run_id", request, this::row);
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
