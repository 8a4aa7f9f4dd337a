package org.infoshare.dataset;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.infoshare.agreement.AgreementRegister;
import org.infoshare.agreement.AgreementTerms;
import org.infoshare.dataset.rules.ColumnSpec;
import org.infoshare.dataset.rules.SpecificationRules;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.ledger.Ledger;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.ForbiddenException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.shared.problem.Violation;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dataset specifications: per agreement and direction, the columns a sender may publish and the recipient team
 * with a need to know. Written by the sending organisation's Data Protection Officer or a manager; read by both
 * organisations.
 */
@Service
public class DatasetSpecifications {

    static final Set<Role> EDITORS = Set.of(Role.DATA_PROTECTION_OFFICER, Role.MANAGER);

    private final DatasetStore store;
    private final AgreementRegister agreements;
    private final DirectoryLookup directory;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;

    DatasetSpecifications(DatasetStore store, AgreementRegister agreements, DirectoryLookup directory, CommandValidator validator,
                          Ledger ledger, Clock clock) {
        this.store = store;
        this.agreements = agreements;
        this.directory = directory;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** Specifications your organisation sends or receives under. */
    @Transactional(readOnly = true)
    public List<DatasetSpecification> visibleTo(Actor actor) {
        return store.specificationsOf(actor.organisationId());
    }

    /** Those your organisation sends under: where you can upload to. */
    @Transactional(readOnly = true)
    public List<DatasetSpecification> sendableBy(Actor actor) {
        return store.specificationsOf(actor.organisationId()).stream()
                .filter(spec -> spec.senderOrganisationId().equals(actor.organisationId())).toList();
    }

    @Transactional(readOnly = true)
    public DatasetSpecification get(Actor actor, UUID id) {
        return store.specification(id)
                .filter(spec -> actor.belongsTo(spec.senderOrganisationId()) || actor.belongsTo(spec.recipientOrganisationId()))
                .orElseThrow(() -> new NotFoundException("Dataset specification"));
    }

    @Transactional
    public DatasetSpecification create(Actor actor, DatasetCommands.CreateSpecification command) {
        requireEditor(actor);
        validator.check(command);
        AgreementTerms terms = AgreementCheck.usable(agreements, command.agreementId(), actor.organisationId(),
                command.recipientOrganisationId());
        List<ColumnSpec> columns = columns(command.columns());
        check(terms, command.recipientOrganisationId(), command.recipientTeamId(), columns);
        if (store.specificationFor(command.agreementId(), actor.organisationId(), command.recipientOrganisationId()).isPresent()) {
            throw new ConflictException("recipientOrganisationId", "unique",
                    "There is already a specification for this agreement and recipient: change that one");
        }
        DatasetSpecification spec = new DatasetSpecification(UUID.randomUUID(), command.agreementId(), actor.organisationId(),
                command.recipientOrganisationId(), command.recipientTeamId(), columns, 0, clock.instant());
        store.insertSpecification(spec, actor.userId(), clock.instant());
        record(actor, "dataset.specification.created", spec, terms);
        return store.specification(spec.id()).orElseThrow();
    }

    @Transactional
    public DatasetSpecification update(Actor actor, UUID id, DatasetCommands.UpdateSpecification command) {
        requireEditor(actor);
        DatasetSpecification current = get(actor, id);
        if (!actor.belongsTo(current.senderOrganisationId())) {
            throw new ForbiddenException("Only the sending organisation changes a dataset specification");
        }
        validator.check(command);
        AgreementTerms terms = agreements.terms(current.agreementId())
                .orElseThrow(() -> new NotFoundException("Agreement"));
        List<ColumnSpec> columns = columns(command.columns());
        check(terms, current.recipientOrganisationId(), command.recipientTeamId(), columns);
        store.updateSpecification(id, command.recipientTeamId(), columns, command.version(), actor.userId(), clock.instant());
        DatasetSpecification updated = store.specification(id).orElseThrow();
        record(actor, "dataset.specification.updated", updated, terms);
        return updated;
    }

    private static List<ColumnSpec> columns(List<DatasetCommands.Column> columns) {
        return columns == null ? List.of() : columns.stream().map(DatasetCommands.Column::toSpec).toList();
    }

    private void check(AgreementTerms terms, UUID recipient, UUID team, List<ColumnSpec> columns) {
        List<Violation> violations = new ArrayList<>(SpecificationRules.check(columns, AgreementCheck.items(terms),
                AgreementCheck.allowedItems(terms, recipient)));
        if (directory.team(team).filter(t -> t.organisationId().equals(recipient)).isEmpty()) {
            violations.add(new Violation("recipientTeamId", "team-in-recipient", "Choose a team in the recipient organisation"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    private void record(Actor actor, String action, DatasetSpecification spec, AgreementTerms terms) {
        ledger.record(DatasetEvents.specification(action, actor, spec, terms));
    }

    private static void requireEditor(Actor actor) {
        if (EDITORS.stream().noneMatch(actor::hasRole)) {
            throw new ForbiddenException("Only a Data Protection Officer or a manager sets up dataset specifications");
        }
    }
}
