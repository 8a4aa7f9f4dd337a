package org.infoshare.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.decision.rules.StandardItems;
import org.infoshare.decision.rules.Urgency;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Organisation;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.ledger.RecordDigests;
import org.infoshare.legal.BuiltInProvisions;
import org.infoshare.legal.ProvisionKind;
import org.infoshare.shared.Actor;
import org.infoshare.shared.SharingPurpose;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.subject.Subject;
import org.infoshare.subject.SubjectCommands;
import org.infoshare.subject.Subjects;
import org.infoshare.web.DateInput;
import org.infoshare.web.FormParsing;
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

import static org.infoshare.shared.Role.MANAGER;
import static org.infoshare.shared.Role.PRACTITIONER;

/** Requests for information: asking another agency, one request and its answer, asking for reconsideration. */
@Controller
@RequestMapping("/requests")
class RequestPages {

    private final InformationRequests requests;
    private final Subjects subjects;
    private final DirectoryLookup directory;
    private final FormSubmission forms;
    private final RecordDigests digests;

    RequestPages(InformationRequests requests, Subjects subjects, DirectoryLookup directory, FormSubmission forms, RecordDigests digests) {
        this.requests = requests;
        this.digests = digests;
        this.subjects = subjects;
        this.directory = directory;
        this.forms = forms;
    }

    @GetMapping("/new")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String newRequest(Actor actor, Model model) {
        return formView(actor, model, new RequestForm());
    }

    @PostMapping("/new")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String send(Actor actor, @ModelAttribute("form") RequestForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return forms.submit(binding, parsing -> form.dateOfBirthParsed(parsing), dob -> {
            Subject subject = person(actor, form, dob);
            InformationRequest sent = requests.send(actor, form.toCommand(subject.id()));
            redirect.addFlashAttribute("success", "Your request has been sent");
            return "redirect:/requests/" + sent.id();
        }, () -> formView(actor, model, form));
    }

    @GetMapping("/{id}")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String show(Actor actor, @PathVariable UUID id, Model model) {
        return showView(actor, requests.request(actor, id), model, new NewInformationForm());
    }

    @PostMapping("/{id}/new-information")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String newInformation(Actor actor, @PathVariable UUID id, @ModelAttribute("form") NewInformationForm form, BindingResult binding, Model model,
                          RedirectAttributes redirect) {
        return forms.submit(binding, parsing -> new DecisionCommands.NewInformation(form.getNewInformation()), command -> {
            requests.provideNewInformation(actor, id, command);
            redirect.addFlashAttribute("success", "The holder has been asked to reconsider");
            return "redirect:/requests/" + id;
        }, () -> showView(actor, requests.request(actor, id), model, form));
    }

    private String showView(Actor actor, InformationRequest request, Model model, NewInformationForm form) {
        model.addAttribute("request", request);
        model.addAttribute("integrity", digests.check(ProtectedRecords.INFORMATION_REQUEST, request.id()).orElse(null));
        model.addAttribute("names", names());
        model.addAttribute("isHolder", actor.belongsTo(request.holderOrganisationId()));
        model.addAttribute("gateway", BuiltInProvisions.byCode(request.gatewayCode()).orElse(null));
        model.addAttribute("itemLabels", request.items().stream().map(code -> StandardItems.byCode(code).map(StandardItems.Item::label).orElse(code)).toList());
        model.addAttribute("form", form);
        return "decision/request";
    }

    private Subject person(Actor actor, RequestForm form, LocalDate dob) {
        Optional<Subject> found = subjects.byReference(actor, form.getReference());
        if (found.isPresent()) {
            return found.get();
        }
        if (form.getName() == null || form.getName().isBlank()) {
            throw InvalidRequestException.of("name", "required", "Nobody in your records has this reference: enter their full name to add them");
        }
        return subjects.record(actor, new SubjectCommands.RecordSubject(form.getReference(), form.getName(), dob));
    }

    private String formView(Actor actor, Model model, RequestForm form) {
        model.addAttribute("form", form);
        List<Option> holders = new ArrayList<>();
        for (Organisation organisation : directory.organisations()) {
            if (!organisation.id().equals(actor.organisationId())) {
                holders.add(new Option(organisation.id().toString(), organisation.name()));
            }
        }
        model.addAttribute("holders", holders);
        model.addAttribute("purposes", Option.of(SharingPurpose.values(), SharingPurpose::label));
        model.addAttribute("gateways", BuiltInProvisions.ofKind(ProvisionKind.STATUTORY_GATEWAY).stream()
                .map(p -> new Option(p.code(), p.citation() + ": " + p.title())).toList());
        model.addAttribute("urgencies", Option.of(Urgency.values(), Urgency::label));
        model.addAttribute("itemOptions", StandardItems.ALL.stream().map(i -> new Option(i.code(), i.label())).toList());
        model.addAttribute("yesNo", List.of(new Option("true", "Yes"), new Option("false", "No")));
        return "decision/request-new";
    }

    private Map<UUID, String> names() {
        Map<UUID, String> names = new HashMap<>();
        directory.organisations().forEach(o -> names.put(o.id(), o.name()));
        return names;
    }

    public static class RequestForm {
        private String reference;
        private String name;
        private DateInput dateOfBirth = new DateInput();
        private UUID holderOrganisationId;
        private SharingPurpose purpose;
        private String gatewayCode;
        private Boolean forPartnershipFunctions;
        private Urgency urgency;
        private List<String> items = new ArrayList<>();
        private String reason;

        LocalDate dateOfBirthParsed(FormParsing parsing) {
            return parsing.date(dateOfBirth, "dateOfBirth", "their date of birth");
        }

        DecisionCommands.SendRequest toCommand(UUID subjectId) {
            return new DecisionCommands.SendRequest(subjectId, holderOrganisationId, null, purpose, gatewayCode, forPartnershipFunctions,
                    urgency, items, reason);
        }

        public String getReference() { return reference; }
        public void setReference(String reference) { this.reference = reference; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public DateInput getDateOfBirth() { return dateOfBirth; }
        public void setDateOfBirth(DateInput dateOfBirth) { this.dateOfBirth = dateOfBirth; }
        public UUID getHolderOrganisationId() { return holderOrganisationId; }
        public void setHolderOrganisationId(UUID holderOrganisationId) { this.holderOrganisationId = holderOrganisationId; }
        public SharingPurpose getPurpose() { return purpose; }
        public void setPurpose(SharingPurpose purpose) { this.purpose = purpose; }
        public String getGatewayCode() { return gatewayCode; }
        public void setGatewayCode(String gatewayCode) { this.gatewayCode = gatewayCode; }
        public Boolean getForPartnershipFunctions() { return forPartnershipFunctions; }
        public void setForPartnershipFunctions(Boolean forPartnershipFunctions) { this.forPartnershipFunctions = forPartnershipFunctions; }
        public Urgency getUrgency() { return urgency; }
        public void setUrgency(Urgency urgency) { this.urgency = urgency; }
        public List<String> getItems() { return items; }
        public void setItems(List<String> items) { this.items = items == null ? new ArrayList<>() : items; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }

    public static class NewInformationForm {
        private String newInformation;

        public String getNewInformation() { return newInformation; }
        public void setNewInformation(String newInformation) { this.newInformation = newInformation; }
    }
}
