package org.infoshare.delivery.rules;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Who may open a disclosure (002 §4.5, need to know): the named person, or a member of the named team, in the
 * recipient organisation, while access lasts; and the person who sent it. Nobody else, not colleagues in the
 * same organisation, not the sender's colleagues, not the recipient organisation's managers.
 */
public final class DisclosureAccess {

    private DisclosureAccess() {
    }

    public enum Outcome {
        RECIPIENT(true), SENDER(true),
        NOT_NAMED("not-named-recipient"), OTHER_ORGANISATION("other-organisation"),
        WITHDRAWN("withdrawn"), EXPIRED("expired");

        private final boolean allowed;
        private final String reason;

        Outcome(boolean allowed) {
            this.allowed = allowed;
            this.reason = null;
        }

        Outcome(String reason) {
            this.allowed = false;
            this.reason = reason;
        }

        public boolean allowed() {
            return allowed;
        }

        /** A stable code for the ledger when refused. */
        public String reason() {
            return reason;
        }
    }

    /** Who is asking. */
    public record Reader(UUID userId, UUID organisationId, Set<UUID> teamIds) {
    }

    /**
     * The facts about one disclosure that decide access.
     *
     * @param recipientTeamId set when addressed to a team
     * @param recipientUserId set when addressed to a named person
     * @param accessUntil     the last day the recipient may open it (UK date), or null for no limit
     */
    public record Addressed(UUID senderOrganisationId, UUID sentBy, UUID recipientOrganisationId, UUID recipientTeamId,
                            UUID recipientUserId, LocalDate accessUntil, boolean withdrawn) {
    }

    public static Outcome decide(Reader reader, Addressed disclosure, LocalDate today) {
        if (reader.userId().equals(disclosure.sentBy()) && reader.organisationId().equals(disclosure.senderOrganisationId())) {
            return Outcome.SENDER;
        }
        if (!reader.organisationId().equals(disclosure.recipientOrganisationId())) {
            return Outcome.OTHER_ORGANISATION;
        }
        boolean named = disclosure.recipientUserId() != null
                ? disclosure.recipientUserId().equals(reader.userId())
                : disclosure.recipientTeamId() != null && reader.teamIds().contains(disclosure.recipientTeamId());
        if (!named) {
            return Outcome.NOT_NAMED;
        }
        if (disclosure.withdrawn()) {
            return Outcome.WITHDRAWN;
        }
        if (disclosure.accessUntil() != null && today.isAfter(disclosure.accessUntil())) {
            return Outcome.EXPIRED;
        }
        return Outcome.RECIPIENT;
    }
}
