package org.infoshare.directory;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.infoshare.ledger.LedgerEvent;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;

/**
 * Every ledger entry the partnership directory writes, in one place. Details are ids, codes, counts and
 * dates: names, usernames, e-mail addresses and passwords never reach the ledger. Entries written by the
 * bootstrap and the demo data have no actor; those that create organisations and users say where they came from.
 */
final class DirectoryEvents {

    /** Where an entry with no actor came from. */
    enum Source { BOOTSTRAP, DEMO }

    private DirectoryEvents() {
    }

    // organisations and teams

    static LedgerEvent organisationCreated(Actor actor, UUID id, OrganisationType type, ControllerRole controllerRole) {
        return by(actor, "directory.organisation.created", "organisation", id, id)
                .detail("type", type).detail("controllerRole", controllerRole).build();
    }

    static LedgerEvent organisationCreated(Source source, UUID id, OrganisationType type, ControllerRole controllerRole) {
        LedgerEvent.Builder event = LedgerEvent.of("directory.organisation.created", "organisation", id).organisation(id)
                .detail("type", type);
        if (controllerRole != null) {
            event.detail("controllerRole", controllerRole);
        }
        return event.detail("source", source.name().toLowerCase()).build();
    }

    static LedgerEvent organisationUpdated(Actor actor, UUID id, int fromVersion) {
        return by(actor, "directory.organisation.updated", "organisation", id, id).detail("fromVersion", fromVersion).build();
    }

    static LedgerEvent assuranceAdded(Actor actor, UUID organisation, UUID assurance, AssuranceScheme scheme, LocalDate validUntil) {
        return by(actor, "directory.organisation.assurance-added", "organisation", organisation, organisation)
                .detail("assurance", assurance).detail("scheme", scheme).detail("validUntil", validUntil).build();
    }

    static LedgerEvent assuranceAdded(UUID organisation, UUID assurance, AssuranceScheme scheme) {
        return LedgerEvent.of("directory.organisation.assurance-added", "organisation", organisation).organisation(organisation)
                .detail("assurance", assurance).detail("scheme", scheme).build();
    }

    static LedgerEvent assuranceRemoved(Actor actor, UUID organisation, UUID assurance) {
        return by(actor, "directory.organisation.assurance-removed", "organisation", organisation, organisation)
                .detail("assurance", assurance).build();
    }

    static LedgerEvent teamCreated(Actor actor, UUID organisation, UUID team) {
        return by(actor, "directory.team.created", "team", team, organisation).build();
    }

    static LedgerEvent teamCreated(UUID organisation, UUID team) {
        return LedgerEvent.of("directory.team.created", "team", team).organisation(organisation).build();
    }

    static LedgerEvent teamUpdated(Actor actor, UUID organisation, UUID team) {
        return by(actor, "directory.team.updated", "team", team, organisation).build();
    }

    // staff and partner systems

    static LedgerEvent userCreated(Actor actor, UUID organisation, UUID user, Actor.Kind kind, Set<Role> roles, int teams) {
        return by(actor, "directory.user.created", "user", user, organisation)
                .detail("kind", kind).detail("roles", sorted(roles)).detail("teams", teams).build();
    }

    /** A user created by the bootstrap (its first administrator, with roles) or the demo data (without). */
    static LedgerEvent userCreated(Source source, UUID organisation, UUID user, Actor.Kind kind, Set<Role> roles) {
        LedgerEvent.Builder event = LedgerEvent.of("directory.user.created", "user", user).organisation(organisation).detail("kind", kind);
        if (roles != null) {
            event.detail("roles", sorted(roles)).detail("teams", 0);
        }
        return event.detail("source", source.name().toLowerCase()).build();
    }

    static LedgerEvent userUpdated(Actor actor, StaffMember member, Set<Role> roles, int teams) {
        return by(actor, "directory.user.updated", "user", member.id(), member.organisationId())
                .detail("roles", sorted(roles)).detail("teams", teams).build();
    }

    static LedgerEvent trainingRecorded(Actor actor, StaffMember member, DirectoryCommands.RecordTraining training) {
        return by(actor, "directory.user.training-recorded", "user", member.id(), member.organisationId())
                .detail("completedOn", training.completedOn()).detail("expiresOn", training.expiresOn()).build();
    }

    static LedgerEvent vettingRecorded(Actor actor, StaffMember member, DirectoryCommands.RecordVetting vetting) {
        return by(actor, "directory.user.vetting-recorded", "user", member.id(), member.organisationId())
                .detail("level", vetting.level()).detail("checkedOn", vetting.checkedOn()).detail("expiresOn", vetting.expiresOn()).build();
    }

    static LedgerEvent revoked(Actor actor, StaffMember member, RevocationReason reason) {
        return by(actor, "directory.user.revoked", "user", member.id(), member.organisationId()).detail("reason", reason).build();
    }

    static LedgerEvent revoked(UUID organisation, UUID user, RevocationReason reason) {
        return LedgerEvent.of("directory.user.revoked", "user", user).organisation(organisation).detail("reason", reason).build();
    }

    static LedgerEvent handedOver(Actor actor, StaffMember member, UUID colleague) {
        return by(actor, "directory.user.handed-over", "user", member.id(), member.organisationId()).detail("handOverTo", colleague).build();
    }

    static LedgerEvent revocationScheduled(Actor actor, StaffMember member, java.time.LocalDate on, RevocationReason reason, UUID handOverTo) {
        return by(actor, "directory.user.revocation-scheduled", "user", member.id(), member.organisationId())
                .detail("on", on).detail("reason", reason).detail("handOverTo", handOverTo).build();
    }

    static LedgerEvent reinstated(Actor actor, StaffMember member) {
        return by(actor, "directory.user.reinstated", "user", member.id(), member.organisationId()).build();
    }

    /** A new password: every other session of the member's has ended, and {@code tokensRevoked} of their API tokens are revoked. */
    static LedgerEvent passwordSet(Actor actor, StaffMember member, int tokensRevoked) {
        return by(actor, "directory.user.password-set", "user", member.id(), member.organisationId())
                .detail("self", actor.userId().equals(member.id()))
                .detail("sessionsEnded", true)
                .detail("tokensRevoked", tokensRevoked).build();
    }

    /** Too many failed proofs locked the account: written by no actor, as the sign-in itself failed. */
    static LedgerEvent locked(StaffMember member, int failures) {
        return LedgerEvent.of("directory.user.locked", "user", member.id()).organisation(member.organisationId())
                .detail("failures", failures).build();
    }

    static LedgerEvent unlocked(Actor actor, StaffMember member) {
        return by(actor, "directory.user.unlocked", "user", member.id(), member.organisationId()).build();
    }

    // the second step of signing in

    /** Someone set up a way to take the second step themselves: {@code kind} is "authenticator-app" or "passkey". */
    static LedgerEvent secondStepAdded(UUID user, UUID organisation, String kind) {
        return self("directory.user.second-step-added", user, organisation).detail("kind", kind).build();
    }

    static LedgerEvent secondStepRemoved(UUID user, UUID organisation, String kind) {
        return self("directory.user.second-step-removed", user, organisation).detail("kind", kind).build();
    }

    /** An administrator removed everything a member had for the second step: counts of what went. */
    static LedgerEvent secondStepReset(Actor actor, StaffMember member, boolean authenticatorApp, int passkeys, int recoveryCodes) {
        return by(actor, "directory.user.second-step-reset", "user", member.id(), member.organisationId())
                .detail("authenticatorApp", authenticatorApp).detail("passkeys", passkeys).detail("recoveryCodes", recoveryCodes)
                .build();
    }

    static LedgerEvent recoveryCodesIssued(Actor actor, int count) {
        return self("directory.user.recovery-codes-issued", actor.userId(), actor.organisationId()).detail("count", count).build();
    }

    static LedgerEvent secondStepTaken(Actor actor, String method) {
        return self("access.second-step", actor.userId(), actor.organisationId()).detail("method", method).build();
    }

    static LedgerEvent twoStepRolesSet(Actor actor, UUID organisation, Set<Role> roles) {
        return by(actor, "directory.organisation.two-step-roles-set", "organisation", organisation, organisation)
                .detail("roles", sorted(roles)).build();
    }

    // signing in and tokens

    static LedgerEvent identityLinked(StaffMember member, String issuer) {
        return LedgerEvent.of("directory.user.identity-linked", "user", member.id())
                .actor(member.id()).organisation(member.organisationId()).detail("issuer", issuer).build();
    }

    static LedgerEvent signedIn(StaffMember member, String method) {
        return LedgerEvent.of("access.signed-in", "user", member.id())
                .actor(member.id()).organisation(member.organisationId()).detail("method", method).build();
    }

    static LedgerEvent tokenIssued(Actor actor, StaffMember owner, UUID token, LocalDate expiresOn) {
        return by(actor, "directory.token.issued", "api-token", token, owner.organisationId())
                .detail("user", owner.id()).detail("expiresOn", expiresOn).build();
    }

    static LedgerEvent tokenRevoked(Actor actor, StaffMember owner, UUID token) {
        return by(actor, "directory.token.revoked", "api-token", token, owner.organisationId()).detail("user", owner.id()).build();
    }

    /** An entry about a user written by that user. */
    private static LedgerEvent.Builder self(String action, UUID user, UUID organisation) {
        return LedgerEvent.of(action, "user", user).actor(user).organisation(organisation);
    }

    private static LedgerEvent.Builder by(Actor actor, String action, String subjectType, UUID subject, UUID organisation) {
        return LedgerEvent.of(action, subjectType, subject).actor(actor.userId()).organisation(organisation);
    }

    private static String sorted(Set<Role> roles) {
        return roles.stream().map(Enum::name).sorted().reduce((a, b) -> a + "," + b).orElse("");
    }
}
