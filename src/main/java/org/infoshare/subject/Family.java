package org.infoshare.subject;

import java.util.List;
import java.util.UUID;

/**
 * A person and the household or family they are linked to: everyone reachable through links, each with how they
 * are related to the person where they are linked directly.
 *
 * @param members  everyone else in the family, those linked to the person first
 * @param notShown family members left out because the caller does not work with them (need to know, ADR 0048)
 */
public record Family(Subject person, List<Member> members, int notShown) {

    public Family {
        members = List.copyOf(members);
    }

    /**
     * @param relationship how the member is related to the person, for a direct link; null for someone linked
     *                     through another member
     * @param through      for someone linked through another member, that member's id
     */
    public record Member(Subject subject, String relationship, UUID through) {
        public boolean direct() {
            return through == null;
        }
    }

    /** Everyone in the family, the person first. */
    public List<Subject> everyone() {
        List<Subject> all = new java.util.ArrayList<>(members.size() + 1);
        all.add(person);
        members.forEach(m -> all.add(m.subject()));
        return all;
    }

    public boolean includes(UUID id) {
        return person.id().equals(id) || members.stream().anyMatch(m -> m.subject().id().equals(id));
    }
}
