package org.infoshare.delivery;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.infoshare.decision.AuthorisedShare;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.ledger.RecordDigests;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.access.SignedIn;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.Violation;
import org.infoshare.subject.Subject;
import org.infoshare.subject.Subjects;
import org.infoshare.web.FormSubmission;
import org.infoshare.web.Option;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.infoshare.shared.Role.CALDICOTT_GUARDIAN;
import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;
import static org.infoshare.shared.Role.MANAGER;
import static org.infoshare.shared.Role.PRACTITIONER;

/**
 * Secure delivery in the browser: composing from a share decision, reading, printing, withdrawing, breaches, notices
 * (the inbox and sent lists are {@link DisclosureListPages}).
 */
@Controller
class DisclosurePages {

    private final Disclosures disclosures;
    private final DeliveryNotices notices;
    private final DirectoryLookup directory;
    private final DisclosureLabels labels;
    private final Subjects subjects;
    private final FormSubmission forms;
    private final RecordDigests digests;

    DisclosurePages(Disclosures disclosures, DeliveryNotices notices, DirectoryLookup directory, DisclosureLabels labels, Subjects subjects,
                    FormSubmission forms, RecordDigests digests) {
        this.digests = digests;
        this.subjects = subjects;
        this.disclosures = disclosures;
        this.notices = notices;
        this.directory = directory;
        this.labels = labels;
        this.forms = forms;
    }

    private void names(Model model, Collection<Disclosure> list) {
        model.addAttribute("names", labels.names(list));
    }

    private String addressee(Disclosure d) {
        return DisclosureText.addressee(d, directory.names(Arrays.asList(d.recipientTeamId(), d.recipientUserId())));
    }

    // --- composing -------------------------------------------------------------------------------------

    @GetMapping("/disclosures/new")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String compose(Actor actor, @RequestParam(required = false) UUID decision, Model model) {
        if (decision == null) {
            // A disclosure always starts from a share decision: the sent page lists those ready to disclose.
            return "redirect:/sent";
        }
        AuthorisedShare share = disclosures.shareDecision(actor, decision);
        return composeView(actor, model, share, DisclosureForms.DisclosureForm.of(share));
    }

    @PostMapping("/disclosures/new")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String send(Actor actor, @ModelAttribute("form") DisclosureForms.DisclosureForm form, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        if (form.getDecisionId() == null) {
            throw new org.infoshare.shared.problem.NotFoundException("Share decision");
        }
        AuthorisedShare share = disclosures.shareDecision(actor, form.getDecisionId());
        return forms.submit(binding, form::toCommand, parsed -> {
            Disclosure created;
            try {
                created = disclosures.create(actor, parsed.command());
            } catch (InvalidRequestException e) {
                throw new InvalidRequestException(e.violations().stream().map(v -> onForm(v, parsed.formIndex())).toList());
            }
            redirect.addFlashAttribute("success", "Disclosure sent to " + addressee(created));
            return "redirect:/disclosures/" + created.id();
        }, () -> composeView(actor, model, share, form));
    }

    /** The service names items by their place in the command; the form by their place on the page. */
    private static Violation onForm(Violation violation, int[] formIndex) {
        String field = violation.field();
        if (field.startsWith("items[")) {
            int close = field.indexOf(']');
            int index = Integer.parseInt(field.substring(6, close));
            if (index < formIndex.length) {
                field = "items[" + formIndex[index] + "]" + field.substring(close + 1);
            }
            if (field.endsWith(".code")) {
                field = "";
            }
        } else if (field.equals("recipientTeamId") || field.equals("recipientUserId")) {
            field = "recipient";
        } else if (field.startsWith("protectedIdentities")) {
            field = "protectedIdentities";
        } else if (field.equals("decisionId")) {
            field = "";
        }
        return new Violation(field, violation.rule(), violation.message());
    }

    private String composeView(Actor actor, Model model, AuthorisedShare share, DisclosureForms.DisclosureForm form) {
        model.addAttribute("share", share);
        model.addAttribute("form", form);
        model.addAttribute("subject", subjects.find(share.subjectId()).filter(s -> actor.belongsTo(s.organisationId())).map(Subject::name).orElse(""));
        model.addAttribute("names", directory.names(List.of()));
        Map<String, AuthorisedShare.Item> itemsByCode = new HashMap<>();
        share.items().forEach(i -> itemsByCode.put(i.code(), i));
        model.addAttribute("itemsByCode", itemsByCode);
        model.addAttribute("kinds", Option.of(ItemKind.values(), ItemKind::label));
        model.addAttribute("recipients", recipientOptions(share));
        model.addAttribute("already", disclosures.madeUnder(actor, share.decisionId()));
        return "disclosures/compose";
    }

    private List<Option> recipientOptions(AuthorisedShare share) {
        List<Option> options = new ArrayList<>();
        Map<UUID, String> teamNames = new HashMap<>();
        directory.teams(share.recipientOrganisationId()).forEach(t -> teamNames.put(t.id(), t.name()));
        teamNames.entrySet().stream()
                .filter(e -> share.recipientTeamId() == null || share.recipientTeamId().equals(e.getKey()))
                .sorted(Map.Entry.comparingByValue())
                .forEach(e -> options.add(new Option("team:" + e.getKey(), "Team: " + e.getValue())));
        directory.people(share.recipientOrganisationId()).stream()
                .filter(DirectoryLookup.Person::active)
                .filter(p -> share.recipientTeamId() == null || p.teamIds().contains(share.recipientTeamId()))
                .sorted(java.util.Comparator.comparing(DirectoryLookup.Person::displayName))
                .forEach(p -> options.add(new Option("person:" + p.id(), "Named person: " + p.displayName()
                        + p.teamIds().stream().map(teamNames::get).filter(Objects::nonNull).map(t -> " (" + t + ")").findFirst().orElse(""))));
        return options;
    }

    // --- reading ---------------------------------------------------------------------------------------

    @GetMapping("/disclosures/{id}")
    @SignedIn(personalData = true)
    String view(Actor actor, @PathVariable UUID id, Model model) {
        DisclosureView view = disclosures.read(actor, id, DisclosureReading.OPENED);
        model.addAttribute("view", view);
        model.addAttribute("integrity", view.finding());
        model.addAttribute("d", view.disclosure());
        model.addAttribute("addressee", addressee(view.disclosure()));
        names(model, List.of(view.disclosure()));
        if (view.asSender()) {
            model.addAttribute("history", disclosures.accessHistory(actor, id));
            model.addAttribute("subject", labels.subjects(actor, List.of(view.disclosure().subjectId())).get(view.disclosure().subjectId()));
        }
        return "disclosures/view";
    }

    @GetMapping("/disclosures/{id}/print")
    @SignedIn(personalData = true)
    String print(Actor actor, @PathVariable UUID id, Model model) {
        DisclosureView view = disclosures.read(actor, id, DisclosureReading.PRINTED);
        model.addAttribute("view", view);
        model.addAttribute("integrity", view.finding());
        model.addAttribute("d", view.disclosure());
        model.addAttribute("addressee", addressee(view.disclosure()));
        model.addAttribute("names", directory.names(List.of()));
        return "disclosures/print";
    }

    @GetMapping("/disclosures/{id}/download")
    @SignedIn(personalData = true)
    @ResponseBody
    ResponseEntity<String> download(Actor actor, @PathVariable UUID id) {
        DisclosureView view = disclosures.read(actor, id, DisclosureReading.DOWNLOADED);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("disclosure-" + id + ".txt").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .body(DisclosureText.render(view, directory.names(List.of()).get(view.disclosure().senderOrganisationId()),
                        addressee(view.disclosure())));
    }

    @GetMapping("/disclosures/{id}/record")
    @SignedIn
    String record(Actor actor, @PathVariable UUID id, Model model) {
        Disclosure d = disclosures.readRecord(actor, id);
        model.addAttribute("d", d);
        model.addAttribute("integrity", digests.check(ProtectedRecords.DISCLOSURE, d.id()).orElse(null));
        model.addAttribute("addressee", addressee(d));
        names(model, List.of(d));
        model.addAttribute("history", actor.belongsTo(d.senderOrganisationId()) ? disclosures.accessHistory(actor, id) : List.of());
        return "disclosures/record";
    }

    // --- withdrawal and breaches -----------------------------------------------------------------------

    @GetMapping("/disclosures/{id}/withdraw")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String confirmWithdraw(Actor actor, @PathVariable UUID id, Model model) {
        return withdrawView(model, disclosures.sentByYou(actor, id), new DisclosureForms.ReasonForm());
    }

    @PostMapping("/disclosures/{id}/withdraw")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String withdraw(Actor actor, @PathVariable UUID id, @ModelAttribute("form") DisclosureForms.ReasonForm form, BindingResult binding,
                    Model model, RedirectAttributes redirect) {
        Disclosure d = disclosures.sentByYou(actor, id);
        return forms.submit(binding, () -> {
            disclosures.withdraw(actor, id, new DisclosureCommands.Withdraw(form.getReason()));
            redirect.addFlashAttribute("success", "Disclosure withdrawn. It is now an incident for your Data Protection Officer, who has been told.");
            return "redirect:/disclosures/" + id;
        }, () -> withdrawView(model, d, form));
    }

    private String withdrawView(Model model, Disclosure d, DisclosureForms.ReasonForm form) {
        model.addAttribute("d", d);
        model.addAttribute("addressee", addressee(d));
        model.addAttribute("form", form);
        return "disclosures/withdraw";
    }

    /** Withdrawn disclosures are assessed in the incident register now; old links land there. */
    @GetMapping("/potential-breaches")
    @RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    String breaches() {
        return "redirect:/incidents";
    }

    // --- notices ---------------------------------------------------------------------------------------

    @GetMapping("/withdrawal-notices")
    @RolesAllowed({PRACTITIONER, MANAGER, DATA_PROTECTION_OFFICER})
    String withdrawalNotices(Actor actor, Model model) {
        model.addAttribute("open", notices.toDeliver(actor));
        model.addAttribute("delivered", notices.delivered(actor, ListFilter.NONE, PageRequest.of(1, 10)));
        model.addAttribute("names", directory.names(List.of()));
        return "disclosures/withdrawal-notices";
    }

    @PostMapping("/withdrawal-notices/{id}/delivery")
    @RolesAllowed({PRACTITIONER, MANAGER, DATA_PROTECTION_OFFICER})
    String deliver(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        int told = notices.deliver(actor, id).size();
        redirect.addFlashAttribute("success", "Notice delivered to " + told + (told == 1 ? " recipient" : " recipients"));
        return "redirect:/withdrawal-notices";
    }

    @GetMapping("/inbox/notices/{id}")
    @SignedIn
    String notice(Actor actor, @PathVariable UUID id, Model model) {
        DeliveryNotice notice = notices.read(actor, id);
        model.addAttribute("notice", notice);
        model.addAttribute("names", directory.names(List.of()));
        model.addAttribute("addressed", DeliveryNotices.addressedTo(actor, notice));
        return "disclosures/notice";
    }

    @PostMapping("/inbox/notices/{id}/acknowledge")
    @SignedIn
    String acknowledge(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        notices.acknowledge(actor, id);
        redirect.addFlashAttribute("success", "Notice acknowledged");
        return "redirect:/inbox/notices/" + id;
    }
}
