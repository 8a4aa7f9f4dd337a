package org.infoshare.retention;

import java.util.Arrays;

import org.infoshare.retention.rules.RecordType;
import org.infoshare.retention.rules.RetentionEvent;
import org.infoshare.retention.rules.RetentionRule;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.web.FormSubmission;
import org.infoshare.web.Option;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisation's retention rules, as structured data: the rules in force and their history, and setting one. */
@Controller
@RequestMapping("/retention/rules")
@RolesAllowed(value = Role.DATA_PROTECTION_OFFICER)
class RetentionRulePages {

    private final RetentionRules rules;
    private final FormSubmission forms;

    RetentionRulePages(RetentionRules rules, FormSubmission forms) {
        this.rules = rules;
        this.forms = forms;
    }

    @GetMapping
    String list(Actor actor, Model model) {
        model.addAttribute("rules", rules.current(actor));
        model.addAttribute("history", rules.history(actor));
        return "retention/rules";
    }

    @GetMapping("/new")
    String newRule(Model model) {
        return formView(model, new RetentionForms.RuleForm());
    }

    @PostMapping("/new")
    String set(Actor actor, @ModelAttribute("form") RetentionForms.RuleForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return forms.submit(binding, form::toCommand, command -> {
            StoredRule stored = rules.set(actor, command);
            redirect.addFlashAttribute("success", stored.rule().type().label() + ": " + stored.describe());
            return "redirect:/retention/rules";
        }, () -> formView(model, form));
    }

    private String formView(Model model, RetentionForms.RuleForm form) {
        model.addAttribute("form", form);
        model.addAttribute("types", Option.of(RecordType.values(), RecordType::label));
        model.addAttribute("actions", java.util.List.of(new Option("DISPOSE", "Dispose of them after a period"),
                new Option("REVIEW", "Review them every so many years")));
        model.addAttribute("events", Arrays.stream(RetentionEvent.values()).map(e -> new Option(e.name(), "From " + e.phrase())).toList());
        return "retention/rule-new";
    }
}
