package org.infoshare.security;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.infoshare.directory.ApiTokens;
import org.infoshare.directory.DirectoryCommands;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Organisation;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.ActorSource;
import org.infoshare.web.AccessRule;

/**
 * Everyone in the demo partnership who can use the API (people with current training, and partner systems), each
 * with an API token of their own: the callers the probes try operations as.
 */
final class Callers {

    /** One caller: who they are and the token that speaks for them. */
    record Caller(Actor actor, String token) {

        UUID organisationId() {
            return actor.organisationId();
        }

        boolean admittedBy(AccessRule rule) {
            return rule.decide(Optional.of(actor)) == AccessRule.Outcome.ALLOW;
        }

        @Override
        public String toString() {
            return actor.displayName() + " (" + actor.organisationName() + ", " + actor.roles() + ")";
        }
    }

    private final List<Caller> all;

    private Callers(List<Caller> all) {
        this.all = all;
    }

    static Callers of(DirectoryLookup directory, ActorSource actors, ApiTokens tokens) {
        List<Caller> all = new ArrayList<>();
        for (Organisation organisation : directory.organisations()) {
            for (DirectoryLookup.Person person : directory.people(organisation.id())) {
                Optional<Actor> actor = person.active() ? actors.activeActor(person.id()) : Optional.empty();
                if (actor.isEmpty() || !actor.get().trainingCurrent() && actor.get().kind() == Actor.Kind.PERSON) {
                    continue;
                }
                Actor someone = actor.get();
                Actor issuer = someone.kind() == Actor.Kind.SYSTEM ? administratorOf(directory, actors, organisation.id()) : someone;
                String token = tokens.issue(issuer, someone.userId(), new DirectoryCommands.IssueToken("probe " + UUID.randomUUID(),
                        LocalDate.now().plusDays(7))).secret();
                all.add(new Caller(someone, token));
            }
        }
        return new Callers(all);
    }

    private static Actor administratorOf(DirectoryLookup directory, ActorSource actors, UUID organisation) {
        return directory.people(organisation).stream().filter(p -> p.active() && p.roles().contains(Role.PARTNERSHIP_ADMINISTRATOR))
                .findFirst().flatMap(p -> actors.activeActor(p.id())).orElseThrow();
    }

    List<Caller> all() {
        return all;
    }

    /** One caller for each organisation, set of roles and set of teams. */
    List<Caller> representatives() {
        Map<String, Caller> one = new LinkedHashMap<>();
        all.forEach(c -> one.putIfAbsent(c.organisationId() + " " + new java.util.TreeSet<>(c.actor().roles()) + " "
                + new java.util.TreeSet<>(c.actor().teamIds()) + " " + c.actor().kind(), c));
        return List.copyOf(one.values());
    }

    List<Caller> in(UUID organisation) {
        return all.stream().filter(c -> c.organisationId().equals(organisation)).toList();
    }

    /** A caller of the organisation the rule admits, preferring the one given. */
    Optional<Caller> admitted(UUID organisation, AccessRule rule, Caller preferred) {
        if (preferred != null && preferred.organisationId().equals(organisation) && preferred.admittedBy(rule)) {
            return Optional.of(preferred);
        }
        return in(organisation).stream().filter(c -> c.admittedBy(rule)).findFirst();
    }

    /** A caller of the organisation the rule refuses for their roles (not for sign-in or training). */
    Optional<Caller> refused(UUID organisation, AccessRule rule) {
        return in(organisation).stream().filter(c -> c.actor().kind() == Actor.Kind.PERSON)
                .filter(c -> rule.decide(Optional.of(c.actor())) == AccessRule.Outcome.FORBIDDEN).findFirst();
    }

    /** A caller of another organisation the rule admits, with the same roles as the one given where there is one. */
    Optional<Caller> elsewhere(UUID organisation, AccessRule rule, Caller like) {
        List<Caller> candidates = all.stream().filter(c -> !c.organisationId().equals(organisation) && c.admittedBy(rule)).toList();
        Set<Role> roles = like == null ? Set.of() : like.actor().roles();
        return candidates.stream().filter(c -> c.actor().roles().equals(roles)).findFirst().or(() -> candidates.stream().findFirst());
    }
}
