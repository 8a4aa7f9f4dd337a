package org.infoshare.decision;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.infoshare.decision.rules.Answer;
import org.infoshare.decision.rules.Question;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.shared.Actor;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.Violation;
import org.infoshare.subject.Subjects;
import org.infoshare.web.FormSubmission;
import org.infoshare.web.Option;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.infoshare.shared.Role.CALDICOTT_GUARDIAN;
import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;
import static org.infoshare.shared.Role.MANAGER;

/**
 * The adviser's answers for managers, Data Protection Officers and Caldicott Guardians: advice on a decision,
 * a decision on a disagreement (001 Q4), and a manager's review of a consent override. The desk listing them is
 * {@link AdviceQueuePages}.
 */
@Controller
@RequestMapping("/advice")
class AdvicePages {

    private final SharingDecisions decisions;
    private final DecisionFollowUps followUps;
    private final Subjects subjects;
    private final DirectoryLookup directory;
    private final FormSubmission forms;

    AdvicePages(SharingDecisions decisions, DecisionFollowUps followUps, Subjects subjects, DirectoryLookup directory, FormSubmission forms) {
        this.decisions = decisions;
        this.followUps = followUps;
        this.subjects = subjects;
        this.directory = directory;
        this.forms = forms;
    }

    @GetMapping("/{id}")
    @RolesAllowed(value = {MANAGER, DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    String adviceForm(Actor actor, @PathVariable UUID id, Model model) {
        return adviceView(actor, id, model, new AdviceForm());
    }

    @PostMapping("/{id}")
    @RolesAllowed(value = {MANAGER, DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    String advise(Actor actor, @PathVariable UUID id, @ModelAttribute("form") AdviceForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        return forms.submit(binding, parsing -> form.toCommand(), command -> {
            try {
                followUps.advise(actor, id, command);
            } catch (InvalidRequestException e) {
                throw asForm(e);
            }
            redirect.addFlashAttribute("success", "Your advice is recorded and the decision is complete");
            return "redirect:/decisions/" + id;
        }, () -> adviceView(actor, id, model, form));
    }

    @GetMapping("/reviews/{id}")
    @RolesAllowed(value = MANAGER, personalData = true)
    String reviewForm(Actor actor, @PathVariable UUID id, Model model) {
        return reviewView(actor, id, model, new ReviewForm());
    }

    @PostMapping("/reviews/{id}")
    @RolesAllowed(value = MANAGER, personalData = true)
    String review(Actor actor, @PathVariable UUID id, @ModelAttribute("form") ReviewForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        return forms.submit(binding, parsing -> form.toCommand(), command -> {
            followUps.review(actor, id, command);
            redirect.addFlashAttribute("success", "Your review is recorded");
            return "redirect:/decisions/" + id;
        }, () -> reviewView(actor, id, model, form));
    }

    @GetMapping("/judgements/{id}")
    @RolesAllowed(value = {MANAGER, DATA_PROTECTION_OFFICER}, personalData = true)
    String judgementForm(Actor actor, @PathVariable UUID id, Model model) {
        JudgeForm form = new JudgeForm();
        followUps.judgementQuestions(actor, id).forEach((question, answer) -> {
            if (answer != Answer.NOT_SURE) {
                form.getAnswers().put(question.name(), answer.name());
            }
        });
        return judgementView(actor, id, model, form);
    }

    @PostMapping("/judgements/{id}")
    @RolesAllowed(value = {MANAGER, DATA_PROTECTION_OFFICER}, personalData = true)
    String judge(Actor actor, @PathVariable UUID id, @ModelAttribute("form") JudgeForm form, BindingResult binding, Model model,
                 RedirectAttributes redirect) {
        return forms.submit(binding, parsing -> form.toCommand(), command -> {
            try {
                followUps.judge(actor, id, command);
            } catch (InvalidRequestException e) {
                throw asForm(e);
            }
            redirect.addFlashAttribute("success", "Your decision on the disagreement is recorded");
            return "redirect:/decisions/" + id;
        }, () -> judgementView(actor, id, model, form));
    }

    private String judgementView(Actor actor, UUID id, Model model, JudgeForm form) {
        RecordedDecision decision = decisions.decision(actor, id);
        if (decision.status() != DecisionStatus.AWAITING_JUDGEMENT) {
            throw new org.infoshare.shared.problem.NotFoundException("Disagreement");
        }
        model.addAttribute("decision", decision);
        model.addAttribute("subject", subjects.subject(actor, decision.subjectId()));
        model.addAttribute("names", names());
        model.addAttribute("people", directory.displayNames(List.of(decision.decidedBy())));
        model.addAttribute("questions", followUps.judgementQuestions(actor, id).keySet());
        model.addAttribute("form", form);
        model.addAttribute("yesNo", List.of(new Option("YES", "Yes"), new Option("NO", "No")));
        return "decision/judgement";
    }

    /** The API names answers as answers.QUESTION; the form binds them as answers[QUESTION]. */
    private static InvalidRequestException asForm(InvalidRequestException e) {
        if (e.status() != 422) {
            return e;
        }
        return new InvalidRequestException(e.violations().stream()
                .map(v -> v.field().startsWith("answers.") ? new Violation("answers[" + v.field().substring(8) + "]", v.rule(), v.message()) : v).toList());
    }

    private String adviceView(Actor actor, UUID id, Model model, AdviceForm form) {
        RecordedDecision decision = decisions.decision(actor, id);
        model.addAttribute("decision", decision);
        model.addAttribute("subject", subjects.subject(actor, decision.subjectId()));
        model.addAttribute("names", names());
        model.addAttribute("form", form);
        model.addAttribute("yesNo", List.of(new Option("YES", "Yes"), new Option("NO", "No")));
        return "decision/advice";
    }

    private String reviewView(Actor actor, UUID id, Model model, ReviewForm form) {
        RecordedDecision decision = decisions.decision(actor, id);
        model.addAttribute("decision", decision);
        model.addAttribute("subject", subjects.subject(actor, decision.subjectId()));
        model.addAttribute("names", names());
        model.addAttribute("form", form);
        model.addAttribute("agreeOptions", List.of(new Option("true", "Yes, the override was justified"), new Option("false", "No, it was not")));
        return "decision/review";
    }

    private Map<UUID, String> names() {
        Map<UUID, String> names = new HashMap<>();
        directory.organisations().forEach(o -> names.put(o.id(), o.name()));
        return names;
    }

    /** Answers by question name, as a form posts them; an unknown question or answer is unanswered, and reported as such. */
    static Map<Question, Answer> parsed(Map<String, String> answers) {
        Map<Question, Answer> parsed = new EnumMap<>(Question.class);
        answers.forEach((question, answer) -> {
            try {
                if (answer != null && !answer.isBlank()) {
                    parsed.put(Question.valueOf(question), Answer.valueOf(answer));
                }
            } catch (IllegalArgumentException ignored) {
                // left unanswered: the service names the question still to answer
            }
        });
        return parsed;
    }

    /** An adviser's answers, by question name, and their advice. */
    public static class AdviceForm {
        private Map<String, String> answers = new HashMap<>();
        private String overrideJustification;
        private String advice;

        DecisionCommands.Advise toCommand() {
            return new DecisionCommands.Advise(parsed(answers), overrideJustification, advice);
        }

        public Map<String, String> getAnswers() { return answers; }
        public void setAnswers(Map<String, String> answers) { this.answers = answers; }
        public String getOverrideJustification() { return overrideJustification; }
        public void setOverrideJustification(String overrideJustification) { this.overrideJustification = overrideJustification; }
        public String getAdvice() { return advice; }
        public void setAdvice(String advice) { this.advice = advice; }
    }

    /** A judge's answers to the questions of judgement, by question name, and their reasons. */
    public static class JudgeForm {
        private Map<String, String> answers = new HashMap<>();
        private String overrideJustification;
        private String reasons;

        DecisionCommands.Judge toCommand() {
            return new DecisionCommands.Judge(parsed(answers), overrideJustification, reasons);
        }

        public Map<String, String> getAnswers() { return answers; }
        public void setAnswers(Map<String, String> answers) { this.answers = answers; }
        public String getOverrideJustification() { return overrideJustification; }
        public void setOverrideJustification(String overrideJustification) { this.overrideJustification = overrideJustification; }
        public String getReasons() { return reasons; }
        public void setReasons(String reasons) { this.reasons = reasons; }
    }

    public static class ReviewForm {
        private Boolean agree;
        private String comments;

        DecisionCommands.Review toCommand() {
            return new DecisionCommands.Review(agree, comments);
        }

        public Boolean getAgree() { return agree; }
        public void setAgree(Boolean agree) { this.agree = agree; }
        public String getComments() { return comments; }
        public void setComments(String comments) { this.comments = comments; }
    }
}
