package org.infoshare.agreement;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.infoshare.agreement.rules.ActivationRules;
import org.infoshare.agreement.rules.DpiaScreeningRules;
import org.infoshare.ledger.Ledger;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.shared.problem.Violation;
import org.infoshare.validation.CommandValidator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data protection impact assessment of a draft (000 §4.3, 002 §3): the screening that decides whether a
 * full assessment is needed, the assessment, and a Data Protection Officer's sign-off. A party's governance
 * roles screen and assess; only a party's DPO signs off.
 */
@Service
public class DpiaAssessments {

    private final AgreementStore store;
    private final AgreementAccess access;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Clock clock;

    DpiaAssessments(AgreementStore store, AgreementAccess access, CommandValidator validator, Ledger ledger, Clock clock) {
        this.store = store;
        this.access = access;
        this.validator = validator;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Dpia.State dpia(Actor actor, UUID id, int version) {
        Agreement agreement = access.get(actor, id);
        agreement.version(version).orElseThrow(() -> new NotFoundException("Agreement version"));
        return store.dpia(id, version);
    }

    @Transactional
    public Dpia.State screen(Actor actor, UUID id, Dpia.ScreeningAnswers answers) {
        Agreement agreement = access.governed(actor, id);
        if (answers == null) {
            throw InvalidRequestException.of("", "required", "Answer the screening questions");
        }
        Agreement.Version draft = AgreementAccess.draft(agreement);
        DpiaScreeningRules.Result result = DpiaScreeningRules.assess(answers, DpiaScreeningRules.Facts.of(draft.document()));
        Dpia.State current = store.dpia(id, draft.version());
        store.saveDpia(new Dpia.State(id, draft.version(), answers, result.fullRequired(), result.reasons(),
                actor.userId(), clock.instant(), current.assessment(), current.assessedBy(), current.assessedAt(),
                current.signedOffBy(), current.signedOffAt()));
        ledger.record(AgreementEvents.dpiaScreened(actor, id, draft.version(), result.fullRequired(), result.reasons().size()));
        return store.dpia(id, draft.version());
    }

    @Transactional
    public Dpia.State assess(Actor actor, UUID id, AgreementCommands.AssessDpia command) {
        Agreement agreement = access.governed(actor, id);
        validator.check(command);
        Agreement.Version draft = AgreementAccess.draft(agreement);
        Dpia.State current = store.dpia(id, draft.version());
        if (!current.screened()) {
            throw new ConflictException("dpia.screening", "dpia-not-screened", "Screen the agreement before assessing it");
        }
        if (!current.fullRequired()) {
            throw new ConflictException("dpia.screening", "dpia-not-required", "The screening found that no full DPIA is needed");
        }
        List<Violation> tooLong = assessmentLengths(command.assessment());
        if (!tooLong.isEmpty()) {
            throw new InvalidRequestException(tooLong);
        }
        Dpia.State assessed = new Dpia.State(id, draft.version(), current.screening(), current.fullRequired(), current.screeningReasons(),
                current.screenedBy(), current.screenedAt(), command.assessment(), actor.userId(), clock.instant(), null, null);
        store.saveDpia(assessed);
        ledger.record(AgreementEvents.dpiaAssessed(actor, id, draft.version(), assessed.assessmentComplete(),
                command.assessment().residualRisk()));
        return store.dpia(id, draft.version());
    }

    @Transactional
    public Dpia.State signOffDpia(Actor actor, UUID id) {
        Agreement agreement = access.locked(actor, id);
        AgreementAccess.requireParty(actor, agreement);
        AgreementAccess.requireRole(actor, Set.of(Role.DATA_PROTECTION_OFFICER), "Only a party's Data Protection Officer signs off a DPIA");
        Agreement.Version draft = AgreementAccess.draft(agreement);
        Dpia.State current = store.dpia(id, draft.version());
        if (!current.screened() || !current.fullRequired()) {
            throw new ConflictException("dpia.screening", "dpia-not-required", "There is no full DPIA to sign off");
        }
        if (!current.assessmentComplete()) {
            List<Violation> missing = ActivationRules.dpia(draft.document(), current).stream()
                    .filter(v -> v.rule().equals(ActivationRules.DPIA_INCOMPLETE)).toList();
            throw new InvalidRequestException(missing);
        }
        if (current.signedOff()) {
            throw new ConflictException("dpia.signOff", "already-signed-off", "The DPIA is already signed off");
        }
        store.saveDpia(new Dpia.State(id, draft.version(), current.screening(), current.fullRequired(), current.screeningReasons(),
                current.screenedBy(), current.screenedAt(), current.assessment(), current.assessedBy(), current.assessedAt(),
                actor.userId(), clock.instant()));
        ledger.record(AgreementEvents.dpiaSignedOff(actor, id, draft.version()));
        return store.dpia(id, draft.version());
    }

    private static List<Violation> assessmentLengths(Dpia.Assessment a) {
        List<Violation> v = new ArrayList<>();
        check(v, "assessment.benefits", a.benefits());
        check(v, "assessment.riskOfNotSharing", a.riskOfNotSharing());
        check(v, "assessment.mitigations", a.mitigations());
        check(v, "assessment.dpoAdvice", a.dpoAdvice());
        for (int i = 0; i < a.risksToIndividuals().size(); i++) {
            check(v, "assessment.risksToIndividuals[" + i + "].description", a.risksToIndividuals().get(i).description());
        }
        for (int i = 0; i < a.risksToOrganisation().size(); i++) {
            check(v, "assessment.risksToOrganisation[" + i + "].description", a.risksToOrganisation().get(i).description());
        }
        return v;
    }

    private static void check(List<Violation> v, String field, String text) {
        if (text != null && text.length() > ActivationRules.MAX_TEXT) {
            v.add(new Violation(field, "max-length", "This must be " + ActivationRules.MAX_TEXT + " characters or fewer"));
        }
    }
}
