package org.infoshare.subject;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.infoshare.crypto.KeyScope;
import org.infoshare.crypto.PersonalDataCipher;
import org.infoshare.database.PagedQuery;
import org.infoshare.database.SqlCondition;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.rules.NeedToKnow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who works with each person (teams and people) and the reasons recorded to look at someone ("break glass"). */
@Repository
class CaseStore {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    CaseStore(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** The facts need to know is decided on, for each of the people asked about that exist. */
    Map<UUID, NeedToKnow.Case> cases(Collection<UUID> subjectIds, UUID reader, Instant now) {
        if (subjectIds.isEmpty()) {
            return Map.of();
        }
        UUID[] ids = subjectIds.stream().distinct().toArray(UUID[]::new);
        Map<UUID, UUID> organisations = new HashMap<>();
        Map<UUID, Set<UUID>> teams = new HashMap<>();
        Map<UUID, Set<UUID>> people = new HashMap<>();
        Set<UUID> glass = new HashSet<>();
        jdbc.sql("""
                        select s.id, s.organisation_id, i.team_id, i.user_id,
                               exists (select 1 from break_glass b where b.subject_id = s.id and b.user_id = :reader and b.until > :now) as glass
                        from data_subject s left join subject_involvement i on i.subject_id = s.id
                        where s.id = any(:ids)""")
                .param("ids", ids).param("reader", reader).param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .query((ResultSet rs) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    organisations.put(id, rs.getObject("organisation_id", UUID.class));
                    UUID team = rs.getObject("team_id", UUID.class);
                    UUID user = rs.getObject("user_id", UUID.class);
                    if (team != null) {
                        teams.computeIfAbsent(id, k -> new HashSet<>()).add(team);
                    }
                    if (user != null) {
                        people.computeIfAbsent(id, k -> new HashSet<>()).add(user);
                    }
                    if (rs.getBoolean("glass")) {
                        glass.add(id);
                    }
                });
        Map<UUID, NeedToKnow.Case> cases = new HashMap<>();
        organisations.forEach((id, organisation) -> cases.put(id, new NeedToKnow.Case(organisation,
                teams.getOrDefault(id, Set.of()), people.getOrDefault(id, Set.of()), glass.contains(id))));
        return cases;
    }

    /**
     * {@link NeedToKnow#person} for someone who does not oversee, as a condition on a column of subject ids: the people
     * their teams or they themselves work with, and those they have broken glass for until it runs out. The
     * organisation is the listing query's own condition.
     */
    static SqlCondition involvedWith(String subjectColumn, UUID reader, Set<UUID> teams, Instant now) {
        return new SqlCondition(subjectColumn + " in (select i.subject_id from subject_involvement i where i.user_id = :ntk_user"
                + " or i.team_id = any(:ntk_teams)) or " + subjectColumn
                + " in (select b.subject_id from break_glass b where b.user_id = :ntk_user and b.until > :ntk_now)",
                Map.of("ntk_user", reader, "ntk_teams", teams.toArray(UUID[]::new), "ntk_now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)));
    }

    /** Adds the person and their teams to those working with the subject; returns how many rows were new. */
    int involve(UUID subjectId, UUID userId, Set<UUID> teamIds, Instant now) {
        OffsetDateTime since = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        int added = jdbc.sql("insert into subject_involvement (subject_id, user_id, since) values (:subject, :user, :since) on conflict do nothing")
                .param("subject", subjectId).param("user", userId).param("since", since).update();
        if (!teamIds.isEmpty()) {
            added += jdbc.sql("""
                            insert into subject_involvement (subject_id, team_id, since)
                            select :subject, t, :since from unnest(:teams) as t on conflict do nothing""")
                    .param("subject", subjectId).param("teams", teamIds.toArray(UUID[]::new)).param("since", since).update();
        }
        return added;
    }

    void insertBreakGlass(UUID id, UUID organisationId, UUID subjectId, UUID userId, BreakGlassReason reason, String explanation,
                          Instant openedAt, Instant until) {
        jdbc.sql("""
                        insert into break_glass (id, organisation_id, subject_id, user_id, reason, explanation_enc, opened_at, until)
                        values (:id, :organisation, :subject, :user, :reason, :explanation, :opened, :until)""")
                .param("id", id).param("organisation", organisationId).param("subject", subjectId).param("user", userId)
                .param("reason", reason.name())
                .param("explanation", cipher.encryptText(KeyScope.subject(subjectId), explanation, "break_glass.explanation_enc:" + id))
                .param("opened", OffsetDateTime.ofInstant(openedAt, ZoneOffset.UTC))
                .param("until", OffsetDateTime.ofInstant(until, ZoneOffset.UTC))
                .update();
    }

    /**
     * One page of the organisation's recorded reasons to look, newest first, with each person's reference and name:
     * narrowed to one person, one reason and the days opened (ADR 0017).
     */
    Page<BrokenGlass> breakGlass(UUID organisationId, UUID subjectId, String reason, ListFilter filter, PageRequest request) {
        return PagedQuery.from(jdbc, "break_glass b join data_subject s on s.id = b.subject_id")
                .where("b.organisation_id = :organisation", "organisation", organisationId)
                .whereGiven(subjectId, "b.subject_id = :subject", "subject")
                .whereGiven(reason, "b.reason = :reason", "reason")
                .whereGiven(filter.fromMoment(), "b.opened_at >= :from", "from")
                .whereGiven(filter.toMomentExclusive(), "b.opened_at < :to", "to")
                .page("b.*, s.reference_enc, s.name_enc", "b.opened_at desc, b.id", request, this::row);
    }

    private BrokenGlass row(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID subject = rs.getObject("subject_id", UUID.class);
        KeyScope scope = KeyScope.subject(subject);
        return new BrokenGlass(id, rs.getObject("organisation_id", UUID.class), subject,
                cipher.decryptText(scope, rs.getBytes("reference_enc"), "data_subject.reference_enc:" + subject),
                cipher.decryptText(scope, rs.getBytes("name_enc"), "data_subject.name_enc:" + subject),
                rs.getObject("user_id", UUID.class), BreakGlassReason.valueOf(rs.getString("reason")),
                cipher.decryptText(scope, rs.getBytes("explanation_enc"), "break_glass.explanation_enc:" + id),
                rs.getObject("opened_at", OffsetDateTime.class).toInstant(), rs.getObject("until", OffsetDateTime.class).toInstant());
    }
}
