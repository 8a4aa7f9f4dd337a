package org.infoshare.subject;

import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.infoshare.database.SqlCondition;
import org.infoshare.ledger.Ledger;
import org.infoshare.shared.Actor;
import org.infoshare.shared.rules.NeedToKnow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Need to know within an organisation ({@link NeedToKnow}, ADR 0048), applied: who may see a person's record and so
 * every record about them, and who joins the people working with them. Every module that holds records about a
 * person asks here before showing one, and tells here when someone records something about a person.
 */
@Service
public class SubjectAccess {

    private final CaseStore cases;
    private final Ledger ledger;
    private final Clock clock;

    SubjectAccess(CaseStore cases, Ledger ledger, Clock clock) {
        this.cases = cases;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Whether the caller may see the person's record, and so every record about them. */
    @Transactional(readOnly = true)
    public boolean mayView(Actor actor, UUID subjectId) {
        return visibleTo(actor, List.of(subjectId)).contains(subjectId);
    }

    /** Those of the people asked about whose records the caller may see: one query however many are asked about. */
    @Transactional(readOnly = true)
    public Set<UUID> visibleTo(Actor actor, Collection<UUID> subjectIds) {
        NeedToKnow.Reader reader = NeedToKnow.Reader.of(actor);
        Set<UUID> visible = new HashSet<>();
        cases.cases(subjectIds, actor.userId(), clock.instant()).forEach((id, known) -> {
            if (NeedToKnow.person(reader, known).allowed()) {
                visible.add(id);
            }
        });
        return visible;
    }

    /** The records, in their order, that are about people the caller may see. */
    @Transactional(readOnly = true)
    public <T> List<T> visibleOnly(Actor actor, List<T> records, Function<T, UUID> subjectOf) {
        Set<UUID> visible = visibleTo(actor, records.stream().map(subjectOf).toList());
        return records.stream().filter(record -> visible.contains(subjectOf.apply(record))).toList();
    }

    /**
     * Need to know as a condition on a column of subject ids, so that a list is narrowed before it is counted and
     * paged (ADR 0017): everyone of the organisation for those who oversee, otherwise the people the caller or their
     * teams work with and those they have broken glass for. The same verdict as {@link #visibleTo}, in SQL.
     */
    public SqlCondition visibleCondition(Actor actor, String subjectColumn) {
        if (actor.roles().stream().anyMatch(NeedToKnow.OVERSEERS::contains)) {
            return SqlCondition.always();
        }
        return CaseStore.involvedWith(subjectColumn, actor.userId(), actor.teamIds(), clock.instant());
    }

    /**
     * The caller (and, for those who work with cases, their teams) now work with this person: called by whatever
     * records something about them. Overseers oversee without joining a case.
     */
    @Transactional
    public void involve(Actor actor, UUID subjectId) {
        boolean worksCases = NeedToKnow.mayBreakGlass(NeedToKnow.Reader.of(actor));
        int added = cases.involve(subjectId, actor.userId(), worksCases ? actor.teamIds() : Set.of(), clock.instant());
        if (added > 0) {
            ledger.record(SubjectEvents.involved(actor, subjectId, worksCases, added));
        }
    }
}
