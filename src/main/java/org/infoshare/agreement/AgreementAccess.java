package org.infoshare.agreement;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.ForbiddenException;
import org.infoshare.shared.problem.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may read and change an agreement, for every agreement service. Parties' staff read their agreements
 * in full; other signed-in staff read agreements that have been in force, without drafts; anything else is
 * not found. Changes are made by the governance roles of a party, under the agreement's row lock.
 */
@Component
class AgreementAccess {

    static final Set<Role> GOVERNANCE = Set.of(Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR);
    static final Set<Role> SIGNATORIES = Set.of(Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN);

    private final AgreementStore store;

    AgreementAccess(AgreementStore store) {
        this.store = store;
    }

    Agreement get(Actor actor, UUID id) {
        return store.agreement(id).flatMap(a -> visible(actor, a)).orElseThrow(() -> new NotFoundException("Agreement"));
    }

    /** Locks the agreement's row and reads it as the actor may see it. */
    Agreement locked(Actor actor, UUID id) {
        store.lock(id);
        return get(actor, id);
    }

    /** Locked, visible to the actor, who must be a governance role of a party. */
    Agreement governed(Actor actor, UUID id) {
        Agreement agreement = locked(actor, id);
        requireParty(actor, agreement);
        requireRole(actor, GOVERNANCE, "Only a party's Data Protection Officers and partnership administrators change an agreement");
        return agreement;
    }

    static Optional<Agreement> visible(Actor actor, Agreement agreement) {
        if (isParty(actor, agreement)) {
            return Optional.of(agreement);
        }
        return agreement.everInForce() ? Optional.of(agreement.withoutPending()) : Optional.empty();
    }

    static boolean isParty(Actor actor, Agreement agreement) {
        return agreement.hasParty(actor.organisationId());
    }

    static void requireParty(Actor actor, Agreement agreement) {
        if (!isParty(actor, agreement)) {
            throw new ForbiddenException(actor.organisationName() + " is not a party to this agreement");
        }
    }

    static void requireRole(Actor actor, Set<Role> roles, String reason) {
        if (roles.stream().noneMatch(actor::hasRole)) {
            throw new ForbiddenException(reason);
        }
    }

    /** The version being drafted; changing anything else is a conflict that says what to do instead. */
    static Agreement.Version draft(Agreement agreement) {
        return agreement.draft()
                .orElseThrow(() -> new ConflictException("status", "not-draft",
                        agreement.pending().isPresent() ? "The version is awaiting signatures: take it back to draft to change it"
                                : "No version of this agreement is being drafted: start an amendment to change it"));
    }
}
