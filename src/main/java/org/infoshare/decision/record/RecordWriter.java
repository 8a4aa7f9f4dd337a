package org.infoshare.decision.record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.infoshare.agreement.TransferMethod;
import org.infoshare.decision.DecisionCommands;
import org.infoshare.decision.rules.DecisionFacts;
import org.infoshare.decision.rules.DecisionResult;
import org.infoshare.decision.rules.Question;
import org.infoshare.legal.LegalProvision;

/**
 * Turns what was stated, the engine's facts and its result into the record's own shape, by explicit mapping:
 * nothing the record keeps is written by serialising an engine or command class.
 */
public final class RecordWriter {

    private RecordWriter() {
    }

    public static DecisionRecord record(DecisionCommands.Decide stated, DecisionFacts facts, DecisionResult result, String engineVersion) {
        return new DecisionRecord(DecisionRecord.CURRENT, stated(stated), facts(facts), result(result, engineVersion), List.of(), null, null);
    }

    public static DecisionRecord.Stated stated(DecisionCommands.Decide d) {
        List<DecisionRecord.StatedItem> items = new ArrayList<>(d.items().size());
        for (DecisionCommands.Item item : d.items()) {
            items.add(new DecisionRecord.StatedItem(item.code(), item.necessary(), item.identifiesOthers(), item.protectsChild()));
        }
        return new DecisionRecord.Stated(d.subjectId(), name(d.mode()), d.ageYears(), d.deceased(), d.theChildAtRisk(), d.recipientOrganisationId(),
                d.recipientTeamId(), d.recipientPerson(), name(d.purpose()), d.purposeDetails(), name(d.purposeLegitimate()), items, d.identifiable(),
                d.confidential(), d.receivedInConfidenceFrom(), name(d.originatorConsultation()), d.consentId(), name(d.consentNotSoughtReason()),
                d.consentOverrideJustification(), name(d.childAtRisk()), name(d.adultCareNeeds()), name(d.adultAbuseOrNeglect()),
                name(d.adultUnableToProtect()), name(d.vitalInterests()), names(d.publicInterest()),
                d.gatewayCodes() == null ? List.of() : d.gatewayCodes().stream().sorted().toList(), name(d.proportionate()), name(d.lessIntrusiveMeans()),
                name(d.urgency()), name(d.outsideUk()), name(d.outsideUkException()), name(d.informPerson()), name(d.notInformReason()),
                d.adviceWanted(), name(d.adviserRole()), d.rationale());
    }

    public static DecisionRecord.Facts facts(DecisionFacts f) {
        List<DecisionRecord.Item> items = new ArrayList<>(f.items().size());
        for (DecisionFacts.RequestedItem i : f.items()) {
            items.add(new DecisionRecord.Item(i.code(), i.label(), name(i.category()), name(i.specialCategory()), i.opinion(), i.necessary(),
                    i.identifiesOthers(), i.protectsChild()));
        }
        DecisionFacts.ConsentEvidence e = f.consent().record();
        DecisionRecord.Consent consent = new DecisionRecord.Consent(e == null ? null : e.consentId(), e == null ? null : e.state().name(),
                e != null && e.explicit(), e != null && e.lackedCapacity(), e == null ? List.of() : names(e.purposes()),
                e == null ? List.of() : e.recipients().stream().sorted().toList(), e == null ? null : e.validFrom(), e == null ? null : e.validUntil(),
                name(f.consent().notSoughtReason()), f.consent().overrideJustification(), f.consent().overrideDeclined());
        DecisionFacts.Safeguarding s = f.safeguarding();
        Map<String, String> safeguarding = new LinkedHashMap<>();
        safeguarding.put("childAtRisk", s.childAtRisk().name());
        safeguarding.put("adultCareNeeds", s.adultCareNeeds().name());
        safeguarding.put("adultAbuseOrNeglect", s.adultAbuseOrNeglect().name());
        safeguarding.put("adultUnableToProtect", s.adultUnableToProtect().name());
        safeguarding.put("vitalInterests", s.vitalInterests().name());
        DecisionFacts.ConfidenceOwed owed = f.confidenceOwed();
        DecisionFacts.RequestBasis request = f.request();
        return new DecisionRecord.Facts(f.mode().name(), f.person().ageYears(), f.person().deceased(), f.person().theChildAtRisk(),
                f.holder().organisationId(), f.holder().type().name(), f.recipientOrganisationId(), f.recipientType().name(),
                new DecisionRecord.Coded(f.purpose().name(), f.purpose().label()), f.purposeLegitimate().name(), items, f.identifiable(), f.confidential(),
                owed == null ? null : owed.organisationId(), owed == null ? null : owed.consultation().name(), owed == null ? null : owed.overrideJustified().name(),
                consent, safeguarding, names(f.publicInterest()), f.proportionality().proportionate().name(), f.proportionality().lessIntrusiveMeans().name(),
                f.gateways().stream().map(LegalProvision::code).toList(),
                request == null || request.gateway() == null ? null : request.gateway().code(), request == null ? null : request.forPartnershipFunctions().name(),
                f.urgency().name(), f.outsideUk().name(), f.outsideUkException().name(), f.inform().willInform().name(), name(f.inform().reasonNot()),
                f.adviceWanted(), f.today());
    }

    public static DecisionRecord.Result result(DecisionResult r, String engineVersion) {
        List<DecisionRecord.Step> path = new ArrayList<>(r.path().size());
        r.path().forEach(s -> path.add(new DecisionRecord.Step(s.question(), s.answer(), s.explanation(), s.citation())));
        List<DecisionRecord.Link> chain = new ArrayList<>(r.chain().size());
        r.chain().forEach(l -> chain.add(new DecisionRecord.Link(l.code(), l.kind(), l.citation(), l.title(), l.why())));
        DecisionResult.Conditions c = r.conditions();
        List<DecisionRecord.Coded> methods = new ArrayList<>();
        for (TransferMethod method : c.secureMethods()) {
            methods.add(new DecisionRecord.Coded(method.name(), method.label()));
        }
        List<DecisionRecord.Coded> questions = new ArrayList<>();
        for (Question question : r.openQuestions()) {
            questions.add(new DecisionRecord.Coded(question.name(), question.text()));
        }
        return new DecisionRecord.Result(r.outcome().name(), r.summary(), path, chain, items(r.shared()), items(r.withheld()),
                new DecisionRecord.Conditions(methods, c.informPerson(), c.notInformReason(), c.distinguishFactFromOpinion(), c.protectThirdParties(),
                        c.confirmInWriting(), c.outsideUkSafeguards(), c.notes()),
                r.consentId(), r.consentOverridden(), r.managerReview(), r.agreementId(), questions, name(r.adviser()), r.consentIsLawfulBasis(),
                r.consultation() == null ? null : new DecisionRecord.Coded(r.consultation().name(), r.consultation().label()), engineVersion);
    }

    private static List<DecisionRecord.ItemDecision> items(List<DecisionResult.ItemDecision> items) {
        List<DecisionRecord.ItemDecision> out = new ArrayList<>(items.size());
        items.forEach(i -> out.add(new DecisionRecord.ItemDecision(i.code(), i.label(), name(i.category()), name(i.specialCategory()), i.opinion(), i.reason())));
        return out;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static List<String> names(java.util.Collection<? extends Enum<?>> values) {
        if (values == null) {
            return List.of();
        }
        List<Enum<?>> sorted = new ArrayList<>(values);
        sorted.sort(java.util.Comparator.comparingInt(Enum::ordinal));
        return sorted.stream().map(Enum::name).toList();
    }
}
