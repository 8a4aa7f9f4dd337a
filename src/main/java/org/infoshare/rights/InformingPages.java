package org.infoshare.rights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.dataset.DatasetSpecification;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.rights.rules.InformMethod;
import org.infoshare.rights.rules.NotToldReason;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Page;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.subject.Subject;
import org.infoshare.subject.Subjects;
import org.infoshare.web.FormParsing;
import org.infoshare.web.FormSubmission;
import org.infoshare.web.ListFilterForm;
import org.infoshare.web.Option;
import org.infoshare.web.Pagination;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Informing people (002 §3.1): the organisation's privacy notice in its versions (published by the DPO), the shares
 * whose sender said the person would be told with nothing recorded yet, and recording that a person was told or why not.
 */
@Controller
@RequestMapping("/rights/informing")
@RolesAllowed(value = {Role.PRACTITIONER, Role.MANAGER, Role.DATA_PROTECTION_OFFICER}, personalData = true)
class InformingPages {

    private static final UUID NOBODY = new UUID(0, 0);

    private final Informing informing;
    private final Subjects subjects;
    private final DirectoryLookup directory;
    private final FormSubmission forms;

    InformingPages(Informing informing, Subjects subjects, DirectoryLookup directory, FormSubmission forms) {
        this.informing = informing;
        this.subjects = subjects;
        this.directory = directory;
        this.forms = forms;
    }

    @GetMapping
    String overview(Actor actor, @ModelAttribute("filter") ListFilterForm filter, BindingResult binding, HttpServletRequest request, Model model) {
        Map<UUID, String> organisations = directory.names(List.of());
        model.addAttribute("notices", informing.notices(actor.organisationId()));
        model.addAttribute("publisher", actor.hasRole(Role.DATA_PROTECTION_OFFICER));
        model.addAttribute("names", organisations);
        model.addAttribute("organisations", ListFilterForm.otherOrganisations(organisations, actor.organisationId()));
        return forms.submit(binding, filter::toQuery, query -> {
            Page<InformingStore.Untold> page = informing.untold(actor, query.filter(), query.page());
            Map<UUID, Subject> people = new HashMap<>();
            page.items().forEach(u -> people.computeIfAbsent(u.subjectId(), id -> subjects.subject(actor, id)));
            model.addAttribute("untold", page.items());
            model.addAttribute("people", people);
            model.addAttribute("pagination", Pagination.of(page, request));
            return "rights/informing";
        }, () -> "rights/informing");
    }

    @GetMapping("/notices/new")
    @RolesAllowed(value = Role.DATA_PROTECTION_OFFICER, personalData = true)
    String publishForm(Actor actor, Model model) {
        model.addAttribute("form", new InformingForms.PublishForm());
        return publishView(actor, model);
    }

    @PostMapping("/notices/new")
    @RolesAllowed(value = Role.DATA_PROTECTION_OFFICER, personalData = true)
    String publish(Actor actor, @ModelAttribute("form") InformingForms.PublishForm form, BindingResult binding, Model model,
                   RedirectAttributes redirect) {
        return forms.submit(binding, form::toCommand, command -> {
            PrivacyNotice notice = informing.publish(actor, command);
            redirect.addFlashAttribute("success", "Version " + notice.version() + " of your privacy notice is published");
            return "redirect:/rights/informing/notices/" + notice.version();
        }, () -> publishView(actor, model));
    }

    private String publishView(Actor actor, Model model) {
        List<DatasetSpecification> datasets = informing.datasets(actor);
        model.addAttribute("datasetOptions", datasetOptions(datasets, datasets));
        return "rights/privacy-notice-new";
    }

    /** Each dataset named by who sends it to whom (the directory's names), in the order given. */
    private List<Option> datasetOptions(List<DatasetSpecification> chosen, List<DatasetSpecification> all) {
        List<UUID> ids = new ArrayList<>();
        all.forEach(d -> {
            ids.add(d.senderOrganisationId());
            ids.add(d.recipientOrganisationId());
            ids.add(d.recipientTeamId());
        });
        Map<UUID, String> names = directory.names(ids);
        return chosen.stream().map(d -> new Option(d.id().toString(), "From " + names.get(d.senderOrganisationId()) + " to "
                + names.get(d.recipientOrganisationId()) + ", " + names.get(d.recipientTeamId()))).toList();
    }

    @GetMapping("/notices/{version}")
    String notice(Actor actor, @PathVariable int version, Model model) {
        PrivacyNotice notice = informing.notices(actor.organisationId()).stream().filter(n -> n.version() == version).findFirst()
                .orElseThrow(() -> new NotFoundException("Privacy notice"));
        List<DatasetSpecification> all = informing.datasets(actor);
        model.addAttribute("notice", notice);
        model.addAttribute("datasets", datasetOptions(all.stream().filter(d -> notice.datasetSpecificationIds().contains(d.id())).toList(), all));
        return "rights/privacy-notice";
    }

    @GetMapping("/record")
    String recordForm(Actor actor, @RequestParam(required = false) UUID disclosure, @RequestParam(required = false) UUID person, Model model) {
        InformingForms.RecordForm form = new InformingForms.RecordForm();
        form.setDisclosureId(disclosure);
        if (person != null) {
            form.setReference(subjects.subject(actor, person).reference());
        }
        return recordView(actor, form, model);
    }

    @PostMapping("/record")
    String record(Actor actor, @ModelAttribute("form") InformingForms.RecordForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        return forms.submit(binding, parsing -> form.toCommand(parsing, person(actor, form, parsing)), command -> {
            PersonInformed informed = informing.record(actor, command);
            redirect.addFlashAttribute("success", informed.told() ? "Recorded: they were told" : "Recorded: they were not told, and why");
            return "redirect:/rights/informing";
        }, () -> recordView(actor, form, model));
    }

    /**
     * The person the reference names. When it names nobody the problem is reported on the reference, and the command
     * built with {@link #NOBODY} is never sent: the form is shown again.
     */
    private UUID person(Actor actor, InformingForms.RecordForm form, FormParsing parsing) {
        if (form.getReference() == null || form.getReference().isBlank()) {
            parsing.invalid("reference", "required", "Enter your reference for the person");
            return NOBODY;
        }
        Optional<Subject> subject = subjects.byReference(actor, form.getReference().strip());
        if (subject.isEmpty()) {
            parsing.invalid("reference", "known-person", "Nobody in your records has this reference");
            return NOBODY;
        }
        return subject.get().id();
    }

    private String recordView(Actor actor, InformingForms.RecordForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("toldOptions", List.of(new Option("true", "Yes, they were told"), new Option("false", "No, they were not told")));
        model.addAttribute("methods", Option.of(InformMethod.values(), InformMethod::label));
        model.addAttribute("reasons", Option.of(NotToldReason.values(), NotToldReason::label));
        model.addAttribute("versions", informing.notices(actor.organisationId()).stream()
                .map(n -> new Option(String.valueOf(n.version()), "Version " + n.version() + ": " + n.title())).toList());
        return "rights/informed-new";
    }
}
