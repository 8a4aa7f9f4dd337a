package org.infoshare.agreement;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.infoshare.database.PagedQuery;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The agreements list's SQL (ADR 0017): who may read an agreement ({@link AgreementAccess#visible}) as a condition,
 * so the list is narrowed before it is counted and paged. A party's staff see its agreements whole; others those
 * ever in force, as they are without the version pending, so neither a pending version's status nor its parties
 * narrow their list.
 */
@Repository
class AgreementListStore {

    /** The reader's organisation is a party to a version of the agreement. */
    private static final String PARTY = "exists (select 1 from agreement_party p where p.agreement_id = a.id and p.organisation_id = :viewer)";
    /** A version the reader may see: any, for a party; otherwise one not pending. */
    private static final String SEEN = "(" + PARTY + " or v.status not in ('DRAFT', 'AWAITING_SIGNATURES'))";
    /** The agreement's status as its summary gives it: the version in force, or else the latest the reader may see. */
    private static final String STATUS = "coalesce((select v.status from agreement_version v where v.agreement_id = a.id and v.status = 'ACTIVE'), "
            + "(select v.status from agreement_version v where v.agreement_id = a.id and " + SEEN + " order by v.version desc limit 1))";

    private final JdbcClient jdbc;

    AgreementListStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of the ids of the agreements the reader may read, newest first, narrowed by status, another party and days started. */
    Page<UUID> visible(UUID viewer, String status, UUID party, OffsetDateTime from, OffsetDateTime toExclusive, PageRequest request) {
        return PagedQuery.from(jdbc, "agreement a")
                .where(PARTY + " or a.first_effective_on is not null", "viewer", viewer)
                .whereGiven(status, STATUS + " = :status", "status")
                .whereGiven(party, "exists (select 1 from agreement_party q join agreement_version v on v.agreement_id = q.agreement_id "
                        + "and v.version = q.version where q.agreement_id = a.id and q.organisation_id = :party and " + SEEN + ")", "party")
                .whereGiven(from, "a.created_at >= :from", "from")
                .whereGiven(toExclusive, "a.created_at < :to", "to")
                .page("a.id", "a.created_at desc, a.reference desc", request, (rs, n) -> rs.getObject("id", UUID.class));
    }
}
