package org.infoshare.consent;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Organisation;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.ledger.RecordDigests;
import org.infoshare.readlog.ReadHow;
import org.infoshare.readlog.ReadLog;
import org.infoshare.readlog.RecordKind;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Page;
import org.infoshare.shared.SharingPurpose;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.subject.Subject;
import org.infoshare.subject.SubjectCommands;
import org.infoshare.subject.Subjects;
import org.infoshare.web.DateInput;
import org.infoshare.web.FormParsing;
import org.infoshare.web.FormSubmission;
import org.infoshare.web.ListFilterForm;
import org.infoshare.web.Option;
import org.infoshare.web.Pagination;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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
import static org.infoshare.shared.Role.PRACTITIONER;

/** The consent register in the UI: record consent or a refusal, see its history, withdraw it, download it as FHIR. */
@Controller
@RequestMapping("/consents")
@RolesAllowed(value = {PRACTITIONER, MANAGER, DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
class ConsentPages {

    private final ConsentRegister register;
    private final ConsentWithdrawalNotices notices;
    private final ConsentFhirExport fhir;
    private final Subjects subjects;
    private final DirectoryLookup directory;
    private final FormSubmission forms;

    /** Who opened a consent record is recorded (002 §4.5). */
    private final ReadLog reads;
    /** Whether the record is still as the ledger recorded it (ADR 0063). */
    private final RecordDigests digests;

    ConsentPages(ConsentRegister register, ConsentWithdrawalNotices notices, ConsentFhirExport fhir, Subjects subjects,
                 DirectoryLookup directory, FormSubmission forms, ReadLog reads, RecordDigests digests) {
        this.reads = reads;
        this.digests = digests;
        this.register = register;
        this.notices = notices;
        this.fhir = fhir;
        this.subjects = subjects;
        this.directory = directory;
        this.forms = forms;
    }

    @GetMapping
    String list(Actor actor, @ModelAttribute("filter") ListFilterForm filter, BindingResult binding, HttpServletRequest request, Model model) {
        Map<UUID, String> names = names();
        model.addAttribute("notices", notices.openByRecipient(actor));
        model.addAttribute("names", names);
        model.addAttribute("statuses", Option.of(ConsentStatus.values(), ConsentStatus::label));
        model.addAttribute("organisations", ListFilterForm.otherOrganisations(names, actor.organisationId()));
        return forms.submit(binding, filter::toQuery, query -> {
            Page<ConsentRecord> page = register.page(actor, query.filter(), query.page());
            model.addAttribute("records", page.items());
            model.addAttribute("people", people(actor, page.items().stream().map(ConsentRecord::subjectId).toList()));
            model.addAttribute("pagination", Pagination.of(page, request));
            return "consent/consents";
        }, () -> "consent/consents");
    }

    @GetMapping("/new")
    String newConsent(Actor actor, Model model) {
        return formView(actor, model, new ConsentForm());
    }

    @PostMapping("/new")
    String record(Actor actor, @ModelAttribute("form") ConsentForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return forms.submit(binding, form::parse, parsed -> {
            Subject subject = person(actor, form, parsed.dateOfBirth());
            ConsentRecord record = register.record(actor, form.toCommand(subject.id(), parsed));
            redirect.addFlashAttribute("success", "Consent " + (record.status() == ConsentStatus.REFUSED ? "refusal " : "") + "recorded");
            return "redirect:/consents/" + record.id();
        }, () -> formView(actor, model, form));
    }

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable UUID id, Model model) {
        ConsentRecord record = register.consent(actor, id);
        reads.read(actor, RecordKind.CONSENT, record.id(), record.subjectId(), record.organisationId(), ReadHow.VIEWED);
        model.addAttribute("record", record);
        model.addAttribute("integrity", digests.check(ProtectedRecords.CONSENT, record.id()).orElse(null));
        model.addAttribute("subject", subjects.subject(actor, record.subjectId()));
        model.addAttribute("history", register.history(actor, id));
        model.addAttribute("notices", register.notices(actor, id));
        model.addAttribute("names", names());
        model.addAttribute("staff", directory.displayNames(register.history(actor, id).stream().map(ConsentEvent::recordedBy).toList()));
        return "consent/consent";
    }

    @GetMapping("/{id}/withdraw")
    String withdrawForm(Actor actor, @PathVariable UUID id, Model model) {
        return withdrawView(actor, id, model, new WithdrawForm());
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(Actor actor, @PathVariable UUID id, @ModelAttribute("form") WithdrawForm form, BindingResult binding, Model model,
                    RedirectAttributes redirect) {
        return forms.submit(binding, form::toCommand, command -> {
            ConsentRecord record = register.withdraw(actor, id, command);
            long raised = register.notices(actor, id).size();
            redirect.addFlashAttribute("success", "Withdrawal recorded" + (raised > 0 ? ". " + raised + " recipient(s) must now be told." : ""));
            return "redirect:/consents/" + record.id();
        }, () -> withdrawView(actor, id, model, form));
    }

    @PostMapping("/notices/{noticeId}/done")
    String noticeDone(Actor actor, @PathVariable UUID noticeId, RedirectAttributes redirect) {
        notices.markDone(actor, noticeId);
        redirect.addFlashAttribute("success", "Marked as told");
        return "redirect:/consents";
    }

    @GetMapping("/{id}/fhir")
    ResponseEntity<String> download(Actor actor, @PathVariable UUID id) {
        return ResponseEntity.ok()
                .contentType(ConsentApi.FHIR_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"consent-" + id + ".fhir.json\"")
                .body(fhir.json(actor, id));
    }

    private String withdrawView(Actor actor, UUID id, Model model, WithdrawForm form) {
        ConsentRecord record = register.consent(actor, id);
        model.addAttribute("record", record);
        model.addAttribute("subject", subjects.subject(actor, record.subjectId()));
        model.addAttribute("form", form);
        return "consent/withdraw";
    }

    private Subject person(Actor actor, ConsentForm form, LocalDate dob) {
        Optional<Subject> found = subjects.byReference(actor, form.getReference());
        if (found.isPresent()) {
            return found.get();
        }
        if (form.getName() == null || form.getName().isBlank()) {
            throw InvalidRequestException.of("name", "required", "Nobody in your records has this reference: enter their full name to add them");
        }
        return subjects.record(actor, new SubjectCommands.RecordSubject(form.getReference(), form.getName(), dob));
    }

    private String formView(Actor actor, Model model, ConsentForm form) {
        model.addAttribute("form", form);
        model.addAttribute("answers", List.of(new Option("GIVEN", "They gave consent"), new Option("REFUSED", "They refused consent")));
        model.addAttribute("givers", Option.of(GivenBy.values(), GivenBy::label));
        model.addAttribute("capacities", Option.of(Capacity.values(), Capacity::label));
        model.addAttribute("explicitOptions", List.of(new Option("true", "Explicit: they clearly agreed (or refused) in words or writing"),
                new Option("false", "Implied: inferred from what they did")));
        model.addAttribute("media", Option.of(ConsentMedium.values(), ConsentMedium::label));
        model.addAttribute("purposeOptions", Option.of(SharingPurpose.values(), SharingPurpose::label));
        List<Option> recipients = new ArrayList<>();
        for (Organisation organisation : directory.organisations()) {
            if (!organisation.id().equals(actor.organisationId())) {
                recipients.add(new Option(organisation.id().toString(), organisation.name()));
            }
        }
        model.addAttribute("recipientOptions", recipients);
        return "consent/consent-new";
    }

    private Map<UUID, String> names() {
        return directory.names(List.of());
    }

    private Map<UUID, String> people(Actor actor, List<UUID> ids) {
        Map<UUID, String> people = new HashMap<>();
        for (UUID id : ids) {
            people.computeIfAbsent(id, k -> {
                Subject s = subjects.subject(actor, k);
                return s.name() + " (" + s.reference() + ")";
            });
        }
        return people;
    }

    record Parsed(LocalDate dateOfBirth, LocalDate givenOn, LocalTime givenTime, LocalDate validUntil) {
    }

    public static class ConsentForm {
        private String reference;
        private String name;
        private DateInput dateOfBirth = new DateInput();
        private ConsentCommands.Answer answer;
        private GivenBy givenBy;
        private String giverName;
        private Capacity capacity;
        private Boolean explicit;
        private ConsentMedium medium;
        private DateInput givenOn = new DateInput();
        private String givenTime;
        private String whatWasAgreed;
        private List<SharingPurpose> purposes = new ArrayList<>();
        private List<UUID> recipients = new ArrayList<>();
        private DateInput validUntil = new DateInput();

        Parsed parse(FormParsing parsing) {
            LocalTime time = null;
            if (givenTime != null && !givenTime.isBlank()) {
                try {
                    time = LocalTime.parse(givenTime.strip().replace('.', ':'));
                } catch (java.time.format.DateTimeParseException e) {
                    time = null; // reported by the register as a missing time where one is needed
                }
            }
            return new Parsed(parsing.date(dateOfBirth, "dateOfBirth", "their date of birth"),
                    parsing.date(givenOn, "givenOn", "the date it was given or refused"), time,
                    parsing.date(validUntil, "validUntil", "the date consent ends"));
        }

        ConsentCommands.RecordConsent toCommand(UUID subjectId, Parsed parsed) {
            return new ConsentCommands.RecordConsent(subjectId, answer, givenBy, giverName, capacity, explicit, medium, parsed.givenOn(),
                    parsed.givenTime(), whatWasAgreed, Set.copyOf(purposes), Set.copyOf(recipients), null, parsed.validUntil());
        }

        public String getReference() { return reference; }
        public void setReference(String reference) { this.reference = reference; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public DateInput getDateOfBirth() { return dateOfBirth; }
        public void setDateOfBirth(DateInput dateOfBirth) { this.dateOfBirth = dateOfBirth; }
        public ConsentCommands.Answer getAnswer() { return answer; }
        public void setAnswer(ConsentCommands.Answer answer) { this.answer = answer; }
        public GivenBy getGivenBy() { return givenBy; }
        public void setGivenBy(GivenBy givenBy) { this.givenBy = givenBy; }
        public String getGiverName() { return giverName; }
        public void setGiverName(String giverName) { this.giverName = giverName; }
        public Capacity getCapacity() { return capacity; }
        public void setCapacity(Capacity capacity) { this.capacity = capacity; }
        public Boolean getExplicit() { return explicit; }
        public void setExplicit(Boolean explicit) { this.explicit = explicit; }
        public ConsentMedium getMedium() { return medium; }
        public void setMedium(ConsentMedium medium) { this.medium = medium; }
        public DateInput getGivenOn() { return givenOn; }
        public void setGivenOn(DateInput givenOn) { this.givenOn = givenOn; }
        public String getGivenTime() { return givenTime; }
        public void setGivenTime(String givenTime) { this.givenTime = givenTime; }
        public String getWhatWasAgreed() { return whatWasAgreed; }
        public void setWhatWasAgreed(String whatWasAgreed) { this.whatWasAgreed = whatWasAgreed; }
        public List<SharingPurpose> getPurposes() { return purposes; }
        public void setPurposes(List<SharingPurpose> purposes) { this.purposes = purposes == null ? new ArrayList<>() : purposes; }
        public List<UUID> getRecipients() { return recipients; }
        public void setRecipients(List<UUID> recipients) { this.recipients = recipients == null ? new ArrayList<>() : recipients; }
        public DateInput getValidUntil() { return validUntil; }
        public void setValidUntil(DateInput validUntil) { this.validUntil = validUntil; }
    }

    public static class WithdrawForm {
        private DateInput withdrawnOn = new DateInput();
        private String notes;

        ConsentCommands.WithdrawConsent toCommand(FormParsing parsing) {
            return new ConsentCommands.WithdrawConsent(parsing.date(withdrawnOn, "withdrawnOn", "the date consent was withdrawn"), null, notes);
        }

        public DateInput getWithdrawnOn() { return withdrawnOn; }
        public void setWithdrawnOn(DateInput withdrawnOn) { this.withdrawnOn = withdrawnOn; }
        public String getNotes() { return notes; }
        public void setNotes(String notes) { this.notes = notes; }
    }
}
