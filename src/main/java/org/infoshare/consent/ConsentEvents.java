package org.infoshare.consent;

import java.util.UUID;

import org.infoshare.ledger.LedgerEvent;
import org.infoshare.shared.Actor;

/**
 * Every ledger entry the consent register writes, in one place. Details are ids, codes and counts: who gave
 * consent, what they agreed and the giver's name never reach the ledger.
 */
final class ConsentEvents {

    private ConsentEvents() {
    }

    /** Consent given or refused. */
    static LedgerEvent recorded(Actor actor, UUID id, UUID subjectId, ConsentStatus status, ConsentCommands.RecordConsent command) {
        return LedgerEvent.of(status == ConsentStatus.GIVEN ? "consent.given" : "consent.refused", "consent", id)
                .actor(actor.userId()).organisation(actor.organisationId())
                .detail("subject", subjectId)
                .detail("givenBy", command.givenBy())
                .detail("explicit", command.explicit())
                .detail("medium", command.medium())
                .detail("purposes", command.purposes().stream().map(Enum::name).sorted().reduce((a, b) -> a + "," + b).orElse(""))
                .detail("recipients", command.recipients() == null ? 0 : command.recipients().size())
                .detail("validUntil", command.validUntil())
                .build();
    }

    static LedgerEvent withdrawn(Actor actor, ConsentRecord consent, int noticesRaised) {
        return LedgerEvent.of("consent.withdrawn", "consent", consent.id())
                .actor(actor.userId()).organisation(consent.organisationId())
                .detail("subject", consent.subjectId())
                .detail("noticesRaised", noticesRaised)
                .build();
    }

    static LedgerEvent noticeRaised(Actor actor, UUID notice, ConsentRecord consent, ConsentStore.Reliance reliance) {
        return LedgerEvent.of("consent.withdrawal-notice.raised", "consent-withdrawal-notice", notice)
                .actor(actor.userId()).organisation(consent.organisationId())
                .detail("consent", consent.id()).detail("decision", reliance.decisionId())
                .detail("recipient", reliance.recipientOrganisationId())
                .build();
    }

    static LedgerEvent noticeDone(Actor actor, WithdrawalNotice notice) {
        return LedgerEvent.of("consent.withdrawal-notice.done", "consent-withdrawal-notice", notice.id())
                .actor(actor.userId()).organisation(notice.holderOrganisationId())
                .detail("consent", notice.consentId()).detail("recipient", notice.recipientOrganisationId())
                .build();
    }

    static LedgerEvent reliedOn(Actor actor, ConsentRecord consent, UUID decisionId, UUID recipientOrganisationId) {
        return LedgerEvent.of("consent.relied-on", "consent", consent.id())
                .actor(actor.userId()).organisation(consent.organisationId())
                .detail("decision", decisionId).detail("recipient", recipientOrganisationId)
                .build();
    }
}
