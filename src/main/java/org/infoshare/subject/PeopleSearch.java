package org.infoshare.subject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.infoshare.readlog.ReadHow;
import org.infoshare.readlog.ReadLog;
import org.infoshare.readlog.RecordKind;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.subject.rules.LikelySamePerson;
import org.infoshare.subject.rules.SearchKeys;
import org.infoshare.subject.rules.SearchTerms;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding people by name (fuzzily), date of birth, reference or NHS number through keyed indexes (ADR 0012), only
 * among the caller's organisation's people they may see; and spotting, when someone is added, a person already
 * recorded who is likely the same.
 */
@Service
public class PeopleSearch {

    /** The best matches looked at for one search; beyond these the search is to be narrowed. */
    static final int CANDIDATES = 1000;
    /** People born on one day, or sharing an NHS number, compared when someone is added. */
    static final int SAME_KEY_LIMIT = 200;

    private final SubjectStore subjects;
    private final SearchIndexStore index;
    private final SubjectAccess access;
    private final ReadLog reads;

    PeopleSearch(SubjectStore subjects, SearchIndexStore index, SubjectAccess access, ReadLog reads) {
        this.subjects = subjects;
        this.index = index;
        this.access = access;
        this.reads = reads;
    }

    /**
     * One page of the people matching what was typed: the one whose reference it is first, then the best matches.
     * Every person shown is a read of their record, and recorded as one (ADR 0080).
     */
    @Transactional(readOnly = true)
    public Page<Subject> search(Actor actor, String text, PageRequest page) {
        if (text == null || text.isBlank()) {
            throw InvalidRequestException.of("q", "required", "Enter a name, date of birth, reference or NHS number");
        }
        if (text.length() > SearchTerms.MAX_LENGTH) {
            throw InvalidRequestException.of("q", "max-length", "Search must be " + SearchTerms.MAX_LENGTH + " characters or fewer");
        }
        SearchTerms terms = SearchTerms.read(text);
        Set<UUID> found = new LinkedHashSet<>();
        if (terms.reference().length() <= 50) {
            subjects.byReference(actor.organisationId(), terms.reference()).ifPresent(s -> found.add(s.id()));
        }
        found.addAll(index.search(actor.organisationId(), SearchKeys.query(terms), CANDIDATES));
        Set<UUID> visible = access.visibleTo(actor, found);
        List<UUID> shown = found.stream().filter(visible::contains).toList();
        Page<UUID> ids = Page.of(shown, page);
        List<Subject> people = subjects.findAll(ids.items());
        people.forEach(s -> reads.read(actor, RecordKind.PERSON, s.id(), s.id(), s.organisationId(), ReadHow.VIEWED));
        return new Page<>(people, ids.number(), ids.size(), ids.total());
    }

    /**
     * People already recorded in the caller's organisation who are likely the person described: the same NHS number,
     * or the same date of birth and a similar name ({@link LikelySamePerson}).
     */
    @Transactional(readOnly = true)
    public List<SamePersonCandidate> likelySame(Actor actor, String name, LocalDate bornOn, String nhsNumber) {
        LikelySamePerson.Details adding = new LikelySamePerson.Details(name, bornOn, nhsNumber);
        Set<UUID> ids = new LinkedHashSet<>();
        for (SearchKeys.Key key : SearchKeys.of(null, bornOn, nhsNumber)) {
            ids.addAll(index.withKey(actor.organisationId(), key, SAME_KEY_LIMIT));
        }
        List<Subject> found = subjects.findAll(List.copyOf(ids));
        Set<UUID> visible = access.visibleTo(actor, ids);
        List<SamePersonCandidate> candidates = new ArrayList<>();
        for (Subject s : found) {
            Optional<LikelySamePerson.Reason> reason = LikelySamePerson.judge(adding,
                    new LikelySamePerson.Details(s.name(), s.dateOfBirth(), s.nhsNumber()));
            reason.ifPresent(r -> candidates.add(SamePersonCandidate.of(s, r, visible.contains(s.id()))));
        }
        candidates.stream().filter(SamePersonCandidate::visible)
                .forEach(c -> reads.read(actor, RecordKind.PERSON, c.id(), c.id(), actor.organisationId(), ReadHow.VIEWED));
        return candidates;
    }

    /** The organisation's people born on the day given, opened only for those indexed under that day. */
    @Transactional(readOnly = true)
    public List<Subject> bornOn(UUID organisationId, LocalDate day) {
        List<UUID> ids = index.withKey(organisationId, new SearchKeys.Key(SearchKeys.Kind.BORN, day.toString()), SAME_KEY_LIMIT);
        return subjects.findAll(ids).stream().filter(s -> day.equals(s.dateOfBirth())).toList();
    }
}
