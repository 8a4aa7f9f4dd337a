package org.infoshare.scheme;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.scheme.rules.HowReceived;
import org.infoshare.scheme.rules.Scheme;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.subject.Subject;
import org.infoshare.subject.Subjects;
import org.infoshare.web.FormSubmission;
import org.infoshare.web.Option;
import org.infoshare.web.Pagination;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.infoshare.shared.Role.MANAGER;
import static org.infoshare.shared.Role.PRACTITIONER;

/** The disclosure schemes in the browser: the force's applications, recording one, and one application with its stages. */
@Controller
class SchemePages {

    private final Schemes schemes;
    private final Subjects subjects;
    private final DirectoryLookup directory;
    private final FormSubmission forms;

    SchemePages(Schemes schemes, Subjects subjects, DirectoryLookup directory, FormSubmission forms) {
        this.schemes = schemes;
        this.subjects = subjects;
        this.directory = directory;
        this.forms = forms;
    }

    @GetMapping("/schemes")
    @RolesAllowed({PRACTITIONER, MANAGER})
    String list(Actor actor, @RequestParam(defaultValue = "open") String show, @RequestParam(required = false) String page,
                HttpServletRequest request, Model model) {
        boolean all = "all".equals(show);
        Page<SchemeApplication> found = schemes.page(actor, !all, PageRequest.of(pageNumber(page), null));
        model.addAttribute("showAll", all);
        model.addAttribute("found", found);
        model.addAttribute("pagination", Pagination.of(found, request));
        return "schemes/list";
    }

    @GetMapping("/schemes/new")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String recordForm(Actor actor, Model model) {
        if (!schemes.police(actor)) {
            throw new NotFoundException("Application");
        }
        return recordView(model, new SchemeForms.ApplicationForm());
    }

    @PostMapping("/schemes/new")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String record(Actor actor, @ModelAttribute("form") SchemeForms.ApplicationForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        return forms.submit(binding, parsing -> form.toCommand(parsing, reference -> subjects.byReference(actor, reference).map(Subject::id)),
                command -> {
                    SchemeApplication application = schemes.record(actor, command);
                    redirect.addFlashAttribute("success", "Application " + application.reference() + " recorded");
                    return "redirect:/schemes/" + application.id();
                }, () -> recordView(model, form));
    }

    private String recordView(Model model, SchemeForms.ApplicationForm form) {
        model.addAttribute("form", form);
        model.addAttribute("schemeOptions", Option.of(Scheme.values(), Scheme::label));
        model.addAttribute("howOptions", Option.of(HowReceived.values(), HowReceived::label));
        return "schemes/new";
    }

    @GetMapping("/schemes/{id}")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String show(Actor actor, @PathVariable UUID id, Model model) {
        SchemeApplication a = schemes.application(actor, id);
        model.addAttribute("a", a);
        model.addAttribute("personAtRisk", subjects.find(a.personAtRiskId()).map(Subject::name).orElse("Not known"));
        model.addAttribute("subject", subjects.find(a.subjectId()).map(Subject::name).orElse("Not known"));
        model.addAttribute("names", directory.names(a.staff()));
        return "schemes/show";
    }

    /** A page number as typed in the address; anything else is the first page. */
    private static Integer pageNumber(String page) {
        if (page == null || !page.matches("\\d{1,4}")) {
            return null;
        }
        return Math.min(PageRequest.MAX_NUMBER, Math.max(1, Integer.parseInt(page)));
    }
}
