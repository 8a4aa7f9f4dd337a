package org.infoshare.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.infoshare.agreement.AgreementCommands.FileFormat;
import org.infoshare.ledger.LedgerEvent;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;

/**
 * Every ledger entry the agreement module writes, in one place: the action, the agreement it is about, who
 * acted for which organisation, and details that are ids, codes, counts and dates only (never the text).
 */
final class AgreementEvents {

    private AgreementEvents() {
    }

    static LedgerEvent created(Actor actor, UUID id, String reference, int catalogueVersion) {
        return event("agreement.created", actor, id).detail("version", 1).detail("reference", reference)
                .detail("catalogueVersion", catalogueVersion).build();
    }

    /** @param sections the keys of the sections that changed, or "none" */
    static LedgerEvent draftSaved(Actor actor, UUID id, int version, int revision, String sections, int catalogueVersion) {
        return event("agreement.draft-saved", actor, id).detail("version", version).detail("revision", revision)
                .detail("sections", sections).detail("catalogueVersion", catalogueVersion).build();
    }

    static LedgerEvent submitted(Actor actor, UUID id, int version, int parties) {
        return event("agreement.submitted", actor, id).detail("version", version).detail("parties", parties).build();
    }

    static LedgerEvent reopened(Actor actor, UUID id, int version, int signaturesVoided) {
        return event("agreement.reopened", actor, id).detail("version", version).detail("signaturesVoided", signaturesVoided).build();
    }

    static LedgerEvent signed(Actor actor, UUID id, int version, Role capacity) {
        return event("agreement.signed", actor, id).detail("version", version).detail("capacity", capacity)
                .detail("party", actor.organisationId()).build();
    }

    static LedgerEvent superseded(Actor actor, UUID id, int version, int by) {
        return event("agreement.superseded", actor, id).detail("version", version).detail("by", by).build();
    }

    static LedgerEvent activated(Actor actor, UUID id, int version, LocalDate effectiveFrom, int signatures) {
        return event("agreement.activated", actor, id).detail("version", version).detail("effectiveFrom", effectiveFrom)
                .detail("signatures", signatures).build();
    }

    /** @param cause what started it: "request", "review" or "import" */
    static LedgerEvent amendmentStarted(Actor actor, UUID id, int version, int amends, String cause) {
        return event("agreement.amendment-started", actor, id).detail("version", version).detail("amends", amends)
                .detail("cause", cause).build();
    }

    static LedgerEvent reviewed(Actor actor, UUID id, Agreement.Review review) {
        return event("agreement.reviewed", actor, id).detail("version", review.version()).detail("cycle", review.cycle())
                .detail("dueOn", review.dueOn()).detail("reviewedOn", review.reviewedOn()).detail("outcome", review.outcome()).build();
    }

    static LedgerEvent terminated(Actor actor, UUID id, List<Integer> versions, LocalDate terminatedOn) {
        return event("agreement.terminated", actor, id).detail("versions", versions.stream().map(String::valueOf)
                .collect(Collectors.joining(","))).detail("terminatedOn", terminatedOn).build();
    }

    static LedgerEvent published(Actor actor, UUID id, int version) {
        return event("agreement.published", actor, id).detail("version", version).build();
    }

    static LedgerEvent imported(Actor actor, UUID id, int version, FileFormat format, int catalogueVersion, int items) {
        return event("agreement.imported", actor, id).detail("version", version).detail("format", format)
                .detail("catalogueVersion", catalogueVersion).detail("items", items).build();
    }

    static LedgerEvent dpiaScreened(Actor actor, UUID id, int version, boolean fullRequired, int criteria) {
        return event("agreement.dpia.screened", actor, id).detail("version", version).detail("fullRequired", fullRequired)
                .detail("criteria", criteria).build();
    }

    static LedgerEvent dpiaAssessed(Actor actor, UUID id, int version, boolean complete, Dpia.RiskLevel residualRisk) {
        return event("agreement.dpia.assessed", actor, id).detail("version", version).detail("complete", complete)
                .detail("residualRisk", residualRisk).build();
    }

    static LedgerEvent dpiaSignedOff(Actor actor, UUID id, int version) {
        return event("agreement.dpia.signed-off", actor, id).detail("version", version).build();
    }

    private static LedgerEvent.Builder event(String action, Actor actor, UUID agreementId) {
        return LedgerEvent.of(action, "agreement", agreementId).actor(actor.userId()).organisation(actor.organisationId());
    }
}
