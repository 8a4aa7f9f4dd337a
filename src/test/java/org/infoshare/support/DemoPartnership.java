package org.infoshare.support;

import java.time.LocalDate;
import java.util.UUID;

import org.infoshare.directory.ApiTokens;
import org.infoshare.directory.DirectoryCommands;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Organisation;
import org.infoshare.shared.Actor;
import org.infoshare.shared.access.ActorSource;
import org.springframework.boot.test.context.TestComponent;

/**
 * The demo partnership as test fixtures: its people as {@link Actor}s and API tokens, its organisations by
 * name. Usernames follow the README's table, e.g. {@code practitioner@westshire-council.example}.
 */
@TestComponent
public class DemoPartnership {

    public static final String COUNCIL_PRACTITIONER = "practitioner@westshire-council.example";
    public static final String COUNCIL_MANAGER = "manager@westshire-council.example";
    public static final String COUNCIL_ADMIN = "admin@westshire-council.example";
    public static final String COUNCIL_DPO = "dpo@westshire-council.example";
    public static final String COUNCIL_AUDITOR = "auditor@westshire-council.example";
    public static final String COUNCIL_LAPSED = "lapsed@westshire-council.example";
    public static final String COUNCIL_LEAVER = "leaver@westshire-council.example";
    public static final String POLICE_PRACTITIONER = "practitioner@westshire-police.example";
    public static final String POLICE_ADMIN = "admin@westshire-police.example";
    public static final String NHS_PRACTITIONER = "practitioner@westshire-nhs.example";
    public static final String PASSWORD = "share-safely-2026";

    private final ActorSource actors;
    private final ApiTokens tokens;
    private final DirectoryLookup directory;

    DemoPartnership(ActorSource actors, ApiTokens tokens, DirectoryLookup directory) {
        this.actors = actors;
        this.tokens = tokens;
        this.directory = directory;
    }

    public UUID userId(String username) {
        return actors.localAccount(username).orElseThrow(() -> new IllegalArgumentException("No active demo account " + username)).userId();
    }

    public Actor actor(String username) {
        return actors.activeActor(userId(username)).orElseThrow();
    }

    /** A fresh API token for the user, issued by themselves. */
    public String token(String username) {
        Actor actor = actor(username);
        return tokens.issue(actor, actor.userId(),
                new DirectoryCommands.IssueToken("test " + UUID.randomUUID(), LocalDate.now().plusDays(30))).secret();
    }

    public Organisation organisation(String name) {
        return directory.organisations().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }
}
