package org.infoshare.subject;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.infoshare.readlog.ReadHow;
import org.infoshare.readlog.ReadLog;
import org.infoshare.readlog.RecordKind;
import org.infoshare.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's page as the caller may see it: their details, the family members the caller may see, and the
 * chronology of everything recorded about them, newest first. Opening it is a read of their record, recorded in the
 * read log (ADR 0080) as opening a disclosure is.
 */
@Service
public class PersonView {

    /** Entries shown on the page; the owning lists hold the rest. */
    static final int HISTORY_LIMIT = 100;

    /** What the caller sees of a person. */
    public record Seen(Family family, List<HistoryEntry> history) {
    }

    private final Subjects subjects;
    private final List<PersonHistory> histories;
    private final ReadLog reads;

    PersonView(Subjects subjects, List<PersonHistory> histories, ReadLog reads) {
        this.subjects = subjects;
        this.histories = List.copyOf(histories);
        this.reads = reads;
    }

    @Transactional(readOnly = true)
    public Seen open(Actor actor, UUID id) {
        Family family = subjects.familyAsSeenBy(actor, id);
        Subject person = family.person();
        List<HistoryEntry> history = new ArrayList<>();
        histories.forEach(h -> history.addAll(h.about(actor, person)));
        history.sort(Comparator.comparing(HistoryEntry::at).reversed());
        reads.read(actor, RecordKind.PERSON, person.id(), person.id(), person.organisationId(), ReadHow.VIEWED);
        return new Seen(family, history.stream().limit(HISTORY_LIMIT).toList());
    }
}
