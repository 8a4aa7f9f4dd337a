package org.infoshare.incident;

import java.util.Set;

import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;

/**
 * Who may see an incident, and how much. The organisation whose incident it is: its Data Protection Officer and
 * Caldicott Guardian handle it, its auditors read it. The person who reported it follows their own report. A
 * party told of it sees what it was told and the coordination. Anyone else is told it does not exist.
 */
public enum IncidentAccess {
    HANDLER, READER, REPORTER, PARTY_HANDLER, PARTY_READER;

    /** Information governance: those who assess incidents and decide about telling the ICO. */
    static final Set<Role> HANDLERS = Set.of(Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN);
    static final Set<Role> READERS = Set.of(Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.AUDITOR);

    static boolean handles(Actor actor) {
        return HANDLERS.stream().anyMatch(actor::hasRole);
    }

    static boolean reads(Actor actor) {
        return READERS.stream().anyMatch(actor::hasRole);
    }

    /** The owner's own view: everything recorded. */
    public boolean owner() {
        return this == HANDLER || this == READER;
    }

    public boolean party() {
        return this == PARTY_HANDLER || this == PARTY_READER;
    }

    /** May take the next step: the owner's handlers on their incident, a party's handlers on their part. */
    public boolean acts() {
        return this == HANDLER || this == PARTY_HANDLER;
    }
}
