package org.infoshare.legal;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import org.infoshare.ledger.Ledger;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.ForbiddenException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The legal catalogue as versioned data. The built-in provisions load idempotently; Data Protection
 * Officers and partnership administrators add provisions (a newer statutory gateway, say), each addition a
 * new catalogue version in the ledger. Nothing is removed or changed: agreements cite codes.
 */
@Service
public class LegalCatalogue {

    private final LegalCatalogueStore store;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;

    LegalCatalogue(LegalCatalogueStore store, CommandValidator validator, Ledger ledger, Clock clock) {
        this.store = store;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CatalogueSnapshot current() {
        return new CatalogueSnapshot(store.currentVersion(), store.entries());
    }

    @Transactional(readOnly = true)
    public CatalogueEntry entry(String code) {
        return store.entry(code).orElseThrow(() -> new NotFoundException("Provision"));
    }

    /** Loads the built-in release if this database has not got it yet; returns how many provisions it added. */
    @Transactional
    public int loadBuiltIns() {
        store.lock();
        if (store.builtInReleaseLoaded(BuiltInProvisions.VERSION)) {
            return 0;
        }
        List<LegalProvision> missing = BuiltInProvisions.all().stream().filter(p -> !store.exists(p.code())).toList();
        int version = store.newVersion(null, BuiltInProvisions.VERSION, "BUILT_IN", clock.instant());
        missing.forEach(p -> store.insert(p, true, version, null, clock.instant()));
        long changed = BuiltInProvisions.all().stream().filter(p -> !missing.contains(p)).filter(store::refreshBuiltIn).count();
        ledger.record(LegalEvents.builtInLoaded(version, BuiltInProvisions.VERSION, missing.size(), changed));
        return missing.size() + (int) changed;
    }

    @Transactional
    public CatalogueEntry add(Actor actor, LegalCommands.AddProvision command) {
        if (!actor.hasAnyRole(Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR)) {
            throw new ForbiddenException("Only Data Protection Officers and partnership administrators extend the legal catalogue");
        }
        validator.check(command);
        store.lock();
        if (store.exists(command.code())) {
            throw new ConflictException("code", "unique", "The catalogue already has a provision with the code " + command.code()
                    + ": codes are never reused");
        }
        boolean citationTaken = store.entries().stream()
                .anyMatch(e -> e.provision().citation().equalsIgnoreCase(command.citation().strip()));
        if (citationTaken) {
            throw new ConflictException("citation", "unique", "The catalogue already has " + command.citation().strip());
        }
        int version = store.newVersion(actor.userId(), null, "ADDED", clock.instant());
        if (command.kind() == ProvisionKind.STATUTORY_GATEWAY && (command.holders() == null || command.holders().isEmpty())) {
            throw InvalidRequestException.of("holders", "required", "Select the kinds of organisation the gateway empowers");
        }
        LegalProvision provision = new LegalProvision(command.code(), command.kind(), command.citation().strip(),
                command.title().strip(), command.summary() == null || command.summary().isBlank() ? null : command.summary().strip(),
                command.kind() == ProvisionKind.STATUTORY_GATEWAY ? command.holders() : java.util.Set.of());
        store.insert(provision, false, version, actor.userId(), clock.instant());
        ledger.record(LegalEvents.provisionAdded(actor, command.code(), command.kind(), version));
        return entry(command.code());
    }

    /** The provisions added by administrators, newest first. */
    @Transactional(readOnly = true)
    public List<CatalogueEntry> additions() {
        return store.entries().stream().filter(e -> !e.builtIn())
                .sorted(Comparator.comparingInt(CatalogueEntry::addedInVersion).reversed()).toList();
    }
}
