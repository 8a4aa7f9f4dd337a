package org.infoshare.incident;

import java.util.UUID;

import org.infoshare.database.PagedQuery;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The lists of incidents, a page at a time, their scope and filters in SQL (ADR 0017); each row read as the register reads it. */
@Repository
class IncidentListStore {

    private final JdbcClient jdbc;
    private final IncidentStore incidents;

    IncidentListStore(JdbcClient jdbc, IncidentStore incidents) {
        this.jdbc = jdbc;
        this.incidents = incidents;
    }

    /** The register in its usual order: open incidents first, then the one the organisation became aware of last. */
    private static final String REGISTER_ORDER = "i.status desc, i.aware_at desc, i.id";

    /** One page of the organisation's register, narrowed by status, risk level and the days reported (ADR 0017). */
    Page<Incident> ofOrganisation(UUID organisationId, String status, String risk, ListFilter filter, PageRequest request) {
        return narrowed(PagedQuery.from(jdbc, "incident i").where("i.organisation_id = :organisation", "organisation", organisationId),
                status, risk, filter).page("i.*", REGISTER_ORDER, request, incidents::incident);
    }

    /** One page of the incidents this person reported themselves, the newest first. */
    Page<Incident> reportedBy(UUID userId, String status, String risk, ListFilter filter, PageRequest request) {
        return narrowed(PagedQuery.from(jdbc, "incident i").where("i.reported_by = :user", "user", userId)
                .whereIf(true, "i.source = 'REPORTED'"), status, risk, filter)
                .page("i.*", "i.reported_at desc, i.id", request, incidents::incident);
    }

    /** One page of the incidents another organisation has told this one about, the last told first. */
    Page<Incident> toldTo(UUID organisationId, String status, String risk, ListFilter filter, PageRequest request) {
        return narrowed(PagedQuery.from(jdbc, "incident i join incident_party p on p.incident_id = i.id")
                .where("p.organisation_id = :organisation", "organisation", organisationId)
                .whereGiven(filter.organisation(), "i.organisation_id = :other", "other"), status, risk, filter)
                .page("i.*", "p.told_at desc, i.id", request, incidents::incident);
    }

    private static PagedQuery narrowed(PagedQuery query, String status, String risk, ListFilter filter) {
        return query.whereGiven(status, "i.status = :status", "status")
                .whereGiven(risk, "i.risk_level = :risk", "risk")
                .whereGiven(filter.fromMoment(), "i.reported_at >= :from", "from")
                .whereGiven(filter.toMomentExclusive(), "i.reported_at < :to", "to");
    }
}
