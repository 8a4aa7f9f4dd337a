package org.infoshare.decision.record;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.infoshare.decision.rules.Answer;
import org.infoshare.decision.rules.Consultation;
import org.infoshare.decision.rules.DecisionFacts;
import org.infoshare.decision.rules.DecisionMode;
import org.infoshare.decision.rules.NotInformReason;
import org.infoshare.decision.rules.NotSoughtReason;
import org.infoshare.decision.rules.OutsideUk;
import org.infoshare.decision.rules.PublicInterest;
import org.infoshare.decision.rules.Urgency;
import org.infoshare.directory.OrganisationType;
import org.infoshare.legal.DataCategory;
import org.infoshare.legal.LegalProvision;
import org.infoshare.legal.SpecialCategory;
import org.infoshare.shared.SharingPurpose;

/**
 * The facts a record holds, as the engine takes them, for deciding a recorded case again (advice, a manager's
 * judgement). A code the engine no longer knows reads as unanswered, never as a different answer.
 */
public final class EngineFacts {

    private EngineFacts() {
    }

    /**
     * @param types    the directory's type for an organisation, for records written before types were kept
     * @param gateways the legal catalogue's provision for a code
     */
    public static DecisionFacts from(DecisionRecord.Facts f, Function<UUID, OrganisationType> types, Function<String, Optional<LegalProvision>> gateways) {
        List<DecisionFacts.RequestedItem> items = new ArrayList<>(f.items().size());
        for (DecisionRecord.Item i : f.items()) {
            items.add(new DecisionFacts.RequestedItem(i.code(), i.label(), parse(DataCategory.class, i.category()), parse(SpecialCategory.class, i.specialCategory()),
                    i.opinion(), i.necessary(), i.identifiesOthers(), i.protectsChild()));
        }
        DecisionRecord.Consent c = f.consent();
        DecisionFacts.ConsentEvidence evidence = c.consentId() == null ? null : new DecisionFacts.ConsentEvidence(c.consentId(),
                parse(DecisionFacts.ConsentState.class, c.state()), c.explicit(), c.lackedCapacity(), purposes(c.purposes()), Set.copyOf(c.recipients()),
                c.validFrom(), c.validUntil(), f.today());
        Map<String, String> s = f.safeguarding();
        List<LegalProvision> named = f.gatewayCodes().stream().map(gateways).flatMap(Optional::stream).toList();
        LegalProvision requested = f.requestGatewayCode() == null ? null : gateways.apply(f.requestGatewayCode()).orElse(null);
        OrganisationType holder = f.holderType() != null ? parse(OrganisationType.class, f.holderType()) : types.apply(f.holderOrganisationId());
        OrganisationType recipient = f.recipientType() != null ? parse(OrganisationType.class, f.recipientType()) : types.apply(f.recipientOrganisationId());
        return new DecisionFacts(parse(DecisionMode.class, f.mode()), new DecisionFacts.Person(f.ageYears(), f.deceased(), f.theChildAtRisk()),
                new DecisionFacts.Holder(f.holderOrganisationId(), holder), f.recipientOrganisationId(), recipient,
                parse(SharingPurpose.class, f.purpose().code()), answer(f.purposeLegitimate()), items, f.identifiable(), f.confidential(),
                f.receivedInConfidenceFrom() == null ? null : new DecisionFacts.ConfidenceOwed(f.receivedInConfidenceFrom(),
                        parse(Consultation.class, f.originatorConsultation()), answer(f.originatorOverrideJustified())),
                new DecisionFacts.ConsentFacts(evidence, parse(NotSoughtReason.class, c.notSoughtReason()), c.overrideJustification(), c.overrideDeclined()),
                new DecisionFacts.Safeguarding(answer(s.get("childAtRisk")), answer(s.get("adultCareNeeds")), answer(s.get("adultAbuseOrNeglect")),
                        answer(s.get("adultUnableToProtect")), answer(s.get("vitalInterests"))),
                publicInterest(f.publicInterest()), new DecisionFacts.Proportionality(answer(f.proportionate()), answer(f.lessIntrusiveMeans())), named,
                f.requestGatewayCode() == null ? null : new DecisionFacts.RequestBasis(requested, answer(f.requestForPartnershipFunctions())),
                parse(Urgency.class, f.urgency()), parse(OutsideUk.class, f.outsideUk()), answer(f.outsideUkException()),
                new DecisionFacts.Inform(answer(f.informPerson()), parse(NotInformReason.class, f.notInformReason())), f.adviceWanted(), f.today());
    }

    private static Set<SharingPurpose> purposes(List<String> codes) {
        Set<SharingPurpose> purposes = EnumSet.noneOf(SharingPurpose.class);
        codes.forEach(code -> {
            SharingPurpose p = parse(SharingPurpose.class, code);
            if (p != null) {
                purposes.add(p);
            }
        });
        return purposes;
    }

    private static Set<PublicInterest> publicInterest(List<String> codes) {
        Set<PublicInterest> interests = EnumSet.noneOf(PublicInterest.class);
        codes.forEach(code -> {
            PublicInterest p = parse(PublicInterest.class, code);
            if (p != null) {
                interests.add(p);
            }
        });
        return interests;
    }

    private static Answer answer(String code) {
        return parse(Answer.class, code);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
