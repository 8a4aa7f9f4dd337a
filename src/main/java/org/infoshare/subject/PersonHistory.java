package org.infoshare.subject;

import java.util.List;

import org.infoshare.shared.Actor;

/**
 * What a module has recorded about a person, for their page's chronology. Each module that holds records about
 * people contributes one as a bean, reading through its own services, so the people module depends on none of them.
 * Only called for a person the caller may see; a module still applies its own stricter rules (a disclosure's
 * content, for instance, is for its named recipients).
 */
public interface PersonHistory {

    /** The entries about this person that the caller may see, in any order. */
    List<HistoryEntry> about(Actor actor, Subject person);
}
