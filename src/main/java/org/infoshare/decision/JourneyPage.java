package org.infoshare.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.springframework.beans.BeanWrapperImpl;

import static org.infoshare.decision.JourneyStep.*;

/**
 * The pages of the decision journey, in order: how urgent it is comes first, then who it is about, who needs it and
 * why, what it is, and the questions the law asks of it, several closely related questions to a page. A page whose
 * questions all depend on an answer that was not given is skipped, so an immediate-risk decision about a child, with
 * information given in confidence and nothing else to follow up, reaches its outcome on the eighth page (003 'Timely').
 */
enum JourneyPage {
    NEW_INFORMATION("What is new", d -> true, JourneyStep.NEW_INFORMATION),
    URGENCY("How urgent it is", DecisionDraft::personFixed, JourneyStep.URGENCY),
    PERSON("Who it is about", d -> !d.personFixed(), JourneyStep.URGENCY, JourneyStep.PERSON),
    WHO_AND_WHY("Who needs it, and why", d -> true, RECIPIENT, PURPOSE, PURPOSE_LEGITIMATE),
    WHAT("What you would share", d -> true, ITEMS),
    INFORMATION("About the information", d -> true, OTHERS, ALIVE, IDENTIFIABLE, CONFIDENTIAL, CONSENT),
    CONFIDENCE("Confidence and consent", d -> true, CONFIDENCE_OWED, NOT_SOUGHT, OVERRIDE),
    CONSULTED("Consulting who gave it to you", d -> true, CONSULTATION),
    RISK("The risk of harm", d -> true, CHILD_AT_RISK, VITAL, ADULT_CARE_NEEDS, ADULT_ABUSE, ADULT_UNABLE),
    PROTECTS_CHILD("What protects the child", d -> true, PROTECTS),
    BASIS("The legal basis and proportionality", d -> !d.immediate(), GATEWAYS, PUBLIC_INTEREST, LESS_INTRUSIVE, PROPORTIONATE),
    OPENNESS("Where it goes and who is told", d -> !d.immediate(), OUTSIDE_UK, INFORM, ADVICE),
    /** The short path: with someone at risk now, the last questions share a page and advice is not waited for. */
    BASIS_NOW("The legal basis, where it goes and who is told", DecisionDraft::immediate,
            GATEWAYS, PUBLIC_INTEREST, LESS_INTRUSIVE, PROPORTIONATE, OUTSIDE_UK, INFORM),
    FOLLOW_UP("A few more details", d -> true, OUTSIDE_UK_EXCEPTION, NOT_INFORM, ADVISER);

    private final String title;
    private final Predicate<DecisionDraft> offered;
    private final List<JourneyStep> steps;

    JourneyPage(String title, Predicate<DecisionDraft> offered, JourneyStep... steps) {
        this.title = title;
        this.offered = offered;
        this.steps = List.of(steps);
    }

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String title() {
        return title;
    }

    /** The questions of this page that apply to the answers so far. */
    List<JourneyStep> steps(DecisionDraft draft) {
        List<JourneyStep> applicable = new ArrayList<>(steps.size());
        for (JourneyStep step : steps) {
            if (step.applies.test(draft)) {
                applicable.add(step);
            }
        }
        return applicable;
    }

    /** Every question the page can ask, whether or not it applies now. */
    List<JourneyStep> allSteps() {
        return steps;
    }

    boolean applies(DecisionDraft draft) {
        return offered.test(draft) && !steps(draft).isEmpty();
    }

    /** Whether a question that applies still has no answer. */
    static boolean unanswered(JourneyStep step, DecisionDraft draft) {
        Object value = new BeanWrapperImpl(draft).getPropertyValue(step.field());
        return value == null || value instanceof String text && text.isBlank() || value instanceof List<?> list && list.isEmpty();
    }

    /** Whether the page asks a question that must be answered and has not been. */
    boolean needsAnswers(DecisionDraft draft) {
        for (JourneyStep step : steps(draft)) {
            if (!step.optional() && unanswered(step, draft)) {
                return true;
            }
        }
        return false;
    }

    static JourneyPage bySlug(String slug) {
        for (JourneyPage page : values()) {
            if (page.slug().equals(slug)) {
                return page;
            }
        }
        return null;
    }

    /** The page that asks this question. */
    static JourneyPage of(JourneyStep step, DecisionDraft draft) {
        for (JourneyPage page : values()) {
            if (page.offered.test(draft) && page.steps.contains(step)) {
                return page;
            }
        }
        return PERSON;
    }

    JourneyPage next(DecisionDraft draft) {
        for (int i = ordinal() + 1; i < values().length; i++) {
            if (values()[i].applies(draft)) {
                return values()[i];
            }
        }
        return null;
    }

    JourneyPage previous(DecisionDraft draft) {
        for (int i = ordinal() - 1; i >= 0; i--) {
            if (values()[i].applies(draft)) {
                return values()[i];
            }
        }
        return null;
    }

    static JourneyPage first(DecisionDraft draft) {
        for (JourneyPage page : values()) {
            if (page.applies(draft)) {
                return page;
            }
        }
        return PERSON;
    }

    /** Where this page stands among those the answers so far call for: "Page 3 of 8", the outcome being the last. */
    Progress progress(DecisionDraft draft) {
        int number = 0;
        int total = 0;
        for (JourneyPage page : values()) {
            if (page.applies(draft) || page == this) {
                total++;
                if (page.ordinal() <= ordinal()) {
                    number++;
                }
            }
        }
        return new Progress(number, total + 1);
    }

    /** A page's place in the journey; the page after the last question shows the outcome. */
    record Progress(int number, int of) {
    }
}
