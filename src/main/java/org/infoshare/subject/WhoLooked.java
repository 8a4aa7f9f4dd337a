package org.infoshare.subject;

import java.util.List;
import java.util.UUID;

/**
 * Who has looked at a person's information, one page at a time (ADR 0080).
 *
 * @param page  the page, from 1
 * @param total how many reads match, on every page
 */
public record WhoLooked(UUID personId, String name, List<PersonReads.Look> items, int page, int size, long total) {

    static WhoLooked of(PersonReads.Looked looked) {
        return new WhoLooked(looked.person().id(), looked.person().name(), looked.page().items(), looked.page().number(),
                looked.page().size(), looked.page().total());
    }
}
