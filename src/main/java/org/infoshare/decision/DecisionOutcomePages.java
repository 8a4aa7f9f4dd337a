package org.infoshare.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.infoshare.decision.rules.DecisionResult;
import org.infoshare.shared.Actor;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.Violation;
import org.infoshare.web.FormSubmission;
import org.infoshare.web.Option;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.SessionAttributes;
import org.springframework.web.bind.support.SessionStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.infoshare.shared.Role.MANAGER;
import static org.infoshare.shared.Role.PRACTITIONER;

/**
 * The end of the decision journey: the answers with the outcome they lead to, shown before the practitioner writes
 * their reasons; then the reasons, and the decision recorded (decided afresh from the same answers).
 */
@Controller
@RequestMapping("/decisions/new")
@SessionAttributes("draft")
class DecisionOutcomePages {

    /** One answer on the check page, with the page to change it on. */
    record Row(String question, String answer, String change) {
    }

    private final SharingDecisions decisions;
    private final InformationRequests requests;
    private final JourneyQuestionForms questions;
    private final FormSubmission forms;

    DecisionOutcomePages(SharingDecisions decisions, InformationRequests requests, JourneyQuestionForms questions, FormSubmission forms) {
        this.decisions = decisions;
        this.requests = requests;
        this.questions = questions;
        this.forms = forms;
    }

    @ModelAttribute("draft")
    DecisionDraft draft() {
        return new DecisionDraft();
    }

    @GetMapping("/check")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String check(Actor actor, @ModelAttribute("draft") DecisionDraft draft, Model model) {
        if (draft.getSubjectId() == null) {
            return "redirect:/decisions/new/" + JourneyPage.first(draft).slug();
        }
        for (JourneyPage page : JourneyPage.values()) {
            if (page.applies(draft) && page.needsAnswers(draft)) {
                return "redirect:/decisions/new/" + page.slug();
            }
        }
        List<Row> rows = new ArrayList<>();
        for (JourneyStep step : JourneyStep.values()) {
            if (step.applies.test(draft)) {
                rows.add(new Row(step.question(), describe(actor, step, draft), "/decisions/new/" + JourneyPage.of(step, draft).slug() + "?check=true"));
            }
        }
        model.addAttribute("rows", rows);
        model.addAttribute("progress", new JourneyPage.Progress(pagesAsked(draft) + 1, pagesAsked(draft) + 1));
        model.addAttribute("back", "/decisions/new/" + lastPage(draft).slug());
        try {
            model.addAttribute("outcome", decisions.preview(actor, draft.toCommand(), draft.getRequestId()));
        } catch (InvalidRequestException e) {
            model.addAttribute("problems", e.violations().stream().map(Violation::message).distinct().toList());
        }
        return "decision/check";
    }

    @GetMapping("/rationale")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String rationale(Actor actor, @ModelAttribute("draft") DecisionDraft draft, Model model) {
        if (draft.getSubjectId() == null) {
            return "redirect:/decisions/new/" + JourneyPage.first(draft).slug();
        }
        return rationaleView(actor, draft, model);
    }

    @PostMapping("/rationale")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String decide(Actor actor, @ModelAttribute("draft") DecisionDraft draft, BindingResult binding, Model model, SessionStatus session,
                  RedirectAttributes redirect) {
        if (draft.getRequestId() != null && (draft.getMessageToRequester() == null || draft.getMessageToRequester().isBlank())) {
            binding.rejectValue("messageToRequester", "required", "Enter what to tell the requester about your decision");
        }
        if (binding.hasErrors()) {
            return rationaleView(actor, draft, model);
        }
        return forms.submit(binding, parsing -> draft.toCommand(), command -> {
            UUID id;
            if (draft.getRequestId() != null) {
                InformationRequest answered = requests.answer(actor, draft.getRequestId(), new DecisionCommands.AnswerRequest(command, draft.getMessageToRequester()));
                id = answered.decisionId();
                if (id == null) {
                    id = decisions.forRequest(actor, draft.getRequestId()).map(RecordedDecision::id).orElseThrow();
                }
            } else if (draft.getReconsiders() != null) {
                id = decisions.reconsider(actor, draft.getReconsiders(), new DecisionCommands.Reconsider(draft.getNewInformation(), command)).id();
            } else {
                id = decisions.decide(actor, command).id();
            }
            session.setComplete();
            redirect.addFlashAttribute("success", "Your decision has been recorded");
            return "redirect:/decisions/" + id;
        }, () -> rationaleView(actor, draft, model));
    }

    private String rationaleView(Actor actor, DecisionDraft draft, Model model) {
        model.addAttribute("draft", draft);
        try {
            DecisionResult outcome = decisions.preview(actor, draft.toCommand(), draft.getRequestId());
            model.addAttribute("outcome", outcome);
        } catch (InvalidRequestException e) {
            // No outcome to show: the answers are checked again when the decision is recorded, and any problem shown then.
            model.addAttribute("problems", e.violations().stream().map(Violation::message).distinct().toList());
        }
        return "decision/rationale";
    }

    private static int pagesAsked(DecisionDraft draft) {
        int count = 0;
        for (JourneyPage page : JourneyPage.values()) {
            if (page.applies(draft)) {
                count++;
            }
        }
        return count;
    }

    private static JourneyPage lastPage(DecisionDraft draft) {
        JourneyPage last = JourneyPage.first(draft);
        for (JourneyPage page : JourneyPage.values()) {
            if (page.applies(draft)) {
                last = page;
            }
        }
        return last;
    }

    private String describe(Actor actor, JourneyStep step, DecisionDraft draft) {
        if (step == JourneyStep.PERSON) {
            return draft.getSubjectLabel();
        }
        Object value = new BeanWrapperImpl(draft).getPropertyValue(step.field());
        List<Option> choices = questions.options(actor, step, draft);
        List<String> values = value instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                : value == null ? List.of() : List.of(String.valueOf(value));
        List<String> labels = new ArrayList<>();
        for (String v : values) {
            labels.add(choices.isEmpty() ? v : choices.stream().filter(o -> o.value().equals(v)).map(Option::label).findFirst().orElse(v));
        }
        if (step == JourneyStep.PURPOSE && draft.getPurposeDetails() != null && !draft.getPurposeDetails().isBlank()) {
            labels.add(draft.getPurposeDetails());
        }
        if (step == JourneyStep.RECIPIENT && draft.getRecipientPerson() != null && !draft.getRecipientPerson().isBlank()) {
            labels.add("Named person: " + draft.getRecipientPerson());
        }
        return labels.isEmpty() ? "None" : String.join("; ", labels);
    }
}
