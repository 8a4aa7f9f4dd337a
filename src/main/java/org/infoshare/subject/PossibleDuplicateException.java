package org.infoshare.subject;

import java.util.List;

import org.infoshare.shared.problem.ConflictException;

/** The person being added is likely someone already recorded; nothing was recorded until the caller says otherwise. */
public class PossibleDuplicateException extends ConflictException {

    private final List<SamePersonCandidate> candidates;

    PossibleDuplicateException(List<SamePersonCandidate> candidates) {
        super("confirmedDifferent", "likely-same-person",
                "Your organisation may already have this person: open their record, or confirm this is a different person");
        this.candidates = List.copyOf(candidates);
    }

    public List<SamePersonCandidate> candidates() {
        return candidates;
    }
}
