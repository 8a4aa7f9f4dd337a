package org.infoshare.retention;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.infoshare.retention.rules.RecordType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static org.infoshare.retention.RetentionStore.ts;

/**
 * Disposal's SQL: the run, the records it lists (the authorisation the kept-forever tables check), and for each kind
 * of record the rows that go with it. Every statement takes a batch of ids. Keys are destroyed by the caller
 * through the key shredder.
 */
@Repository
class DisposalStore {

    private final JdbcClient jdbc;

    DisposalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void startRun(UUID run, UUID organisation, DisposalCertificate.Trigger trigger, UUID by, UUID request, Instant now) {
        jdbc.sql("""
                        insert into disposal_run (id, organisation_id, trigger, status, started_at, started_by, request_id)
                        values (:id, :organisation, :trigger, 'RUNNING', :now, :by, :request)""")
                .param("id", run).param("organisation", organisation).param("trigger", trigger.name()).param("now", ts(now))
                .param("by", by).param("request", request).update();
    }

    void finishRun(UUID run, boolean failed, Instant now) {
        jdbc.sql("update disposal_run set status = :status, finished_at = :now where id = :id and status = 'RUNNING'")
                .param("status", failed ? "FAILED" : "FINISHED").param("now", ts(now)).param("id", run).update();
    }

    /** Names the run for the rest of this transaction: the one path by which kept records may be deleted. */
    void nameRun(UUID run) {
        jdbc.sql("select set_config('infoshare.disposal_run', :run, true)").param("run", run.toString()).query(String.class).single();
    }

    /**
     * Lists records of a kind no kept-forever trigger guards (disclosures) in the run, as one row: their ids, and each
     * one's person and rule at the same position (V171).
     */
    void listTogether(UUID run, String type, List<UUID> ids, List<UUID> subjects, List<UUID> rules, String method) {
        jdbc.sql("""
                        insert into disposal_listing (id, run_id, record_type, method, record_ids, subject_ids, rule_ids)
                        values (:id, :run, :type, :method, :ids, :subjects, :rules)""")
                .param("id", UUID.randomUUID()).param("run", run).param("type", type).param("method", method)
                .param("ids", ids.toArray(UUID[]::new)).param("subjects", subjects.toArray(UUID[]::new))
                .param("rules", rules.toArray(UUID[]::new)).update();
    }

    /**
     * Lists records in the run a row each, where a kept-forever trigger looks for them ({@code disposal_authorised});
     * {@code skipListed}: those the run already lists are left as listed.
     */
    void authorise(UUID run, String type, List<UUID> ids, List<UUID> subjects, List<UUID> rules, String method, boolean skipListed) {
        jdbc.sql("""
                        insert into disposal_item (run_id, record_type, record_id, subject_id, rule_id, method)
                        select :run, :type, r.id, r.subject, r.rule, :method
                        from unnest(:ids, :subjects, :rules) as r(id, subject, rule)""" + (skipListed ? " on conflict do nothing" : ""))
                .param("run", run).param("type", type).param("ids", ids.toArray(UUID[]::new))
                .param("subjects", subjects.toArray(UUID[]::new)).param("rules", rules.toArray(UUID[]::new)).param("method", method)
                .update();
    }

    /** Of these disclosures, those a potential breach refers to (they are anonymised rather than deleted). */
    java.util.Set<UUID> breachReferenced(List<UUID> ids) {
        return new java.util.HashSet<>(jdbc.sql("select disclosure_id from potential_breach where disclosure_id = any(:ids)")
                .param("ids", ids.toArray(UUID[]::new)).query(UUID.class).list());
    }

    /**
     * The rights notices that go with these disclosures or people: those about a data quality report on one of the
     * disclosures or about one of the people. Each is recorded as disposed of (ADR 0063).
     */
    List<UUID> noticesAbout(List<UUID> disclosures, List<UUID> people) {
        if (disclosures.isEmpty() && people.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select n.id from rights_notice n join quality_report q on q.id = n.quality_report_id
                        where q.disclosure_id = any(:disclosures) or q.subject_id = any(:people)""")
                .param("disclosures", disclosures.toArray(UUID[]::new)).param("people", people.toArray(UUID[]::new))
                .query(UUID.class).list();
    }

    /**
     * Disclosures: their items, notices, informing records and reported inaccuracies go; a disclosure a potential
     * breach refers to ({@code kept}, from {@link #breachReferenced}) is kept anonymised (ids, dates, codes) with its
     * sealed columns cleared, so the breach record keeps its reference; any other is deleted. What refers to the
     * disclosures goes in one statement, which receives the batch's ids once.
     */
    void disposeDisclosures(List<UUID> ids, java.util.Set<UUID> kept) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        with gone as materialized (select unnest(cast(:ids as uuid[])) as id),
                             reports as materialized (select id from quality_report where disclosure_id = any (array(select id from gone))),
                             notices as materialized (select n.id from rights_notice n join reports r on n.quality_report_id = r.id),
                             notice_items as (delete from rights_notice_item where notice_id in (select id from notices)),
                             notices_gone as (delete from rights_notice where id in (select id from notices)),
                             corrections as (update rectification set quality_report_id = null where quality_report_id in (select id from reports)),
                             reports_gone as (delete from quality_report where id in (select id from reports)),
                             informed as (delete from person_informed where disclosure_id = any (array(select id from gone))),
                             delivery as (delete from delivery_notice where disclosure_id = any (array(select id from gone)))
                        delete from disclosure_item where disclosure_id = any (array(select id from gone))""")
                .param("ids", ids.toArray(UUID[]::new)).update();
        if (!kept.isEmpty()) {
            jdbc.sql("update disclosure set not_inform_reason_enc = null, protected_identities_enc = null where id = any(:ids)")
                    .param("ids", kept.toArray(UUID[]::new)).update();
        }
        jdbc.sql("delete from disclosure where id = any(:ids)")
                .param("ids", ids.stream().filter(id -> !kept.contains(id)).toArray(UUID[]::new)).update();
    }

    /**
     * Sharing decisions: the links other records keep to them are cleared, then they go (the one path their trigger
     * allows). Returns the kept decisions and requests whose link to a disposed decision was cleared.
     */
    Relinked disposeDecisions(List<UUID> ids) {
        UUID[] array = ids.toArray(UUID[]::new);
        List<UUID> requests = jdbc.sql("""
                        update information_request set decision_id = case when decision_id = any(:ids) then null else decision_id end,
                            previous_decision_id = case when previous_decision_id = any(:ids) then null else previous_decision_id end
                        where decision_id = any(:ids) or previous_decision_id = any(:ids) returning id""")
                .param("ids", array).query(UUID.class).list();
        List<UUID> decisions = jdbc.sql("update sharing_decision set reconsiders_id = null where reconsiders_id = any(:ids) and not (id = any(:ids)) returning id")
                .param("ids", array).query(UUID.class).list();
        jdbc.sql("delete from consent_reliance where decision_id = any(:ids)").param("ids", array).update();
        jdbc.sql("delete from consent_withdrawal_notice where decision_id = any(:ids)").param("ids", array).update();
        jdbc.sql("delete from sharing_decision where id = any(:ids)").param("ids", array).update();
        return new Relinked(decisions, requests);
    }

    /** The kept decisions and requests for information whose link to a disposed decision was cleared. */
    record Relinked(List<UUID> decisions, List<UUID> requests) {
    }

    /** Consent records with their history, notes, reliances and withdrawal notices (the one path their triggers allow). */
    void disposeConsents(List<UUID> ids) {
        UUID[] array = ids.toArray(UUID[]::new);
        jdbc.sql("delete from consent_event_notes where event_id in (select id from consent_event where consent_id = any(:ids))").param("ids", array).update();
        jdbc.sql("delete from consent_event where consent_id = any(:ids)").param("ids", array).update();
        jdbc.sql("delete from consent_reliance where consent_id = any(:ids)").param("ids", array).update();
        jdbc.sql("delete from consent_withdrawal_notice where consent_id = any(:ids)").param("ids", array).update();
        jdbc.sql("delete from consent_record where id = any(:ids)").param("ids", array).update();
    }

    /** Published datasets: their sealed blocks go, and the upload is marked disposed (its counts and report stay). */
    void disposeDatasets(List<UUID> ids) {
        UUID[] array = ids.toArray(UUID[]::new);
        jdbc.sql("delete from dataset_block where upload_id = any(:ids)").param("ids", array).update();
        jdbc.sql("update dataset_upload set status = 'DISPOSED' where id = any(:ids)").param("ids", array).update();
    }

    /** Rights requests, their pauses, bundles and notices; corrections made under them stay with the person. Returns the notices' ids. */
    List<UUID> disposeRequests(List<UUID> ids) {
        UUID[] array = ids.toArray(UUID[]::new);
        List<UUID> notices = jdbc.sql("select id from rights_notice where request_id = any(:ids)").param("ids", array).query(UUID.class).list();
        jdbc.sql("delete from rights_notice_item where notice_id = any(:notices)").param("notices", notices.toArray(UUID[]::new)).update();
        jdbc.sql("delete from rights_notice where request_id = any(:ids)").param("ids", array).update();
        jdbc.sql("delete from access_bundle where request_id = any(:ids)").param("ids", array).update();
        jdbc.sql("update rectification set request_id = null where request_id = any(:ids)").param("ids", array).update();
        jdbc.sql("delete from rights_request_pause where request_id = any(:ids)").param("ids", array).update();
        jdbc.sql("delete from rights_request where id = any(:ids)").param("ids", array).update();
        return notices;
    }

    /** The organisation's reads in whole sealed windows; each window is then marked as no longer verifiable. */
    int disposeReadWindows(UUID organisation, List<Long> seals, Instant now) {
        Long[] array = seals.toArray(Long[]::new);
        int deleted = jdbc.sql("""
                        delete from record_read r using record_read_seal s
                        where s.id = any(:seals) and r.read_at >= s.window_from and r.read_at < s.window_to
                          and r.owner_organisation = :organisation""")
                .param("seals", array).param("organisation", organisation).update();
        jdbc.sql("update record_read_seal set disposed_at = coalesce(disposed_at, :now) where id = any(:seals)")
                .param("now", ts(now)).param("seals", array).update();
        return deleted;
    }

    /**
     * People: what remains about them goes (records of theirs the other statements have not taken are listed in the
     * run too), then their row; their key is destroyed by the caller, which disposes of whatever was sealed under it
     * anywhere, including in rows already deleted. Returns the requests for information they were the person of, which go with them.
     */
    List<UUID> disposePeople(List<UUID> ids) {
        UUID[] array = ids.toArray(UUID[]::new);
        jdbc.sql("delete from person_informed where subject_id = any(:ids)").param("ids", array).update();
        jdbc.sql("delete from rectification where subject_id = any(:ids)").param("ids", array).update();
        jdbc.sql("""
                delete from rights_notice_item where notice_id in (select n.id from rights_notice n join quality_report q on q.id = n.quality_report_id
                                                                    where q.subject_id = any(:ids))""").param("ids", array).update();
        jdbc.sql("delete from rights_notice where quality_report_id in (select id from quality_report where subject_id = any(:ids))")
                .param("ids", array).update();
        jdbc.sql("delete from quality_report where subject_id = any(:ids)").param("ids", array).update();
        jdbc.sql("delete from subject_involvement where subject_id = any(:ids)").param("ids", array).update();
        jdbc.sql("delete from break_glass where subject_id = any(:ids)").param("ids", array).update();
        jdbc.sql("delete from subject_relationship where person_id = any(:ids) or relative_id = any(:ids)").param("ids", array).update();
        jdbc.sql("delete from person_case where subject_id = any(:ids)").param("ids", array).update();
        List<UUID> requests = jdbc.sql("delete from information_request where requester_subject_id = any(:ids) returning id")
                .param("ids", array).query(UUID.class).list();
        jdbc.sql("delete from data_subject where id = any(:ids)").param("ids", array).update();
        return requests;
    }

    /** Every record of each kind that is about these people and still held: they go with the people. */
    List<Row> remainingAbout(List<UUID> people) {
        return jdbc.sql("""
                        select 'DISCLOSURE' as type, id, subject_id from disclosure where subject_id = any(:ids)
                        union all select 'SHARING_DECISION', id, subject_id from sharing_decision where subject_id = any(:ids)
                        union all select 'CONSENT_RECORD', id, subject_id from consent_record where subject_id = any(:ids)""")
                .param("ids", people.toArray(UUID[]::new))
                .query((rs, n) -> new Row(rs.getString("type"), rs.getObject("id", UUID.class), rs.getObject("subject_id", UUID.class)))
                .list();
    }

    record Row(String type, UUID id, UUID subject) {
    }

    void insertCertificate(UUID run, UUID organisation, Instant now, String lines, int held, int keys, byte[] digest) {
        jdbc.sql("""
                        insert into disposal_certificate (run_id, organisation_id, issued_at, lines, held, keys_destroyed, digest)
                        values (:run, :organisation, :now, cast(:lines as jsonb), :held, :keys, :digest)""")
                .param("run", run).param("organisation", organisation).param("now", ts(now)).param("lines", lines).param("held", held)
                .param("keys", keys).param("digest", digest).update();
    }

    /** Tables whose dead rows disposal leaves behind, to be vacuumed after a run, by the kind of record disposed of. */
    private static final java.util.Map<RecordType, List<String>> TOUCHED = java.util.Map.of(
            RecordType.DISCLOSURE, List.of("disclosure_item", "disclosure", "delivery_notice", "person_informed", "rectification", "quality_report",
                    "rights_notice"),
            RecordType.SHARING_DECISION, List.of("sharing_decision", "information_request"),
            RecordType.CONSENT_RECORD, List.of("consent_record", "consent_event", "consent_event_notes"),
            RecordType.PERSON, List.of("disclosure_item", "disclosure", "delivery_notice", "sharing_decision", "consent_record", "consent_event",
                    "consent_event_notes", "data_subject", "rights_notice", "person_informed", "rectification", "quality_report",
                    "information_request", "subject_involvement", "break_glass", "subject_relationship"),
            RecordType.DATASET, List.of("dataset_block"),
            RecordType.RIGHTS_REQUEST, List.of("rights_request", "access_bundle", "rights_notice", "rectification"),
            RecordType.READ_LOG, List.of("record_read"));

    /** The tables disposing of these kinds of record leaves dead rows in, each once. */
    static List<String> touched(java.util.Collection<RecordType> kinds) {
        java.util.Set<String> tables = new java.util.LinkedHashSet<>();
        kinds.forEach(kind -> tables.addAll(TOUCHED.get(kind)));
        return List.copyOf(tables);
    }

    /** Touched tables with an index on a value derived from personal data (the blind index of a person's reference). */
    private static final java.util.Set<String> INDEXES_DERIVED_FROM_PERSONAL_DATA = java.util.Set.of("data_subject");

    /**
     * Vacuums these tables' heaps (and their TOAST tables), outside any transaction (VACUUM cannot run inside one).
     * Index cleanup is left to autovacuum where the indexes hold only ids, codes and dates, not the sealed content:
     * cleaning them means reading every index of every touched table in full, whatever the run's size (ADR 0095). A
     * table with an index on a value derived from personal data is vacuumed with its indexes.
     */
    void vacuum(List<String> tables) {
        List<String> heapOnly = tables.stream().filter(t -> !INDEXES_DERIVED_FROM_PERSONAL_DATA.contains(t)).toList();
        List<String> withIndexes = tables.stream().filter(INDEXES_DERIVED_FROM_PERSONAL_DATA::contains).toList();
        if (!heapOnly.isEmpty()) {
            jdbc.sql("vacuum (index_cleanup off) " + String.join(", ", heapOnly)).update();
        }
        if (!withIndexes.isEmpty()) {
            jdbc.sql("vacuum " + String.join(", ", withIndexes)).update();
        }
    }

    /** Rewrites the key table, so that no copy of a destroyed key survives in its pages for a later backup to find. */
    void compactKeys() {
        jdbc.sql("vacuum full crypto_key").update();
    }
}
