package org.infoshare.retention;

import java.time.Clock;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.agreement.AgreementRegister;
import org.infoshare.ledger.Ledger;
import org.infoshare.retention.rules.RecordType;
import org.infoshare.retention.rules.RetentionRule;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.problem.ForbiddenException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each organisation's retention rules (002 §4.9; 004 §7), as structured data: one rule in force per kind of record,
 * and optionally one per agreement for that agreement's data (disclosures and datasets under it). The Data
 * Protection Officer sets them; a change is a new version and the old one is kept with when it was replaced, so a
 * disposal certificate can always say which rule a record went under. Every rule is readable by the organisation's
 * staff, because they must know how long what they record is kept.
 */
@Service
public class RetentionRules {

    private final RetentionStore store;
    private final AgreementRegister agreements;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;

    RetentionRules(RetentionStore store, AgreementRegister agreements, CommandValidator validator, Ledger ledger, Clock clock) {
        this.store = store;
        this.agreements = agreements;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional
    public StoredRule set(Actor actor, RetentionCommands.SetRule command) {
        requireDpo(actor);
        validator.check(command);
        if (command.agreementId() != null) {
            if (!command.recordType().perAgreement()) {
                throw InvalidRequestException.of("agreementId", "per-agreement", command.recordType().label() + " are kept by one rule, not per agreement");
            }
            agreements.terms(command.agreementId()).filter(t -> t.parties().contains(actor.organisationId()))
                    .orElseThrow(() -> InvalidRequestException.of("agreementId", "party", "Choose an agreement your organisation is a party to"));
        }
        RetentionRule rule = rule(command);
        UUID id = UUID.randomUUID();
        store.replaceRule(actor.organisationId(), command.recordType(), command.agreementId(), clock.instant());
        StoredRule stored = new StoredRule(id, actor.organisationId(), command.agreementId(),
                store.nextVersion(actor.organisationId(), command.recordType(), command.agreementId()), rule, clock.instant(), actor.userId(), null);
        store.insertRule(stored);
        ledger.record(RetentionEvents.event("rule.set", "retention-rule", id, actor, actor.organisationId())
                .detail("recordType", rule.type()).detail("agreement", command.agreementId()).detail("version", stored.version())
                .detail("action", rule.action()).detail("event", rule.event()).detail("years", rule.years()).detail("months", rule.months())
                .detail("age", rule.age()).detail("reviewEveryYears", rule.reviewEveryYears()).build());
        return stored;
    }

    /**
     * Records the outcome of a review a "review every N years" rule asked for: keep it (the next review counts from
     * today) or dispose of it (it is due at the next disposal run).
     */
    @Transactional
    public void review(Actor actor, RetentionCommands.Review command) {
        requireDpo(actor);
        validator.check(command);
        store.review(actor.organisationId(), command.recordType(), command.recordId(), org.infoshare.shared.UkCalendar.today(clock),
                command.keep(), actor.userId());
        ledger.record(RetentionEvents.event("record.reviewed", "retention-review", command.recordId(), actor, actor.organisationId())
                .detail("recordType", command.recordType()).detail("keep", command.keep()).build());
    }

    /** The rules in force. */
    @Transactional(readOnly = true)
    public List<StoredRule> current(Actor actor) {
        return store.currentRules(actor.organisationId());
    }

    /** Every version of every rule, newest first within each kind. */
    @Transactional(readOnly = true)
    public List<StoredRule> history(Actor actor) {
        return store.allRules(actor.organisationId());
    }

    @Transactional(readOnly = true)
    public Optional<StoredRule> find(Actor actor, UUID id) {
        return store.rule(id).filter(r -> actor.belongsTo(r.organisationId()));
    }

    private static RetentionRule rule(RetentionCommands.SetRule c) {
        MonthDay schoolYear = c.schoolYearEnds() == null || c.schoolYearEnds().isBlank() ? null
                : MonthDay.of(Integer.parseInt(c.schoolYearEnds().substring(0, 2)), Integer.parseInt(c.schoolYearEnds().substring(3)));
        try {
            return new RetentionRule(c.recordType(), c.action(), c.event(), zero(c.years()), zero(c.months()), c.event().needsAge() ? c.age() : null,
                    zero(c.reviewEveryYears()), schoolYear, c.source() == null || c.source().isBlank() ? null : c.source().strip());
        } catch (RetentionRule.Invalid e) {
            throw InvalidRequestException.of(e.field(), "retention-rule", e.getMessage());
        }
    }

    private static int zero(Integer value) {
        return value == null ? 0 : value;
    }

    static void requireDpo(Actor actor) {
        if (!actor.hasRole(Role.DATA_PROTECTION_OFFICER)) {
            throw new ForbiddenException("Only the Data Protection Officer sets retention and disposes of records");
        }
    }

    /** For the kinds the form offers: every record type with its events. */
    public static List<RecordType> recordTypes() {
        return List.of(RecordType.values());
    }
}
