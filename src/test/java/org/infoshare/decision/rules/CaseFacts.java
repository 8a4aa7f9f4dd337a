package org.infoshare.decision.rules;

import org.infoshare.shared.SharingPurpose;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import java.util.Map;

import org.infoshare.directory.OrganisationType;
import org.infoshare.legal.BuiltInProvisions;
import org.infoshare.legal.DataCategory;
import org.infoshare.legal.LegalProvision;

/**
 * Builds realistic cases. The starting point: a council social worker, concerned that a nine-year-old is
 * being harmed at home, wants to tell the police public protection desk what was seen and the address,
 * without having sought consent because seeking it would put the child at greater risk.
 */
final class CaseFacts {

    static final UUID COUNCIL = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    static final UUID POLICE = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    static final UUID NHS = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID CHARITY = UUID.fromString("00000000-0000-0000-0000-0000000000d1");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    DecisionMode mode = DecisionMode.CASE_BY_CASE;
    Integer age = 9;
    boolean deceased;
    DecisionFacts.Holder holder = new DecisionFacts.Holder(COUNCIL, OrganisationType.LOCAL_AUTHORITY);
    UUID recipient = POLICE;
    Boolean theChildAtRisk;
    DecisionFacts.ConfidenceOwed confidenceOwed;
    SharingPurpose purpose = SharingPurpose.SAFEGUARDING_CHILD;
    Answer legitimate = Answer.YES;
    List<DecisionFacts.RequestedItem> items = new ArrayList<>(List.of(item("safeguarding-concern"), item("address")));
    boolean identifiable = true;
    boolean confidential = true;
    DecisionFacts.ConsentEvidence consent;
    NotSoughtReason notSought = NotSoughtReason.WOULD_PLACE_CHILD_AT_RISK;
    String overrideJustification;
    Answer childAtRisk = Answer.YES;
    Answer careNeeds = Answer.NO;
    Answer abuse = Answer.NO;
    Answer unable = Answer.NO;
    Answer vital = Answer.NO;
    Set<PublicInterest> publicInterest = EnumSet.noneOf(PublicInterest.class);
    Answer proportionate = Answer.YES;
    Answer lessIntrusive = Answer.NO;
    List<LegalProvision> gateways = new ArrayList<>();
    DecisionFacts.RequestBasis request;
    Urgency urgency = Urgency.ROUTINE;
    OutsideUk outsideUk = OutsideUk.NO;
    Answer outsideUkException = Answer.NOT_SURE;
    DecisionFacts.Inform inform = new DecisionFacts.Inform(Answer.NO, NotInformReason.WOULD_CREATE_OR_INCREASE_RISK);
    boolean adviceWanted;

    static CaseFacts childAtRiskReferral() {
        return new CaseFacts();
    }

    static DecisionFacts.RequestedItem item(String code) {
        StandardItems.Item item = StandardItems.byCode(code).orElseThrow();
        return new DecisionFacts.RequestedItem(item.code(), item.label(), item.category(), item.specialCategory(), item.opinion(), true, false);
    }

    CaseFacts items(String... codes) {
        items = new ArrayList<>();
        for (String code : codes) {
            items.add(item(code));
        }
        return this;
    }

    CaseFacts noRisk() {
        childAtRisk = Answer.NO;
        return this;
    }

    CaseFacts consent(DecisionFacts.ConsentState state, boolean explicit, Set<SharingPurpose> purposes, Set<UUID> recipients,
                      LocalDate from, LocalDate until) {
        consent = new DecisionFacts.ConsentEvidence(UUID.randomUUID(), state, explicit, false, purposes, recipients, from, until, TODAY.minusDays(30));
        notSought = null;
        return this;
    }

    CaseFacts consentGiven() {
        return consent(DecisionFacts.ConsentState.GIVEN, true, Set.of(purpose), Set.of(recipient), TODAY.minusMonths(2), TODAY.plusMonths(10));
    }

    CaseFacts refused() {
        return consent(DecisionFacts.ConsentState.REFUSED, true, Set.of(purpose), Set.of(), TODAY.minusMonths(1), null);
    }

    CaseFacts withdrawn() {
        return consent(DecisionFacts.ConsentState.WITHDRAWN, true, Set.of(purpose), Set.of(recipient), TODAY.minusMonths(6), null);
    }

    CaseFacts adult(int years) {
        age = years;
        childAtRisk = Answer.NO;
        return this;
    }

    static final Map<UUID, OrganisationType> TYPES = Map.of(COUNCIL, OrganisationType.LOCAL_AUTHORITY, POLICE, OrganisationType.POLICE,
            NHS, OrganisationType.HEALTH, CHARITY, OrganisationType.VOLUNTARY);

    static DecisionFacts.Holder holder(UUID organisation) {
        return new DecisionFacts.Holder(organisation, TYPES.get(organisation));
    }

    static LegalProvision gateway(String code) {
        return BuiltInProvisions.byCode(code).orElseThrow();
    }

    CaseFacts gateways(String... codes) {
        gateways = new ArrayList<>();
        for (String code : codes) {
            gateways.add(gateway(code));
        }
        return this;
    }

    CaseFacts request(String gatewayCode, Answer forPartnershipFunctions) {
        request = new DecisionFacts.RequestBasis(gateway(gatewayCode), forPartnershipFunctions);
        return this;
    }

    DecisionFacts build() {
        return new DecisionFacts(mode, new DecisionFacts.Person(age, deceased, theChildAtRisk), holder, recipient, TYPES.get(recipient), purpose,
                legitimate, items, identifiable, confidential, confidenceOwed, new DecisionFacts.ConsentFacts(consent, notSought, overrideJustification),
                new DecisionFacts.Safeguarding(childAtRisk, careNeeds, abuse, unable, vital), publicInterest,
                new DecisionFacts.Proportionality(proportionate, lessIntrusive), gateways, request, urgency, outsideUk,
                outsideUkException, inform, adviceWanted, TODAY);
    }

    static boolean hasCategory(List<DecisionResult.ItemDecision> items, DataCategory category) {
        return items.stream().anyMatch(item -> item.category() == category);
    }
}
