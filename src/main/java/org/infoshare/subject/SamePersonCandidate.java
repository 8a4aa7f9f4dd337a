package org.infoshare.subject;

import java.util.UUID;

import org.infoshare.subject.rules.LikelySamePerson;

/**
 * Someone already recorded who is likely the person being added. Their details are given only to a caller who may
 * see them (ADR 0048); to anyone else the organisation's record of them is only said to exist, with the way to
 * look (break glass), because a duplicate record of the same child is the worse harm.
 *
 * @param person their record, or null when the caller does not work with them
 */
public record SamePersonCandidate(UUID id, LikelySamePerson.Reason reason, String why, Subject person) {

    static SamePersonCandidate of(Subject found, LikelySamePerson.Reason reason, boolean visible) {
        return new SamePersonCandidate(found.id(), reason, reason.label(), visible ? found : null);
    }

    public boolean visible() {
        return person != null;
    }
}
