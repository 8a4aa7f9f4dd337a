package org.infoshare.consent;

import java.util.List;

import org.infoshare.shared.Actor;
import org.infoshare.subject.HistoryEntry;
import org.infoshare.subject.PersonHistory;
import org.infoshare.subject.Subject;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A person's consent records, for their page's chronology: given, refused, withdrawn or expired, and by whom. */
@Component
class ConsentHistory implements PersonHistory {

    private final ConsentRegister consents;

    ConsentHistory(ConsentRegister consents) {
        this.consents = consents;
    }

    @Override
    @Transactional(readOnly = true)
    public List<HistoryEntry> about(Actor actor, Subject person) {
        return consents.forSubject(actor, person.id()).stream()
                .map(c -> new HistoryEntry(c.givenAt() == null ? c.recordedAt() : c.givenAt(), "Consent",
                        "Consent " + c.status().label().toLowerCase(java.util.Locale.ROOT)
                                + (c.giverName() == null || c.giverName().isBlank() ? "" : " by " + c.giverName())
                                + (c.purposes().isEmpty() ? "" : " for " + c.purposes().stream().map(p -> p.label().toLowerCase(java.util.Locale.ROOT))
                                .sorted().reduce((a, b) -> a + ", " + b).orElse("")),
                        "/consents/" + c.id()))
                .toList();
    }
}
