package org.infoshare.linkage;

import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;

/**
 * Who may do what with a linkage (need to know, ADR 0071). Everything is within the linking organisation: its
 * analysts' team works with pairs, people and runs; its early help team works with the published families; its
 * Data Protection Officer and managers set linkages up and see their configuration, never a family.
 */
final class LinkageAccess {

    private LinkageAccess() {
    }

    /** Sets up linkages for the organisation. */
    static boolean administers(Actor actor) {
        return actor.hasAnyRole(Role.DATA_PROTECTION_OFFICER, Role.MANAGER);
    }

    /** Configures, runs, reviews and publishes. */
    static boolean analyses(Actor actor, LinkagePlan plan) {
        return actor.belongsTo(plan.organisationId()) && actor.isMemberOf(plan.analystTeamId())
                && actor.hasAnyRole(Role.PRACTITIONER, Role.MANAGER);
    }

    /** Works the published worklist (the analysts too: they produced it). */
    static boolean worksFamilies(Actor actor, LinkagePlan plan) {
        return analyses(actor, plan) || (actor.belongsTo(plan.organisationId()) && actor.isMemberOf(plan.worklistTeamId())
                && actor.hasAnyRole(Role.PRACTITIONER, Role.MANAGER));
    }

    /** Sees that the linkage exists and how it is configured. */
    static boolean sees(Actor actor, LinkagePlan plan) {
        return actor.belongsTo(plan.organisationId()) && (administers(actor) || analyses(actor, plan) || worksFamilies(actor, plan));
    }
}
