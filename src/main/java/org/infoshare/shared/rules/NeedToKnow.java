package org.infoshare.shared.rules;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;

/**
 * Who within an organisation may see a person's record and every record about them (ADR 0048; 002 §4.5, need to
 * know). The organisation's information governance roles oversee every case; everyone else sees the people their
 * team works with, the people they have worked with themselves, and for a limited time a person whose records they
 * have recorded a reason to look at ("break glass", shown to the Data Protection Officer). Nobody outside the
 * organisation sees them at all.
 */
public final class NeedToKnow {

    /** Roles that oversee every case in their organisation: they answer subject access requests, audit and advise. */
    public static final Set<Role> OVERSEERS = Collections.unmodifiableSet(
            EnumSet.of(Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.AUDITOR));

    /** Roles that may break glass: those who work with cases (the overseers need not). */
    public static final Set<Role> MAY_BREAK_GLASS = Collections.unmodifiableSet(EnumSet.of(Role.PRACTITIONER, Role.MANAGER));

    private NeedToKnow() {
    }

    /** The verdict with its reason, a stable code. */
    public enum Outcome {
        OVERSEER(true, "overseer"),
        TEAM_INVOLVED(true, "team-involved"),
        PERSONALLY_INVOLVED(true, "personally-involved"),
        BREAK_GLASS(true, "break-glass"),
        ADDRESSED_TEAM(true, "addressed-team"),
        ADDRESSED_ORGANISATION(true, "addressed-organisation"),
        OTHER_ORGANISATION(false, "other-organisation"),
        NOT_INVOLVED(false, "not-involved"),
        NOT_ADDRESSED(false, "not-addressed");

        private final boolean allowed;
        private final String code;

        Outcome(boolean allowed, String code) {
            this.allowed = allowed;
            this.code = code;
        }

        public boolean allowed() {
            return allowed;
        }

        public String code() {
            return code;
        }
    }

    /** Who is asking. */
    public record Reader(UUID userId, UUID organisationId, Set<Role> roles, Set<UUID> teamIds) {

        public Reader {
            roles = Set.copyOf(roles);
            teamIds = Set.copyOf(teamIds);
        }

        public static Reader of(Actor actor) {
            return new Reader(actor.userId(), actor.organisationId(), actor.roles(), actor.teamIds());
        }

        public boolean oversees() {
            return roles.stream().anyMatch(OVERSEERS::contains);
        }
    }

    /**
     * What is known about who works with a person.
     *
     * @param organisationId       the organisation that holds the person's record
     * @param teams                the teams working with the person
     * @param people               the members of staff who have worked with the person themselves
     * @param glassBrokenByReader  the reader has recorded a reason to look that has not yet run out
     */
    public record Case(UUID organisationId, Set<UUID> teams, Set<UUID> people, boolean glassBrokenByReader) {

        public Case {
            teams = Set.copyOf(teams);
            people = Set.copyOf(people);
        }
    }

    /** May the reader see the person's record, and so every record about them? */
    public static Outcome person(Reader reader, Case known) {
        if (!reader.organisationId().equals(known.organisationId())) {
            return Outcome.OTHER_ORGANISATION;
        }
        if (reader.oversees()) {
            return Outcome.OVERSEER;
        }
        if (!Collections.disjoint(reader.teamIds(), known.teams())) {
            return Outcome.TEAM_INVOLVED;
        }
        if (known.people().contains(reader.userId())) {
            return Outcome.PERSONALLY_INVOLVED;
        }
        if (known.glassBrokenByReader()) {
            return Outcome.BREAK_GLASS;
        }
        return Outcome.NOT_INVOLVED;
    }

    /**
     * May the reader see a request for information another organisation sent to theirs? One addressed to a team is
     * for that team; one addressed to the organisation is its front door, open to those who pick up cases
     * (practitioners and managers). Whoever answers records a decision about the organisation's own record of the
     * person, which is then seen as that person's records are.
     */
    public static Outcome requestIn(Reader reader, UUID holderOrganisationId, UUID holderTeamId) {
        if (!reader.organisationId().equals(holderOrganisationId)) {
            return Outcome.OTHER_ORGANISATION;
        }
        if (reader.oversees()) {
            return Outcome.OVERSEER;
        }
        if (holderTeamId == null) {
            return reader.roles().stream().anyMatch(MAY_BREAK_GLASS::contains) ? Outcome.ADDRESSED_ORGANISATION : Outcome.NOT_ADDRESSED;
        }
        return reader.teamIds().contains(holderTeamId) ? Outcome.ADDRESSED_TEAM : Outcome.NOT_ADDRESSED;
    }

    /** May the reader record a reason to look at a person they cannot otherwise see? */
    public static boolean mayBreakGlass(Reader reader) {
        return reader.roles().stream().anyMatch(MAY_BREAK_GLASS::contains);
    }
}
