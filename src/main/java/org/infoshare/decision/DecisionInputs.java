package org.infoshare.decision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.infoshare.consent.Capacity;
import org.infoshare.consent.ConsentRecord;
import org.infoshare.consent.ConsentRegister;
import org.infoshare.consent.GivenBy;
import org.infoshare.decision.rules.Answer;
import org.infoshare.decision.rules.ApplicableAgreement;
import org.infoshare.decision.rules.DecisionFacts;
import org.infoshare.decision.rules.DecisionMode;
import org.infoshare.decision.rules.StandardItems;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.OrganisationType;
import org.infoshare.legal.BuiltInProvisions;
import org.infoshare.legal.CatalogueEntry;
import org.infoshare.legal.LegalCatalogue;
import org.infoshare.legal.LegalProvision;
import org.infoshare.legal.ProvisionKind;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.UkCalendar;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.shared.problem.Violation;
import org.infoshare.subject.Subject;
import org.infoshare.subject.Subjects;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Component;

/**
 * Turns what a practitioner stated into the facts the engine decides on, checking each answer against what the
 * organisation holds: the person, the recipient and team, the consent record, the items, the gateways (each one
 * the holder can rely on), and the answers the law needs recorded (why consent was not sought, whether the
 * organisation that gave the information in confidence was consulted). Refuses, naming every field and rule,
 * before anything is decided.
 */
@Component
class DecisionInputs {

    static final Set<Role> ADVISERS = EnumSet.of(Role.MANAGER, Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN);

    private final Subjects subjects;
    private final ConsentRegister consents;
    private final DirectoryLookup directory;
    private final ApplicableAgreements agreements;
    private final LegalCatalogue catalogue;
    private final CommandValidator validator;
    private final Clock clock;

    DecisionInputs(Subjects subjects, ConsentRegister consents, DirectoryLookup directory, ApplicableAgreements agreements,
                   LegalCatalogue catalogue, CommandValidator validator, Clock clock) {
        this.subjects = subjects;
        this.consents = consents;
        this.directory = directory;
        this.agreements = agreements;
        this.catalogue = catalogue;
        this.validator = validator;
        this.clock = clock;
    }

    /** Where a decision answers another agency's request: the request, its legal basis, and who asked. */
    record RequestContext(UUID requestId, UUID requesterOrganisationId, String gatewayCode, boolean forPartnershipFunctions) {
    }

    /** The facts and the agreements between the two organisations, ready for the engine. */
    record Resolved(Subject subject, DecisionFacts facts, List<ApplicableAgreement> agreements) {
    }

    Resolved resolve(Actor actor, DecisionCommands.Decide command, RequestContext request) {
        validator.check(command);
        Subject subject = subjects.subject(actor, command.subjectId());
        LocalDate today = UkCalendar.today(clock);
        List<Violation> violations = new ArrayList<>();
        UUID recipient = command.recipientOrganisationId();
        if (request != null && !request.requesterOrganisationId().equals(recipient)) {
            violations.add(new Violation("recipientOrganisationId", "requester", "The recipient of an answer to a request is the organisation that asked"));
        }
        List<UUID> organisations = command.receivedInConfidenceFrom() == null ? List.of(actor.organisationId(), recipient)
                : List.of(actor.organisationId(), recipient, command.receivedInConfidenceFrom());
        Map<UUID, OrganisationType> types = directory.organisationTypes(organisations);
        OrganisationType holderType = types.getOrDefault(actor.organisationId(), OrganisationType.OTHER);
        if (recipient.equals(actor.organisationId()) || !types.containsKey(recipient)) {
            violations.add(new Violation("recipientOrganisationId", "partner-organisation", "Choose another organisation in the partnership"));
        }
        if (command.recipientTeamId() != null && directory.team(command.recipientTeamId()).filter(t -> t.organisationId().equals(recipient)).isEmpty()) {
            violations.add(new Violation("recipientTeamId", "team-in-organisation", "Choose a team in the receiving organisation"));
        }
        if (command.ageYears() != null && (command.ageYears() < 0 || command.ageYears() > 130)) {
            violations.add(new Violation("ageYears", "range", "Age must be between 0 and 130"));
        }
        DecisionFacts.ConsentEvidence consent = consent(actor, command, subject, today, violations);
        List<ApplicableAgreement> between = agreements.between(actor.organisationId(), recipient);
        List<DecisionFacts.RequestedItem> items = items(command, between, violations);
        List<LegalProvision> gateways = gateways(command, holderType, violations);
        DecisionFacts.ConfidenceOwed owed = confidenceOwed(actor, command, types, violations);
        boolean legalDuty = request != null && request.forPartnershipFunctions() && BuiltInProvisions.CA2004_S14B.code().equals(request.gatewayCode());
        boolean confidenceEngaged = Boolean.TRUE.equals(command.identifiable()) && Boolean.TRUE.equals(command.confidential())
                && !Boolean.TRUE.equals(command.deceased());
        if (confidenceEngaged && consent == null && command.consentId() == null && command.consentNotSoughtReason() == null && !legalDuty) {
            violations.add(new Violation("consentNotSoughtReason", "required",
                    "Select why consent has not been sought: where the information is confidential the reason must be recorded"));
        }
        if (command.adviserRole() != null && !ADVISERS.contains(command.adviserRole())) {
            violations.add(new Violation("adviserRole", "adviser", "Choose your manager, the Data Protection Officer or the Caldicott Guardian"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        Integer age = command.ageYears() != null ? command.ageYears() : subject.ageOn(today);
        DecisionFacts facts = new DecisionFacts(
                command.mode() == null ? DecisionMode.CASE_BY_CASE : command.mode(),
                new DecisionFacts.Person(age, Boolean.TRUE.equals(command.deceased()), command.theChildAtRisk()),
                new DecisionFacts.Holder(actor.organisationId(), holderType), recipient, types.get(recipient), command.purpose(),
                command.purposeLegitimate(), items, command.identifiable(), command.confidential(), owed,
                new DecisionFacts.ConsentFacts(consent, command.consentNotSoughtReason(), blankToNull(command.consentOverrideJustification())),
                new DecisionFacts.Safeguarding(command.childAtRisk(), command.adultCareNeeds(), command.adultAbuseOrNeglect(),
                        command.adultUnableToProtect(), command.vitalInterests()),
                command.publicInterest(), new DecisionFacts.Proportionality(command.proportionate(), command.lessIntrusiveMeans()), gateways,
                request == null ? null : new DecisionFacts.RequestBasis(gateway(request.gatewayCode()).orElse(null), Answer.of(request.forPartnershipFunctions())),
                command.urgency(), command.outsideUk(), command.outsideUkException(),
                new DecisionFacts.Inform(command.informPerson(), command.notInformReason()),
                Boolean.TRUE.equals(command.adviceWanted()), today);
        return new Resolved(subject, facts, between);
    }

    /** A provision by code: the built-in catalogue first, then what administrators added. */
    Optional<LegalProvision> gateway(String code) {
        Optional<LegalProvision> builtIn = BuiltInProvisions.byCode(code);
        if (builtIn.isPresent() || code == null) {
            return builtIn;
        }
        try {
            return Optional.of(catalogue.entry(code)).map(CatalogueEntry::provision);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private DecisionFacts.ConsentEvidence consent(Actor actor, DecisionCommands.Decide command, Subject subject, LocalDate today,
                                                  List<Violation> violations) {
        if (command.consentId() == null) {
            return null;
        }
        Optional<ConsentRecord> record;
        try {
            record = Optional.of(consents.consent(actor, command.consentId())).filter(c -> c.subjectId().equals(subject.id()));
        } catch (NotFoundException e) {
            record = Optional.empty();
        }
        if (record.isEmpty()) {
            violations.add(new Violation("consentId", "consent-record", "Choose a consent record about this person"));
            return null;
        }
        ConsentRecord r = record.get();
        DecisionFacts.ConsentState state = switch (r.status()) {
            case REFUSED -> DecisionFacts.ConsentState.REFUSED;
            case WITHDRAWN -> DecisionFacts.ConsentState.WITHDRAWN;
            case GIVEN, EXPIRED -> DecisionFacts.ConsentState.GIVEN;
        };
        boolean lackedCapacity = r.givenBy() == GivenBy.PERSON && r.capacity() == Capacity.LACKS_CAPACITY;
        return new DecisionFacts.ConsentEvidence(r.id(), state, r.explicit(), lackedCapacity, r.purposes(), r.recipients(), r.validFrom(),
                r.validUntil(), today);
    }

    private static List<DecisionFacts.RequestedItem> items(DecisionCommands.Decide command, List<ApplicableAgreement> between, List<Violation> violations) {
        List<DecisionFacts.RequestedItem> items = new ArrayList<>(command.items().size());
        for (int i = 0; i < command.items().size(); i++) {
            DecisionCommands.Item item = command.items().get(i);
            Optional<DecisionFacts.RequestedItem> known = item(item, between);
            if (known.isEmpty()) {
                violations.add(new Violation("items[" + i + "].code", "known-item", "Choose an item from the list"));
            } else {
                items.add(known.get());
            }
        }
        return items;
    }

    static Optional<DecisionFacts.RequestedItem> item(DecisionCommands.Item item, List<ApplicableAgreement> between) {
        boolean necessary = !Boolean.FALSE.equals(item.necessary());
        boolean others = Boolean.TRUE.equals(item.identifiesOthers());
        boolean protects = !Boolean.FALSE.equals(item.protectsChild());
        Optional<StandardItems.Item> standard = StandardItems.byCode(item.code());
        if (standard.isPresent()) {
            StandardItems.Item s = standard.get();
            return Optional.of(new DecisionFacts.RequestedItem(s.code(), s.label(), s.category(), s.specialCategory(), s.opinion(), necessary, others, protects));
        }
        for (ApplicableAgreement agreement : between) {
            ApplicableAgreement.AgreementItem a = agreement.items().get(item.code());
            if (a != null) {
                return Optional.of(new DecisionFacts.RequestedItem(a.code(), a.label(), a.category(), a.specialCategory(), false, necessary, others, protects));
            }
        }
        return Optional.empty();
    }

    private List<LegalProvision> gateways(DecisionCommands.Decide command, OrganisationType holder, List<Violation> violations) {
        List<LegalProvision> gateways = new ArrayList<>();
        for (String code : command.gatewayCodes() == null ? Set.<String>of() : command.gatewayCodes()) {
            Optional<LegalProvision> provision = gateway(code);
            if (provision.isEmpty() || provision.get().kind() != ProvisionKind.STATUTORY_GATEWAY && provision.get().kind() != ProvisionKind.CONSIDERATION) {
                violations.add(new Violation("gatewayCodes", "statutory-gateway", "Choose statutory gateways from the list"));
            } else if (provision.get().kind() == ProvisionKind.CONSIDERATION) {
                violations.add(new Violation("gatewayCodes", "not-a-gateway",
                        provision.get().citation() + " is a consideration, not a power to share: every share respects it, but it is not a gateway"));
            } else if (!provision.get().mayBeReliedOnBy(holder)) {
                violations.add(new Violation("gatewayCodes", "gateway-holder",
                        provision.get().citation() + " does not empower your kind of organisation, so you cannot rely on it"));
            } else {
                gateways.add(provision.get());
            }
        }
        gateways.sort(java.util.Comparator.comparing(LegalProvision::code));
        return gateways;
    }

    private static DecisionFacts.ConfidenceOwed confidenceOwed(Actor actor, DecisionCommands.Decide command, Map<UUID, OrganisationType> types,
                                                               List<Violation> violations) {
        UUID from = command.receivedInConfidenceFrom();
        if (from == null) {
            return null;
        }
        if (from.equals(actor.organisationId()) || !types.containsKey(from)) {
            violations.add(new Violation("receivedInConfidenceFrom", "partner-organisation", "Choose the other organisation in the partnership that gave it to you"));
            return null;
        }
        if (command.originatorConsultation() == null) {
            violations.add(new Violation("originatorConsultation", "required", "Select whether the organisation that gave it to you in confidence was consulted"));
            return null;
        }
        return new DecisionFacts.ConfidenceOwed(from, command.originatorConsultation(), Answer.NOT_SURE);
    }

    /** Text as entered, or null when nothing was entered. */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
