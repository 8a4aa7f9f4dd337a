package org.infoshare.delivery;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.infoshare.shared.Actor;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.infoshare.subject.Subject;
import org.infoshare.subject.Subjects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recipient's inbox as a busy practitioner reads it: who each disclosure is about, how urgent the sender's
 * decision said it was, and whether it has been dealt with (opened), the urgent and unopened first. Only disclosures
 * addressed to the reader or their team are listed, and they are exactly the people entitled to open them
 * ({@code DisclosureAccess}, ADR 0030), so the person's name is theirs to see.
 */
@Service
public class Inbox {

    /** One disclosure in the inbox. */
    public record Entry(Disclosure disclosure, String about, String urgency) {

        /** Immediate or urgent. */
        public boolean urgent() {
            return "IMMEDIATE".equals(urgency) || "URGENT".equals(urgency);
        }

        public String urgencyLabel() {
            return urgency == null ? "Not stated" : switch (urgency) {
                case "IMMEDIATE" -> "Immediate";
                case "URGENT" -> "Urgent";
                default -> "Routine";
            };
        }

        /** Still to be dealt with: neither opened, withdrawn nor past its access date. */
        public boolean waiting(LocalDate today) {
            return disclosure.firstOpenedAt() == null && !disclosure.withdrawn() && !disclosure.expiredOn(today);
        }

        int rank() {
            return "IMMEDIATE".equals(urgency) ? 0 : "URGENT".equals(urgency) ? 1 : 2;
        }
    }

    private final DisclosureLists lists;
    private final DisclosureStore store;
    private final Subjects subjects;

    Inbox(DisclosureLists lists, DisclosureStore store, Subjects subjects) {
        this.lists = lists;
        this.store = store;
        this.subjects = subjects;
    }

    /**
     * One page of the inbox, narrowed and paged on the server: waiting ones first (urgent before routine), then the
     * rest; newest first within each; each with who it is about.
     */
    @Transactional(readOnly = true)
    public Page<Entry> page(Actor actor, ListFilter filter, PageRequest request) {
        Page<Disclosure> page = lists.inbox(actor, filter, true, request);
        Map<UUID, String> urgencies = store.urgencies(page.items().stream().map(Disclosure::id).toList());
        List<Entry> named = named(page.items().stream().map(d -> new Entry(d, null, urgencies.get(d.id()))).toList(), Integer.MAX_VALUE);
        return new Page<>(named, page.number(), page.size(), page.total());
    }

    /**
     * The first {@code named} of those still to be dealt with, urgent first and saying who they are about, and how
     * many there are in all: counted in SQL, however many there are (ADR 0017).
     */
    @Transactional(readOnly = true)
    public Page<Entry> waiting(Actor actor, LocalDate today, int named) {
        Page<Disclosure> page = store.addressedTo(actor.organisationId(), actor.userId(), actor.teamIds(), today, "WAITING", null,
                ListFilter.NONE, true, new PageRequest(1, named));
        Map<UUID, String> urgencies = store.urgencies(page.items().stream().map(Disclosure::id).toList());
        List<Entry> entries = named(page.items().stream().map(d -> new Entry(d, null, urgencies.get(d.id()))).toList(), named);
        return new Page<>(entries, page.number(), page.size(), page.total());
    }

    // Names are sealed under each person's key: opened only for the entries shown.
    private List<Entry> named(List<Entry> entries, int named) {
        List<Entry> result = new java.util.ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            result.add(i >= named ? e : new Entry(e.disclosure(),
                    subjects.find(e.disclosure().subjectId()).map(Subject::name).orElse("Not known"), e.urgency()));
        }
        return result;
    }
}
