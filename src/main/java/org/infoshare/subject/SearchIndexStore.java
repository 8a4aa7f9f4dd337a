package org.infoshare.subject;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.infoshare.crypto.BlindIndex;
import org.infoshare.subject.rules.SearchKeys;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The keyed values people are found by (ADR 0012): each value keyed for one organisation and kind, so that neither
 * names nor dates are stored and one organisation's keys match nothing of another's.
 */
@Repository
class SearchIndexStore {

    /** The version of the keys written now; people keyed under an older one (or none) are keyed again on start. */
    static final int VERSION = 1;

    private final JdbcClient jdbc;
    private final BlindIndex blindIndex;

    SearchIndexStore(JdbcClient jdbc, BlindIndex blindIndex) {
        this.jdbc = jdbc;
        this.blindIndex = blindIndex;
    }

    byte[] key(UUID organisationId, SearchKeys.Key key) {
        return blindIndex.of("subject.search:" + organisationId + ":" + key.kind(), key.value());
    }

    /** Replaces the person's keys with these. */
    void index(UUID subjectId, UUID organisationId, Collection<SearchKeys.Key> keys) {
        jdbc.sql("delete from subject_search_key where subject_id = :subject").param("subject", subjectId).update();
        if (!keys.isEmpty()) {
            jdbc.sql("""
                            insert into subject_search_key (subject_id, organisation_id, kind, key)
                            select :subject, :organisation, k.kind, k.key from unnest(cast(:kinds as text[]), cast(:keys as bytea[])) as k (kind, key)""")
                    .param("subject", subjectId).param("organisation", organisationId)
                    .param("kinds", keys.stream().map(k -> k.kind().name()).toArray(String[]::new))
                    .param("keys", keys.stream().map(k -> key(organisationId, k)).toArray(byte[][]::new))
                    .update();
        }
        jdbc.sql("update data_subject set search_keys_version = :version where id = :subject")
                .param("version", VERSION).param("subject", subjectId).update();
    }

    /**
     * The organisation's people who match every term of the query, best first (the weights of the terms they match,
     * then the newest), at most {@code limit}.
     */
    List<UUID> search(UUID organisationId, SearchKeys.Query query, int limit) {
        if (query.isEmpty()) {
            return List.of();
        }
        List<SearchKeys.Wanted> wanted = query.wanted();
        return jdbc.sql("""
                        with wanted (key, term, weight) as (
                            select * from unnest(cast(:keys as bytea[]), cast(:terms as int[]), cast(:weights as int[])))
                        select m.subject_id
                        from (select k.subject_id, w.term, max(w.weight) as weight
                              from subject_search_key k join wanted w on w.key = k.key
                              where k.organisation_id = :organisation
                              group by k.subject_id, w.term) m
                        join data_subject s on s.id = m.subject_id
                        group by m.subject_id, s.created_at
                        having count(*) = :termCount
                        order by sum(m.weight) desc, s.created_at desc, m.subject_id
                        limit :limit""")
                .param("keys", wanted.stream().map(w -> key(organisationId, w.key())).toArray(byte[][]::new))
                .param("terms", wanted.stream().map(SearchKeys.Wanted::term).toArray(Integer[]::new))
                .param("weights", wanted.stream().map(SearchKeys.Wanted::weight).toArray(Integer[]::new))
                .param("organisation", organisationId).param("termCount", query.terms()).param("limit", limit)
                .query(UUID.class).list();
    }

    /** The organisation's people indexed under one value (a date of birth, an NHS number). */
    List<UUID> withKey(UUID organisationId, SearchKeys.Key key, int limit) {
        return jdbc.sql("select subject_id from subject_search_key where organisation_id = :organisation and key = :key limit :limit")
                .param("organisation", organisationId).param("key", key(organisationId, key)).param("limit", limit)
                .query(UUID.class).list();
    }

    /**
     * Of these people (of any organisation), those indexed under the same value as {@code key}: each is compared under
     * their own organisation's key, which is made here and never leaves this class.
     */
    List<UUID> sameKeyAmong(SearchKeys.Key key, Collection<UUID> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        List<UUID> organisations = jdbc.sql("""
                        select distinct organisation_id from subject_search_key
                        where subject_id = any(cast(:ids as uuid[])) and kind = :kind""")
                .param("ids", subjectIds.toArray(UUID[]::new)).param("kind", key.kind().name()).query(UUID.class).list();
        if (organisations.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select distinct k.subject_id
                        from subject_search_key k
                        join unnest(cast(:organisations as uuid[]), cast(:keys as bytea[])) as w (organisation_id, key)
                          on w.organisation_id = k.organisation_id and w.key = k.key
                        where k.subject_id = any(cast(:ids as uuid[])) and k.kind = :kind""")
                .param("organisations", organisations.toArray(UUID[]::new))
                .param("keys", organisations.stream().map(o -> key(o, key)).toArray(byte[][]::new))
                .param("ids", subjectIds.toArray(UUID[]::new)).param("kind", key.kind().name())
                .query(UUID.class).list();
    }

    /** Someone whose details can no longer be read: no keys, and not to be tried again. */
    void markUnfindable(UUID subjectId) {
        jdbc.sql("delete from subject_search_key where subject_id = :subject").param("subject", subjectId).update();
        jdbc.sql("update data_subject set search_keys_version = :version where id = :subject")
                .param("version", VERSION).param("subject", subjectId).update();
    }

    /** People not yet keyed under the current version, a batch at a time. */
    List<UUID> unindexed(int limit) {
        return jdbc.sql("select id from data_subject where search_keys_version is distinct from :version limit :limit")
                .param("version", VERSION).param("limit", limit).query(UUID.class).list();
    }
}
