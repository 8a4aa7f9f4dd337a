package org.infoshare.decision;

import java.util.List;

import org.infoshare.decision.rules.Outcome;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Team;
import org.infoshare.shared.Actor;
import org.springframework.stereotype.Component;

import static org.infoshare.shared.Role.MANAGER;
import static org.infoshare.shared.Role.PRACTITIONER;

/**
 * Whom a completed decision to share is sent to, named as the practitioner knows them (the team, else the
 * organisation), or nothing where there is nothing to send: the outcome pages offer "Send securely to …" from it,
 * for one person's decision and for each member of a family's.
 */
@Component
class SendTarget {

    private final DirectoryLookup directory;

    SendTarget(DirectoryLookup directory) {
        this.directory = directory;
    }

    /** The recipient's name, or null where the actor may not send on this decision or it does not share. */
    String name(Actor actor, RecordedDecision decision) {
        if (!actor.hasAnyRole(PRACTITIONER, MANAGER) || !decision.completed() || decision.outcome() != Outcome.SHARE) {
            return null;
        }
        String organisation = directory.names(List.of()).get(decision.recipientOrganisationId());
        if (decision.recipientTeamId() == null) {
            return organisation;
        }
        return directory.team(decision.recipientTeamId()).map(Team::name).orElse(organisation);
    }
}
