package org.infoshare.directory;

import java.util.List;
import java.util.UUID;

/**
 * What a member of staff would leave behind if their access ended: things addressed to them that a colleague must
 * take over, teams with nobody else in them, and the colleagues who could take over (teammates first).
 */
public record LeftBehindView(List<LeaverHandover.LeftBehind> addressedToThem, List<EmptyTeam> teamsLeftEmpty, List<Colleague> colleagues) {

    public record EmptyTeam(UUID id, String name) {
    }

    public record Colleague(UUID id, String name) {
    }

    /** Whether revoking needs someone to take over. */
    public boolean needsAColleague() {
        return !addressedToThem.isEmpty();
    }
}
