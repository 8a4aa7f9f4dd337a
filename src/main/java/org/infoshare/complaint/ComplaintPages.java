package org.infoshare.complaint;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.infoshare.complaint.rules.Channel;
import org.infoshare.complaint.rules.ComplaintDeadlines;
import org.infoshare.complaint.rules.Topic;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.shared.Actor;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.access.SignedIn;
import org.infoshare.web.FormSubmission;
import org.infoshare.web.Option;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.infoshare.shared.Role.CALDICOTT_GUARDIAN;
import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;

/** The complaints register in the browser: recording a complaint, one complaint, the deadlines. */
@Controller
class ComplaintPages {

    private final Complaints complaints;
    private final DirectoryLookup directory;
    private final FormSubmission forms;

    ComplaintPages(Complaints complaints, DirectoryLookup directory, FormSubmission forms) {
        this.complaints = complaints;
        this.directory = directory;
        this.forms = forms;
    }

    @GetMapping("/complaints/new")
    @RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    String recordForm(Actor actor, Model model) {
        return recordView(actor, model, new ComplaintForms.RecordForm());
    }

    @PostMapping("/complaints/new")
    @RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    String record(Actor actor, @ModelAttribute("form") ComplaintForms.RecordForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        return forms.submit(binding, form::toCommand, command -> {
            Complaint complaint = complaints.record(actor, command);
            redirect.addFlashAttribute("success", "Complaint " + complaint.reference() + " recorded");
            return "redirect:/complaints/" + complaint.id();
        }, () -> recordView(actor, model, form));
    }

    private String recordView(Actor actor, Model model, ComplaintForms.RecordForm form) {
        model.addAttribute("form", form);
        model.addAttribute("channels", Option.of(Channel.values(), Channel::label));
        model.addAttribute("topicOptions", Option.of(Topic.values(), Topic::label));
        model.addAttribute("deadlines", complaints.deadlines(actor.organisationId()));
        return "complaints/new";
    }

    @GetMapping("/complaints/{id}")
    @SignedIn(personalData = true)
    String show(Actor actor, @PathVariable UUID id, Model model) {
        ComplaintView view = complaints.complaint(actor, id);
        Complaint c = view.complaint();
        List<UUID> named = new ArrayList<>(java.util.Arrays.asList(c.recordedBy(), c.acknowledgedBy(), c.investigator(), c.closedBy()));
        c.links().forEach(l -> named.add(l.linkedBy()));
        model.addAttribute("v", view);
        model.addAttribute("c", c);
        model.addAttribute("names", directory.names(named.stream().filter(Objects::nonNull).toList()));
        model.addAttribute("canAct", Complaints.HANDLERS.stream().anyMatch(actor::hasRole));
        model.addAttribute("canClose", !c.closed() && (Complaints.HANDLERS.stream().anyMatch(actor::hasRole) || actor.userId().equals(c.investigator())));
        return "complaints/show";
    }

    @GetMapping("/complaints/deadlines")
    @RolesAllowed({DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN})
    String deadlinesForm(Actor actor, Model model) {
        ComplaintDeadlines current = complaints.deadlines(actor.organisationId());
        ComplaintForms.SettingsForm form = new ComplaintForms.SettingsForm();
        form.setAcknowledgeDays(String.valueOf(current.acknowledgeDays()));
        form.setRespondDays(String.valueOf(current.respondDays()));
        model.addAttribute("form", form);
        return "complaints/deadlines";
    }

    @PostMapping("/complaints/deadlines")
    @RolesAllowed({DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN})
    String setDeadlines(Actor actor, @ModelAttribute("form") ComplaintForms.SettingsForm form, BindingResult binding, Model model,
                        RedirectAttributes redirect) {
        return forms.submit(binding, form::toCommand, command -> {
            ComplaintDeadlines saved = complaints.setDeadlines(actor, command);
            redirect.addFlashAttribute("success", "New complaints are acknowledged within " + saved.acknowledgeDays()
                    + " working days and answered within " + saved.respondDays());
            return "redirect:/complaints";
        }, () -> {
            model.addAttribute("form", form);
            return "complaints/deadlines";
        });
    }
}
