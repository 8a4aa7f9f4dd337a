package org.infoshare.delivery;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

import org.infoshare.shared.UkCalendar;

/** The downloadable rendering of a recipient's view: plain text, identities withheld, fact and opinion marked. */
final class DisclosureText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm").withZone(UkCalendar.ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private DisclosureText() {
    }

    /** The addressee as a phrase: the named person or the team, then their organisation. */
    static String addressee(Disclosure d, Map<UUID, String> names) {
        String organisation = names.getOrDefault(d.recipientOrganisationId(), "");
        String who = d.recipientUserId() != null ? names.getOrDefault(d.recipientUserId(), "a named person")
                : names.getOrDefault(d.recipientTeamId(), "a team") + " team";
        return who + ", " + organisation;
    }

    static String render(DisclosureView view, String from, String to) {
        Disclosure d = view.disclosure();
        StringBuilder out = new StringBuilder();
        out.append("OFFICIAL-SENSITIVE: information shared for safeguarding. Keep it secure; share it only with those who need to know.\n\n");
        if (view.finding() != null) {
            out.append("DO NOT RELY ON THIS RECORD: it is not stored as the ledger recorded it (").append(view.finding().kind().words())
                    .append("). Do not act on it; tell your Data Protection Officer.\n\n");
        }
        out.append("Disclosure ").append(d.id()).append('\n');
        out.append("From: ").append(from).append('\n');
        out.append("To: ").append(to).append('\n');
        out.append("Sent: ").append(WHEN.format(d.sentAt())).append('\n');
        if (d.accessUntil() != null) {
            out.append("Access until: ").append(DAY.format(d.accessUntil())).append('\n');
        }
        out.append("Purpose: ").append(d.purpose().label()).append('\n');
        out.append("Lawful basis:\n");
        for (Disclosure.LawfulBasis basis : d.lawfulBasis()) {
            out.append("  - ").append(basis.citation()).append(": ").append(basis.title()).append('\n');
        }
        out.append(d.informPerson() ? "The person has been, or will be, told that this was shared.\n"
                : "The person has not been told that this was shared, for a reason the sender recorded: do not tell them.\n");
        for (DisclosedItem item : view.items()) {
            out.append("\n== ").append(item.label()).append(" ==\n");
            out.append(item.kind().label()).append(item.historical() ? ", historical" : "")
                    .append(item.notToSubject() ? "; NOT to be disclosed to the person it is about (serious harm)" : "").append('\n');
            if (item.historical() && item.historicalNote() != null) {
                out.append("Historical: ").append(item.historicalNote()).append('\n');
            }
            out.append(item.content()).append('\n');
        }
        return out.toString();
    }
}
