package org.infoshare.rights;

import java.util.ArrayList;
import java.util.List;

import org.infoshare.readlog.ReadHow;
import org.infoshare.readlog.ReadLog;
import org.infoshare.readlog.RecordKind;
import org.infoshare.shared.Actor;
import org.infoshare.subject.Subject;
import org.infoshare.subject.Subjects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidates for the person a request is about, from the platform's person search: the organisation's reference
 * for them, or their name and date of birth. Each candidate shown is a person's record read, and recorded as such.
 * A member of staff then confirms one, or that there is none; nothing is matched silently, even one exact hit.
 */
@Component
class PersonFinder {

    private final Subjects subjects;
    private final ReadLog reads;

    PersonFinder(Subjects subjects, ReadLog reads) {
        this.subjects = subjects;
        this.reads = reads;
    }

    @Transactional(readOnly = true)
    List<Subject> candidates(Actor actor, RightsRequest.PersonDescribed person) {
        List<Subject> found = new ArrayList<>();
        if (person.reference() != null) {
            subjects.byReference(actor, person.reference()).ifPresent(found::add);
        }
        for (Subject s : subjects.matching(actor, person.name(), person.dateOfBirth())) {
            if (found.stream().noneMatch(f -> f.id().equals(s.id()))) {
                found.add(s);
            }
        }
        for (Subject s : found) {
            reads.read(actor, RecordKind.PERSON, s.id(), s.id(), s.organisationId(), ReadHow.VIEWED);
        }
        return found;
    }
}
