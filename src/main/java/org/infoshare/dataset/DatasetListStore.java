package org.infoshare.dataset;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.infoshare.database.PagedQuery;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dataset lists' SQL (ADR 0017): who may see an upload is a condition, so each list is narrowed before it is counted and paged. */
@Repository
class DatasetListStore {

    private final JdbcClient jdbc;
    private final DatasetStore store;

    DatasetListStore(JdbcClient jdbc, DatasetStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /** Published to one of the teams given, newest first; narrowed by the sending organisation and the days published. */
    Page<DatasetUpload> received(UUID organisation, Collection<UUID> teams, UUID sender, OffsetDateTime from, OffsetDateTime toExclusive,
                                 PageRequest request) {
        if (teams.isEmpty()) {
            return new Page<>(List.of(), request.number(), request.size(), 0);
        }
        return PagedQuery.from(jdbc, "dataset_upload u")
                .where("u.recipient_organisation = :organisation", "organisation", organisation)
                .where("u.recipient_team = any(:teams)", "teams", teams.toArray(UUID[]::new))
                .whereIf(true, "u.status = 'PUBLISHED'")
                .whereGiven(sender, "u.sender_organisation = :sender", "sender")
                .whereGiven(from, "u.finished_at >= :from", "from")
                .whereGiven(toExclusive, "u.finished_at < :to", "to")
                .page("u.*", "u.finished_at desc, u.id", request, store::uploadRow);
    }

    /** The organisation's uploads, newest first; narrowed by outcome, the recipient organisation and the days received. */
    Page<DatasetUpload> sent(UUID organisation, String status, UUID recipient, OffsetDateTime from, OffsetDateTime toExclusive, PageRequest request) {
        return PagedQuery.from(jdbc, "dataset_upload u")
                .where("u.sender_organisation = :organisation", "organisation", organisation)
                .whereGiven(status, "u.status = :status", "status")
                .whereGiven(recipient, "u.recipient_organisation = :recipient", "recipient")
                .whereGiven(from, "u.received_at >= :from", "from")
                .whereGiven(toExclusive, "u.received_at < :to", "to")
                .page("u.*", "u.received_at desc, u.id", request, store::uploadRow);
    }
}
