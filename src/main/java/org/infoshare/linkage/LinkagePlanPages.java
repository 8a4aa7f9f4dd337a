package org.infoshare.linkage;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.infoshare.directory.DirectoryLookup;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Page;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.Violation;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;
import static org.infoshare.shared.Role.MANAGER;
import static org.infoshare.shared.Role.PRACTITIONER;

/**
 * Supporting Families linkages in the browser: the list, setting one up, a linkage's page (its configuration,
 * the latest own extract, its runs), sending the linking organisation's own extract and starting a run.
 */
@Controller
class LinkagePlanPages {

    private final LinkagePlans plans;
    private final LinkageRuns runs;
    private final DirectoryLookup directory;
    private final FormSubmission forms;

    LinkagePlanPages(LinkagePlans plans, LinkageRuns runs, DirectoryLookup directory, FormSubmission forms) {
        this.plans = plans;
        this.runs = runs;
        this.directory = directory;
        this.forms = forms;
    }

    @GetMapping("/linkage")
    @RolesAllowed({PRACTITIONER, MANAGER, DATA_PROTECTION_OFFICER})
    String list(Actor actor, Model model) {
        List<LinkagePlan> visible = plans.visibleTo(actor);
        model.addAttribute("plans", visible);
        model.addAttribute("canSetUp", LinkageAccess.administers(actor));
        model.addAttribute("names", directory.names(visible.stream().flatMap(p -> java.util.stream.Stream.of(p.analystTeamId(), p.worklistTeamId()))
                .toList()));
        return "linkage/list";
    }

    @GetMapping("/linkage/new")
    @RolesAllowed({MANAGER, DATA_PROTECTION_OFFICER})
    String createForm(Actor actor, Model model) {
        return createView(actor, model, new LinkageForms.CreatePlanForm());
    }

    @PostMapping("/linkage/new")
    @RolesAllowed({MANAGER, DATA_PROTECTION_OFFICER})
    String create(Actor actor, @ModelAttribute("form") LinkageForms.CreatePlanForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        return forms.submit(binding, parsing -> form.toCommand(), command -> {
            LinkagePlan plan = plans.create(actor, command);
            redirect.addFlashAttribute("success", "Linkage set up. Its analysts can now send their own extract and run it.");
            return "redirect:/linkage/" + plan.id();
        }, () -> createView(actor, model, form));
    }

    private String createView(Actor actor, Model model, LinkageForms.CreatePlanForm form) {
        List<Option> teams = directory.teams(actor.organisationId()).stream().map(t -> new Option(t.id().toString(), t.name())).toList();
        model.addAttribute("form", form);
        model.addAttribute("agreements", plans.agreementsFor(actor).stream().map(t -> new Option(t.agreementId().toString(), t.title())).toList());
        model.addAttribute("teams", teams);
        return "linkage/new";
    }

    @GetMapping("/linkage/{id}")
    @RolesAllowed({PRACTITIONER, MANAGER, DATA_PROTECTION_OFFICER})
    String show(Actor actor, @PathVariable UUID id, @ModelAttribute("filter") ListFilterForm filter, BindingResult binding,
                HttpServletRequest request, Model model) {
        LinkagePlan plan = plans.get(actor, id);
        boolean analyst = LinkageAccess.analyses(actor, plan);
        model.addAttribute("plan", plan);
        model.addAttribute("analyst", analyst);
        model.addAttribute("worksFamilies", LinkageAccess.worksFamilies(actor, plan));
        model.addAttribute("names", directory.names(List.of(plan.analystTeamId(), plan.worklistTeamId())));
        if (!analyst) {
            return "linkage/plan";
        }
        model.addAttribute("ownExtract", plans.ownExtract(actor, id).orElse(null));
        List<org.infoshare.dataset.DatasetUpload> sources = runs.nextSources(actor, id);
        model.addAttribute("sources", sources);
        model.addAttribute("sourceNames", directory.names(sources.stream().map(u -> u.senderOrganisationId()).toList()));
        model.addAttribute("statuses", Option.of(LinkageRuns.STATUSES));
        return forms.submit(binding, filter::toQuery, query -> {
            Page<LinkageRun> page = runs.list(actor, id, query.filter(), query.page());
            model.addAttribute("runs", page.items());
            model.addAttribute("pagination", Pagination.of(page, request));
            return "linkage/plan";
        }, () -> "linkage/plan");
    }

    @GetMapping("/linkage/{id}/extract")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String extractForm(Actor actor, @PathVariable UUID id, Model model) {
        return extractView(model, plans.forAnalyst(actor, id), List.of());
    }

    /** The own extract, encoded by encode-for-linkage: accepted whole, or refused with each row and rule broken. */
    @PostMapping("/linkage/{id}/extract")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String extract(Actor actor, @PathVariable UUID id, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        LinkagePlan plan = plans.forAnalyst(actor, id);
        if (file == null || file.isEmpty()) {
            response.setStatus(422);
            return extractView(model, plan, List.of("Choose the file encode-for-linkage wrote"));
        }
        try (var in = file.getInputStream()) {
            LinkagePlans.OwnExtractReceipt receipt = plans.uploadOwnExtract(actor, id, in);
            redirect.addFlashAttribute("success", "Extract accepted: %,d records in %,d rows. The next run reads it.".formatted(receipt.records(),
                    receipt.rows()));
            return "redirect:/linkage/" + id;
        } catch (InvalidRequestException e) {
            response.setStatus(422);
            return extractView(model, plan, e.violations().stream().map(Violation::message).toList());
        }
    }

    private String extractView(Model model, LinkagePlan plan, List<String> problems) {
        model.addAttribute("plan", plan);
        model.addAttribute("problems", problems);
        return "linkage/extract";
    }

    @PostMapping("/linkage/{id}/runs")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String start(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        LinkageRun run = runs.start(actor, id);
        redirect.addFlashAttribute("success", "Run started. It goes on in the background: refresh this page to see when it has finished.");
        return "redirect:/linkage/runs/" + run.id();
    }
}
