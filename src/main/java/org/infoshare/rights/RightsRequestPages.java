package org.infoshare.rights;

import java.util.List;
import java.util.UUID;

import org.infoshare.directory.DirectoryLookup;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.ledger.RecordDigests;
import org.infoshare.rights.rules.IdentityCheck;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.subject.Subject;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One rights request: where it stands, the identity check, and finding the person and confirming it is them. */
@Controller
@RequestMapping("/rights/requests/{id}")
@RolesAllowed(value = {Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.AUDITOR}, personalData = true)
class RightsRequestPages {

    private final RightsRequests requests;
    private final PersonFinder finder;
    private final Subjects subjects;
    private final AccessBundles bundles;
    private final Propagation propagation;
    private final DirectoryLookup directory;
    private final FormSubmission forms;
    private final RecordDigests digests;

    RightsRequestPages(RightsRequests requests, PersonFinder finder, Subjects subjects, AccessBundles bundles, Propagation propagation,
                       DirectoryLookup directory, FormSubmission forms, RecordDigests digests) {
        this.digests = digests;
        this.directory = directory;
        this.requests = requests;
        this.finder = finder;
        this.subjects = subjects;
        this.bundles = bundles;
        this.propagation = propagation;
        this.forms = forms;
    }

    @GetMapping
    String show(Actor actor, @PathVariable UUID id, Model model) {
        RightsRequests.Queued queued = requests.request(actor, id);
        RightsRequest request = queued.request();
        model.addAttribute("q", queued);
        model.addAttribute("r", request);
        model.addAttribute("integrity", digests.check(ProtectedRecords.RIGHTS_REQUEST, request.id()).orElse(null));
        // after an erasure the person's record is gone: the request stays as the record that it was done
        model.addAttribute("subject", request.subjectId() == null || request.erasedAt() != null ? null : subjects.subject(actor, request.subjectId()));
        model.addAttribute("canWork", actor.hasRole(Role.DATA_PROTECTION_OFFICER));
        model.addAttribute("bundle", bundles.ofRequest(actor, id).orElse(null));
        List<RightsNotice> notices = propagation.ofRequest(actor, id);
        model.addAttribute("notices", notices);
        model.addAttribute("names", directory.names(notices.stream().map(RightsNotice::recipientOrganisationId).toList()));
        return "rights/request";
    }

    @GetMapping("/identity")
    String identityForm(Actor actor, @PathVariable UUID id, Model model) {
        return identityView(actor, id, model, new RightsForms.IdentityForm());
    }

    @PostMapping("/identity")
    String identity(Actor actor, @PathVariable UUID id, @ModelAttribute("form") RightsForms.IdentityForm form, BindingResult binding,
                    Model model, RedirectAttributes redirect) {
        return forms.submit(binding, form::toCommand, command -> {
            requests.recordIdentity(actor, id, command);
            redirect.addFlashAttribute("success", "Identity check recorded");
            return "redirect:/rights/requests/" + id;
        }, () -> identityView(actor, id, model, form));
    }

    /** The candidates from the person search: by what the requester said, or by what the DPO searches for. */
    @GetMapping("/person")
    String person(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String reference, Model model) {
        RightsRequest request = requests.open(actor, id);
        RightsRequest.PersonDescribed described = reference == null || reference.isBlank() ? request.person()
                : new RightsRequest.PersonDescribed(null, null, reference.strip());
        List<Subject> candidates = finder.candidates(actor, described);
        model.addAttribute("r", request);
        model.addAttribute("candidates", candidates);
        model.addAttribute("reference", reference);
        return "rights/person";
    }

    @PostMapping("/person")
    String confirmPerson(Actor actor, @PathVariable UUID id, @RequestParam(required = false) UUID subjectId, Model model,
                         RedirectAttributes redirect) {
        if (subjectId == null) {
            redirect.addFlashAttribute("problem", "Select the person this request is about, or confirm you hold nothing about them");
            return "redirect:/rights/requests/" + id + "/person";
        }
        requests.confirmPerson(actor, id, new RightsCommands.ConfirmPerson(subjectId));
        redirect.addFlashAttribute("success", "Person confirmed");
        return "redirect:/rights/requests/" + id;
    }

    @PostMapping("/not-held")
    String notHeld(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        requests.confirmNotHeld(actor, id);
        redirect.addFlashAttribute("success", "Recorded that you hold nothing about them");
        return "redirect:/rights/requests/" + id;
    }

    private String identityView(Actor actor, UUID id, Model model, RightsForms.IdentityForm form) {
        model.addAttribute("r", requests.open(actor, id));
        model.addAttribute("form", form);
        model.addAttribute("checks", Option.of(IdentityCheck.values(), IdentityCheck::label));
        return "rights/identity";
    }
}
