package org.infoshare.delivery;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.infoshare.consent.WithdrawalNotice;
import org.infoshare.ledger.LedgerEvent;
import org.infoshare.ledger.LedgerRecord;
import org.infoshare.shared.Actor;

/**
 * Every ledger entry secure delivery writes, in one place. Details are ids, item codes, counts and dates:
 * what was disclosed, protected identities and reasons never reach the ledger.
 */
final class DeliveryEvents {

    private DeliveryEvents() {
    }

    static LedgerEvent sent(Actor actor, Disclosure disclosure, List<DisclosureStore.StoredItem> items, int protectedIdentities,
                            LocalDate accessUntil) {
        return event("delivery.disclosure.sent", "disclosure", disclosure.id(), actor)
                .detail("decision", disclosure.decisionId())
                .detail("recipient", disclosure.recipientOrganisationId())
                .detail("team", disclosure.recipientTeamId()).detail("person", disclosure.recipientUserId())
                .detail("items", abbreviate(String.join(",", items.stream().map(DisclosureStore.StoredItem::code).toList())))
                .detail("opinions", items.stream().filter(i -> i.kind() == ItemKind.OPINION).count())
                .detail("notToSubject", items.stream().filter(DisclosureStore.StoredItem::notToSubject).count())
                .detail("protectedIdentities", protectedIdentities)
                .detail("accessUntil", accessUntil)
                .build();
    }

    /**
     * Readdressed from someone whose access ended to the colleague who took over ({@code to}), or, where that colleague
     * is not in the team the decision named, to that team ({@code toTeam}).
     */
    static LedgerEvent readdressed(UUID organisation, UUID by, UUID disclosure, UUID from, UUID to, UUID toTeam) {
        return LedgerEvent.of("delivery.disclosure.readdressed", "disclosure", disclosure).actor(by).organisation(organisation)
                .detail("from", from).detail("to", to).detail("toTeam", toTeam).build();
    }

    static LedgerEvent viewedBySender(Actor actor, UUID disclosure) {
        return event("delivery.disclosure.viewed-by-sender", "disclosure", disclosure, actor).build();
    }

    /** An open, download or print by a recipient: {@code action} is the access's own ("delivery.disclosure.opened" and so on). */
    static LedgerEvent read(Actor actor, Disclosure disclosure, String action, boolean identitiesWithheld) {
        return event(action, "disclosure", disclosure.id(), actor)
                .detail("sender", disclosure.senderOrganisationId())
                .detail("withheldIdentities", identitiesWithheld ? 1 : 0)
                .build();
    }

    /** A refused read, for the sending organisation's trail rather than the caller's (ADR 0047). */
    static LedgerEvent accessRefused(Actor actor, Disclosure disclosure, String reason) {
        return LedgerEvent.of("delivery.disclosure.access-refused", "disclosure", disclosure.id())
                .actor(actor.userId()).organisation(disclosure.senderOrganisationId())
                .detail("reason", reason).detail("from", actor.organisationId()).build();
    }

    static LedgerEvent withdrawn(Actor actor, UUID disclosure, UUID breach, boolean opened) {
        return event("delivery.disclosure.withdrawn", "disclosure", disclosure, actor)
                .detail("breach", breach).detail("openedBeforeWithdrawal", opened).build();
    }

    static LedgerEvent breachRecorded(Actor actor, UUID breach, UUID disclosure, boolean opened) {
        return event("delivery.breach.recorded", "potential-breach", breach, actor)
                .detail("disclosure", disclosure).detail("openedBeforeWithdrawal", opened).build();
    }

    static LedgerEvent itemCorrected(Actor actor, Disclosure disclosure, String code) {
        return event("delivery.disclosure.item-corrected", "disclosure", disclosure.id(), actor).detail("item", code).build();
    }

    static LedgerEvent subjectAccessRead(Actor actor, UUID subject, int disclosures) {
        return event("delivery.disclosure.subject-access-read", "subject", subject, actor).detail("disclosures", disclosures).build();
    }

    /** A consent-withdrawal notice delivered: recorded against the disclosure it concerns, if any. */
    static LedgerEvent noticeDelivered(Actor actor, DeliveryNotice delivered, WithdrawalNotice notice) {
        return event("delivery.notice.delivered", delivered.disclosureId() != null ? "disclosure" : "delivery-notice",
                delivered.disclosureId() != null ? delivered.disclosureId() : delivered.id(), actor)
                .detail("notice", delivered.id()).detail("withdrawalNotice", notice.id()).detail("consent", notice.consentId())
                .detail("recipient", delivered.recipientOrganisationId())
                .build();
    }

    static LedgerEvent noticeOpened(Actor actor, UUID notice) {
        return event("delivery.notice.opened", "delivery-notice", notice, actor).build();
    }

    static LedgerEvent noticeAcknowledged(Actor actor, DeliveryNotice notice) {
        return event("delivery.notice.acknowledged", "delivery-notice", notice.id(), actor)
                .detail("sender", notice.senderOrganisationId()).build();
    }

    static LedgerEvent notificationQueued(UUID notification, UUID recipientOrganisationId, UUID recipientUserId, Waiting waiting) {
        return LedgerEvent.of("delivery.notification.queued", "notification", notification)
                .organisation(recipientOrganisationId)
                .detail("recipient", recipientUserId).detail("waiting", waiting)
                .build();
    }

    static LedgerEvent notificationEmailed(UUID notification, UUID organisation, UUID recipient) {
        return LedgerEvent.of("delivery.notification.emailed", "notification", notification)
                .organisation(organisation).detail("recipient", recipient).build();
    }

    /** An entry about a disclosure in words, for its access history; null for one the history does not show. */
    static String describe(LedgerRecord entry) {
        return switch (entry.action()) {
            case "delivery.disclosure.sent" -> "Sent";
            case "delivery.disclosure.opened" -> "Opened";
            case "delivery.disclosure.downloaded" -> "Downloaded";
            case "delivery.disclosure.printed" -> "Printed";
            case "delivery.disclosure.viewed-by-sender" -> "Viewed by the sender";
            case "delivery.disclosure.withdrawn" -> "Withdrawn by the sender";
            case "delivery.disclosure.access-refused" -> "Refused: " + switch (entry.details().getOrDefault("reason", "")) {
                case "not-named-recipient" -> "not the named person or team";
                case "other-organisation" -> "another organisation";
                case "withdrawn" -> "withdrawn";
                case "expired" -> "access had ended";
                case "sender-not-recipient" -> "the sender cannot download or print";
                default -> "no access";
            };
            case "delivery.notice.delivered" -> "Consent withdrawal notice delivered";
            default -> null;
        };
    }

    private static LedgerEvent.Builder event(String action, String subjectType, UUID subject, Actor actor) {
        return LedgerEvent.of(action, subjectType, subject).actor(actor.userId()).organisation(actor.organisationId());
    }

    private static String abbreviate(String value) {
        return value.length() <= LedgerEvent.MAX_DETAIL_LENGTH ? value : value.substring(0, LedgerEvent.MAX_DETAIL_LENGTH - 1) + "…";
    }
}
