package org.infoshare.retention;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Page;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.problem.InvalidRequestException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The disposal run: what is due today, starting a run, and the certificates of runs so far. */
@Controller
@RequestMapping("/retention/disposal")
@RolesAllowed(value = Role.DATA_PROTECTION_OFFICER, personalData = true)
class DisposalPages {

    private final DisposalRuns disposal;
    private final DirectoryLookup directory;
    private final FormSubmission forms;

    DisposalPages(DisposalRuns disposal, DirectoryLookup directory, FormSubmission forms) {
        this.disposal = disposal;
        this.directory = directory;
        this.forms = forms;
    }

    @GetMapping
    String preview(Actor actor, @ModelAttribute("filter") ListFilterForm filter, BindingResult binding, HttpServletRequest request, Model model) {
        model.addAttribute("p", disposal.preview(actor));
        model.addAttribute("triggers", Option.of(DisposalRuns.TRIGGERS));
        return forms.submit(binding, filter::toQuery, query -> {
            Page<DisposalCertificate> page = disposal.certificates(actor, query.filter(), query.page());
            model.addAttribute("certificates", page.items());
            model.addAttribute("pagination", Pagination.of(page, request));
            return "retention/disposal";
        }, () -> "retention/disposal");
    }

    @PostMapping("/runs")
    String start(Actor actor, RedirectAttributes redirect) {
        try {
            DisposalCertificate certificate = disposal.start(actor);
            redirect.addFlashAttribute("success", "Disposal run finished: " + certificate.total()
                    + (certificate.total() == 1 ? " record" : " records") + " disposed of");
            return "redirect:/retention/disposal/runs/" + certificate.runId();
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/retention/disposal";
        }
    }

    @GetMapping("/runs/{runId}")
    String certificate(Actor actor, @PathVariable UUID runId, Model model) {
        DisposalCertificate certificate = disposal.certificate(actor, runId);
        model.addAttribute("c", certificate);
        model.addAttribute("names", directory.names(certificate.startedBy() == null ? List.of() : List.of(certificate.startedBy())));
        return "retention/certificate";
    }
}
