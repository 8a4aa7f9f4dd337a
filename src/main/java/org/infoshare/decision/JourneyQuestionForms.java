package org.infoshare.decision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.infoshare.consent.ConsentRecord;
import org.infoshare.consent.ConsentRegister;
import org.infoshare.consent.ConsentStatus;
import org.infoshare.decision.rules.Answer;
import org.infoshare.decision.rules.Consultation;
import org.infoshare.decision.rules.DecisionFacts;
import org.infoshare.decision.rules.NotInformReason;
import org.infoshare.decision.rules.NotSoughtReason;
import org.infoshare.decision.rules.OutsideUk;
import org.infoshare.decision.rules.PublicInterest;
import org.infoshare.decision.rules.Urgency;
import org.infoshare.shared.Actor;
import org.infoshare.shared.SharingPurpose;
import org.infoshare.web.Option;
import org.springframework.stereotype.Component;

/**
 * The questions of one journey page with the answers each offers, and what is already known filled in: the consent
 * on record for this purpose and recipient. Items are offered once each, grouped by the kind of data they are.
 */
@Component
class JourneyQuestionForms {

    /** One question as the page shows it; {@code groups} holds the same options under headings, for long lists. */
    record Question(JourneyStep step, List<Option> options, Map<String, List<Option>> groups) {
    }

    private final SharingDecisions decisions;
    private final JourneyForms choices;
    private final ConsentRegister consents;

    JourneyQuestionForms(SharingDecisions decisions, JourneyForms choices, ConsentRegister consents) {
        this.decisions = decisions;
        this.choices = choices;
        this.consents = consents;
    }

    List<Question> questions(Actor actor, JourneyPage page, DecisionDraft draft) {
        List<Question> questions = new ArrayList<>();
        for (JourneyStep step : page.steps(draft)) {
            if (step == JourneyStep.PERSON) {
                continue;
            }
            List<Option> options = options(actor, step, draft);
            questions.add(new Question(step, options, step.kind == JourneyStep.Kind.ITEMS ? grouped(actor, draft) : Map.of()));
        }
        return questions;
    }

    /** Fills in what is known before the page is shown: the person's consent on record, if it covers this share. */
    void prefill(Actor actor, JourneyPage page, DecisionDraft draft) {
        if (page.steps(draft).contains(JourneyStep.CONSENT) && draft.getConsent() == null && draft.getSubjectId() != null) {
            onRecord(actor, draft).ifPresent(record -> draft.setConsent(record.id().toString()));
        }
    }

    private Optional<ConsentRecord> onRecord(Actor actor, DecisionDraft draft) {
        SharingPurpose purpose = DraftValues.parse(SharingPurpose.class, draft.getPurpose());
        if (purpose == null || draft.recipientOrganisationId() == null) {
            return Optional.empty();
        }
        return consents.forSubject(actor, draft.getSubjectId()).stream()
                .filter(record -> record.status() != ConsentStatus.EXPIRED && record.covers(purpose, draft.recipientOrganisationId()))
                .max(Comparator.comparing(ConsentRecord::givenAt));
    }

    List<Option> options(Actor actor, JourneyStep step, DecisionDraft draft) {
        return switch (step.kind) {
            case YES_NO -> List.of(new Option("YES", "Yes"), new Option("NO", "No"));
            case ANSWER -> Option.of(Answer.values(), Answer::label);
            case RECIPIENT -> choices.recipients(actor);
            case PURPOSE -> Option.of(SharingPurpose.values(), SharingPurpose::label);
            case ITEMS -> items(actor, draft).stream().map(i -> new Option(i.code(), i.label())).toList();
            case OTHERS, PROTECTS -> items(actor, draft).stream().filter(i -> draft.getItems().contains(i.code()))
                    .map(i -> new Option(i.code(), i.label())).toList();
            case CONSENT -> choices.consents(actor, draft.getSubjectId());
            case NOT_SOUGHT -> Option.of(NotSoughtReason.values(), NotSoughtReason::label);
            case ORIGINATOR -> choices.originators(actor);
            case CONSULTATION -> Option.of(Consultation.values(), Consultation::label);
            case GATEWAYS -> choices.gateways(actor);
            case PUBLIC_INTEREST -> Option.of(PublicInterest.values(), PublicInterest::label);
            case URGENCY -> Option.of(Urgency.values(), Urgency::label);
            case OUTSIDE_UK -> Option.of(OutsideUk.values(), OutsideUk::label);
            case NOT_INFORM -> Option.of(NotInformReason.values(), NotInformReason::label);
            case ADVISER -> List.of(new Option("MANAGER", "My manager (designated safeguarding lead)"),
                    new Option("DATA_PROTECTION_OFFICER", "The Data Protection Officer"), new Option("CALDICOTT_GUARDIAN", "The Caldicott Guardian"));
            case TEXT, PERSON -> List.of();
        };
    }

    /**
     * The items to choose from, each named once: an agreement's item with the same name as a standard one is the same
     * information to a practitioner, so only the first is offered.
     */
    private List<DecisionFacts.RequestedItem> items(Actor actor, DecisionDraft draft) {
        Set<String> names = new LinkedHashSet<>();
        List<DecisionFacts.RequestedItem> distinct = new ArrayList<>();
        for (DecisionFacts.RequestedItem item : decisions.itemChoices(actor, draft.recipientOrganisationId())) {
            if (names.add(item.label().strip().toLowerCase(Locale.ROOT)) || draft.getItems().contains(item.code())) {
                distinct.add(item);
            }
        }
        return distinct;
    }

    private Map<String, List<Option>> grouped(Actor actor, DecisionDraft draft) {
        Map<String, List<Option>> groups = new LinkedHashMap<>();
        for (DecisionFacts.RequestedItem item : items(actor, draft)) {
            groups.computeIfAbsent(item.category().label(), k -> new ArrayList<>()).add(new Option(item.code(), item.label()));
        }
        return groups;
    }
}
