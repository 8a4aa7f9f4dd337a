package org.infoshare.decision;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.consent.ConsentRecord;
import org.infoshare.consent.ConsentRegister;
import org.infoshare.decision.rules.Answer;
import org.infoshare.decision.rules.NotInformReason;
import org.infoshare.decision.rules.NotSoughtReason;
import org.infoshare.decision.rules.OutsideUk;
import org.infoshare.decision.rules.PublicInterest;
import org.infoshare.decision.rules.Urgency;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Organisation;
import org.infoshare.directory.Team;
import org.infoshare.legal.BuiltInProvisions;
import org.infoshare.legal.ProvisionKind;
import org.infoshare.shared.Actor;
import org.infoshare.shared.SharingPurpose;
import org.infoshare.shared.UkCalendar;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.subject.Subject;
import org.infoshare.subject.SubjectCommands;
import org.infoshare.subject.Subjects;
import org.infoshare.web.DateInput;
import org.infoshare.web.FormErrors;
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
import org.springframework.web.bind.annotation.SessionAttributes;
import org.springframework.web.bind.support.SessionStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.infoshare.shared.Role.CALDICOTT_GUARDIAN;
import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;
import static org.infoshare.shared.Role.MANAGER;
import static org.infoshare.shared.Role.PRACTITIONER;

/**
 * The guided decision journey (one question per page, the golden rules at hand, check your answers, your
 * reasons), the printable decision page, and what follows a decision.
 */
@Controller
@RequestMapping("/decisions")
@SessionAttributes("draft")
class DecisionPages {

    private final SharingDecisions decisions;
    private final InformationRequests requests;
    private final Subjects subjects;
    private final ConsentRegister consents;
    private final DirectoryLookup directory;
    private final FormSubmission forms;
    private final java.time.Clock clock;

    DecisionPages(SharingDecisions decisions, InformationRequests requests, Subjects subjects, ConsentRegister consents,
                  DirectoryLookup directory, FormSubmission forms, java.time.Clock clock) {
        this.clock = clock;
        this.decisions = decisions;
        this.requests = requests;
        this.subjects = subjects;
        this.consents = consents;
        this.directory = directory;
        this.forms = forms;
    }

    @ModelAttribute("draft")
    DecisionDraft draft() {
        return new DecisionDraft();
    }

    @GetMapping
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String list(Actor actor, Model model) {
        model.addAttribute("decisions", decisions.recent(actor));
        model.addAttribute("awaitingWriting", decisions.awaitingWrittenConfirmation(actor));
        model.addAttribute("names", names(actor));
        return "decision/decisions";
    }

    @GetMapping("/new")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String start(Model model) {
        DecisionDraft draft = new DecisionDraft();
        model.addAttribute("draft", draft);
        return "redirect:/decisions/new/" + JourneyStep.first(draft).slug();
    }

    @GetMapping("/{id}/reconsider")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String reconsider(Actor actor, @PathVariable UUID id, Model model) {
        RecordedDecision previous = decisions.decision(actor, id);
        if (previous.requestId() != null) {
            return "redirect:/requests/" + previous.requestId();
        }
        DecisionDraft draft = DecisionDraft.of(previous.stated(), label(subjects.subject(actor, previous.subjectId())));
        draft.setReconsiders(id);
        model.addAttribute("draft", draft);
        return "redirect:/decisions/new/" + JourneyStep.first(draft).slug();
    }

    /** Starts the journey to answer another agency's request: the recipient is the requester. */
    @GetMapping("/answer-request/{requestId}")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String answerRequest(Actor actor, @PathVariable UUID requestId, Model model) {
        InformationRequest request = requests.request(actor, requestId);
        if (!actor.belongsTo(request.holderOrganisationId())) {
            throw new org.infoshare.shared.problem.NotFoundException("Request");
        }
        DecisionDraft draft = new DecisionDraft();
        draft.setRequestId(requestId);
        draft.setReconsiders(request.previousDecisionId());
        draft.setNewInformation(request.newInformation());
        draft.setRecipient(request.requesterOrganisationId().toString());
        draft.setPurpose(request.purpose().name());
        draft.setItems(new ArrayList<>(request.items()));
        model.addAttribute("draft", draft);
        return "redirect:/decisions/new/" + JourneyStep.first(draft).slug();
    }

    @GetMapping("/new/{slug}")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String step(Actor actor, @PathVariable String slug, @ModelAttribute("draft") DecisionDraft draft, Model model) {
        if ("check".equals(slug)) {
            return check(actor, draft, model);
        }
        if ("rationale".equals(slug)) {
            return rationaleView(draft, model);
        }
        JourneyStep step = JourneyStep.bySlug(slug);
        if (step == null) {
            throw new org.infoshare.shared.problem.NotFoundException("Question");
        }
        if (step != JourneyStep.PERSON && draft.getSubjectId() == null) {
            return "redirect:/decisions/new/" + JourneyStep.PERSON.slug();
        }
        return stepView(actor, step, draft, model, new PersonForm());
    }

    @PostMapping("/new/person")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String person(Actor actor, @ModelAttribute("draft") DecisionDraft draft, @ModelAttribute("person") PersonForm person, BindingResult binding,
                  @RequestParam(defaultValue = "false") boolean check, Model model) {
        Optional<Subject> found = subjects.byReference(actor, person.getReference());
        Subject subject;
        if (found.isPresent()) {
            subject = found.get();
        } else {
            if (person.getReference() == null || person.getReference().isBlank()) {
                binding.rejectValue("reference", "required", "Enter your organisation's reference for them");
                return stepView(actor, JourneyStep.PERSON, draft, model, person);
            }
            if (person.getName() == null || person.getName().isBlank()) {
                binding.rejectValue("name", "required", "Nobody has this reference yet: enter their full name to add them");
                return stepView(actor, JourneyStep.PERSON, draft, model, person);
            }
            try {
                LocalDate dob = person.getDateOfBirth().toDate("dateOfBirth", "their date of birth");
                subject = subjects.record(actor, new SubjectCommands.RecordSubject(person.getReference(), person.getName(), dob));
            } catch (InvalidRequestException e) {
                FormErrors.show(binding, e);
                return stepView(actor, JourneyStep.PERSON, draft, model, person);
            }
        }
        if (draft.getSubjectId() != null && !draft.getSubjectId().equals(subject.id())) {
            draft.setConsent(null);
            draft.setConsentState(null);
        }
        draft.setSubjectId(subject.id());
        draft.setSubjectLabel(label(subject));
        draft.setAgeYears(subject.ageOn(UkCalendar.today(clock)));
        return next(JourneyStep.PERSON, draft, check);
    }

    @PostMapping("/new/{slug}")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String answer(Actor actor, @PathVariable String slug, @ModelAttribute("draft") DecisionDraft draft, BindingResult binding,
                  @RequestParam(defaultValue = "false") boolean check, Model model) {
        JourneyStep step = JourneyStep.bySlug(slug);
        if (step == null || step == JourneyStep.PERSON) {
            throw new org.infoshare.shared.problem.NotFoundException("Question");
        }
        Object value = new org.springframework.beans.BeanWrapperImpl(draft).getPropertyValue(step.field());
        boolean empty = value == null || value instanceof String text && text.isBlank() || value instanceof List<?> list && list.isEmpty();
        if (empty && !step.optional()) {
            binding.rejectValue(step.field(), "required", step.kind == JourneyStep.Kind.TEXT ? "Enter an answer" : "Select an answer");
            return stepView(actor, step, draft, model, new PersonForm());
        }
        if (step == JourneyStep.NEW_INFORMATION && draft.getNewInformation().length() > 4000
                || step == JourneyStep.OVERRIDE && draft.getConsentOverrideJustification() != null && draft.getConsentOverrideJustification().length() > 2000) {
            binding.rejectValue(step.field(), "max-length", "Your answer is too long");
            return stepView(actor, step, draft, model, new PersonForm());
        }
        if (step == JourneyStep.CONSENT) {
            draft.setConsentState(null);
            if (!DecisionDraft.NOT_SOUGHT.equals(draft.getConsent())) {
                try {
                    ConsentRecord record = consents.consent(actor, UUID.fromString(draft.getConsent()));
                    draft.setConsentState(record.status().name());
                } catch (RuntimeException e) {
                    binding.rejectValue("consent", "consent-record", "Choose one of the consent records listed");
                    return stepView(actor, step, draft, model, new PersonForm());
                }
            }
        }
        if (step == JourneyStep.ITEMS) {
            draft.getIdentifiesOthers().retainAll(draft.getItems());
        }
        return next(step, draft, check);
    }

    @PostMapping("/new/rationale")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String decide(Actor actor, @ModelAttribute("draft") DecisionDraft draft, BindingResult binding, Model model, SessionStatus session,
                  RedirectAttributes redirect) {
        if (draft.getRequestId() != null && (draft.getMessageToRequester() == null || draft.getMessageToRequester().isBlank())) {
            binding.rejectValue("messageToRequester", "required", "Enter what to tell the requester about your decision");
        }
        if (binding.hasErrors()) {
            return rationaleView(draft, model);
        }
        return forms.submit(binding, parsing -> draft.toCommand(), command -> {
            UUID id;
            if (draft.getRequestId() != null) {
                InformationRequest answered = requests.answer(actor, draft.getRequestId(), new DecisionCommands.AnswerRequest(command, draft.getMessageToRequester()));
                id = answered.decisionId();
                if (id == null) {
                    id = decisions.recent(actor).stream().filter(d -> draft.getRequestId().equals(d.requestId())).findFirst().map(RecordedDecision::id).orElseThrow();
                }
            } else if (draft.getReconsiders() != null) {
                id = decisions.reconsider(actor, draft.getReconsiders(), new DecisionCommands.Reconsider(draft.getNewInformation(), command)).id();
            } else {
                id = decisions.decide(actor, command).id();
            }
            session.setComplete();
            redirect.addFlashAttribute("success", "Your decision has been recorded");
            return "redirect:/decisions/" + id;
        }, () -> rationaleView(draft, model));
    }

    @GetMapping("/{id}")
    @RolesAllowed(value = {PRACTITIONER, MANAGER, DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    String show(Actor actor, @PathVariable UUID id, Model model) {
        RecordedDecision decision = decisions.decision(actor, id);
        model.addAttribute("decision", decision);
        model.addAttribute("subject", subjects.subject(actor, decision.subjectId()));
        model.addAttribute("names", names(actor));
        model.addAttribute("people", directory.displayNames(people(decision)));
        model.addAttribute("canAct", actor.hasAnyRole(PRACTITIONER, MANAGER));
        model.addAttribute("verbal", new VerbalShareForm());
        return "decision/decision";
    }

    @PostMapping("/{id}/verbal-share")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String verbalShare(Actor actor, @PathVariable UUID id, @ModelAttribute("verbal") VerbalShareForm form, BindingResult binding, Model model,
                       RedirectAttributes redirect) {
        return forms.submit(binding, form::toCommand, command -> {
            decisions.recordVerbalShare(actor, id, command);
            redirect.addFlashAttribute("success", "The verbal share is recorded. Confirm it in writing.");
            return "redirect:/decisions/" + id;
        }, () -> {
            RecordedDecision decision = decisions.decision(actor, id);
            model.addAttribute("decision", decision);
            model.addAttribute("subject", subjects.subject(actor, decision.subjectId()));
            model.addAttribute("names", names(actor));
            model.addAttribute("people", directory.displayNames(people(decision)));
            model.addAttribute("canAct", true);
            return "decision/decision";
        });
    }

    @PostMapping("/{id}/written-confirmation")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String written(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        decisions.recordWrittenConfirmation(actor, id);
        redirect.addFlashAttribute("success", "Written confirmation recorded");
        return "redirect:/decisions/" + id;
    }

    private String next(JourneyStep step, DecisionDraft draft, boolean check) {
        JourneyStep next = step.next(draft);
        if (check && (next == null || !needsAnswer(next, draft))) {
            return "redirect:/decisions/new/check";
        }
        return "redirect:/decisions/new/" + (next == null ? "check" : next.slug()) + (check ? "?check=true" : "");
    }

    private static boolean needsAnswer(JourneyStep step, DecisionDraft draft) {
        Object value = new org.springframework.beans.BeanWrapperImpl(draft).getPropertyValue(step.field());
        return !step.optional() && (value == null || value instanceof String s && s.isBlank() || value instanceof List<?> l && l.isEmpty());
    }

    private String stepView(Actor actor, JourneyStep step, DecisionDraft draft, Model model, PersonForm person) {
        model.addAttribute("step", step);
        JourneyStep previous = step.previous(draft);
        model.addAttribute("back", previous == null ? "/decisions" : "/decisions/new/" + previous.slug());
        model.addAttribute("person", person);
        switch (step.kind) {
            case YES_NO -> model.addAttribute("options", List.of(new Option("YES", "Yes"), new Option("NO", "No")));
            case ANSWER -> model.addAttribute("options", Option.of(Answer.values(), Answer::label));
            case RECIPIENT -> model.addAttribute("options", recipients(actor));
            case PURPOSE -> model.addAttribute("options", Option.of(SharingPurpose.values(), SharingPurpose::label));
            case ITEMS -> model.addAttribute("options", decisions.itemChoices(actor, draft.recipientOrganisationId()).stream()
                    .map(i -> new Option(i.code(), i.label() + " (" + i.category().label().toLowerCase(java.util.Locale.ROOT) + ")")).toList());
            case OTHERS -> model.addAttribute("options", decisions.itemChoices(actor, draft.recipientOrganisationId()).stream()
                    .filter(i -> draft.getItems().contains(i.code())).map(i -> new Option(i.code(), i.label())).toList());
            case CONSENT -> model.addAttribute("options", consentOptions(actor, draft));
            case NOT_SOUGHT -> model.addAttribute("options", withNone(Option.of(NotSoughtReason.values(), NotSoughtReason::label),
                    "None of these: consent could have been sought"));
            case GATEWAYS -> model.addAttribute("options", BuiltInProvisions.ofKind(ProvisionKind.STATUTORY_GATEWAY).stream()
                    .map(p -> new Option(p.code(), p.citation() + ": " + p.title())).toList());
            case PUBLIC_INTEREST -> model.addAttribute("options", Option.of(PublicInterest.values(), PublicInterest::label));
            case URGENCY -> model.addAttribute("options", Option.of(Urgency.values(), Urgency::label));
            case OUTSIDE_UK -> model.addAttribute("options", Option.of(OutsideUk.values(), OutsideUk::label));
            case NOT_INFORM -> model.addAttribute("options", Option.of(NotInformReason.values(), NotInformReason::label));
            case ADVISER -> model.addAttribute("options", List.of(new Option("MANAGER", "My manager (designated safeguarding lead)"),
                    new Option("DATA_PROTECTION_OFFICER", "The Data Protection Officer"), new Option("CALDICOTT_GUARDIAN", "The Caldicott Guardian")));
            default -> model.addAttribute("options", List.of());
        }
        if (step == JourneyStep.PERSON && draft.getRequestId() != null) {
            InformationRequest request = requests.request(actor, draft.getRequestId());
            model.addAttribute("requestPerson", request.person());
        }
        return step == JourneyStep.PERSON ? "decision/person" : "decision/step";
    }

    private String check(Actor actor, DecisionDraft draft, Model model) {
        if (draft.getSubjectId() == null) {
            return "redirect:/decisions/new/" + JourneyStep.PERSON.slug();
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (JourneyStep step : JourneyStep.values()) {
            if (!step.applies.test(draft)) {
                continue;
            }
            if (needsAnswer(step, draft)) {
                return "redirect:/decisions/new/" + step.slug();
            }
            Map<String, String> row = new LinkedHashMap<>();
            row.put("question", step.question());
            row.put("answer", describe(actor, step, draft));
            row.put("change", "/decisions/new/" + step.slug() + "?check=true");
            rows.add(row);
        }
        model.addAttribute("rows", rows);
        return "decision/check";
    }

    private String rationaleView(DecisionDraft draft, Model model) {
        model.addAttribute("draft", draft);
        return "decision/rationale";
    }

    private String describe(Actor actor, JourneyStep step, DecisionDraft draft) {
        Object value = new org.springframework.beans.BeanWrapperImpl(draft).getPropertyValue(step.field());
        if (step == JourneyStep.PERSON) {
            return draft.getSubjectLabel();
        }
        Model options = new org.springframework.ui.ExtendedModelMap();
        stepView(actor, step, draft, options, new PersonForm());
        @SuppressWarnings("unchecked")
        List<Option> choices = (List<Option>) options.getAttribute("options");
        List<String> values = value instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                : value == null ? List.of() : List.of(String.valueOf(value));
        List<String> labels = new ArrayList<>();
        for (String v : values) {
            labels.add(choices == null || choices.isEmpty() ? v : choices.stream().filter(o -> o.value().equals(v)).map(Option::label).findFirst().orElse(v));
        }
        if (step == JourneyStep.PURPOSE && draft.getPurposeDetails() != null && !draft.getPurposeDetails().isBlank()) {
            labels.add(draft.getPurposeDetails());
        }
        if (step == JourneyStep.RECIPIENT && draft.getRecipientPerson() != null && !draft.getRecipientPerson().isBlank()) {
            labels.add("Named person: " + draft.getRecipientPerson());
        }
        return labels.isEmpty() ? "None" : String.join("; ", labels);
    }

    private List<Option> recipients(Actor actor) {
        List<Option> options = new ArrayList<>();
        for (Organisation organisation : directory.organisations()) {
            if (organisation.id().equals(actor.organisationId())) {
                continue;
            }
            options.add(new Option(organisation.id().toString(), organisation.name()));
            for (Team team : directory.teams(organisation.id())) {
                options.add(new Option(organisation.id() + ":" + team.id(), organisation.name() + " – " + team.name()));
            }
        }
        return options;
    }

    private List<Option> consentOptions(Actor actor, DecisionDraft draft) {
        Map<UUID, String> names = names(actor);
        List<Option> options = new ArrayList<>();
        for (ConsentRecord record : consents.forSubject(actor, draft.getSubjectId())) {
            String to = record.recipients().isEmpty() ? "everyone" : String.join(", ", record.recipients().stream().map(r -> names.getOrDefault(r, "another organisation")).toList());
            options.add(new Option(record.id().toString(), record.status().label() + " on " + record.givenAt().atZone(UkCalendar.ZONE).toLocalDate()
                    + (record.explicit() ? ", explicit" : ", implied") + ": " + String.join(", ", record.purposes().stream().map(SharingPurpose::label).toList())
                    + "; with " + to + (record.validUntil() != null ? "; until " + record.validUntil() : "")));
        }
        options.add(new Option(DecisionDraft.NOT_SOUGHT, "Consent has not been sought"));
        return options;
    }

    private static List<Option> withNone(List<Option> options, String none) {
        List<Option> all = new ArrayList<>(options);
        all.add(new Option("NONE", none));
        return all;
    }

    Map<UUID, String> names(Actor actor) {
        return directory.names(List.of());
    }

    private static List<UUID> people(RecordedDecision decision) {
        List<UUID> ids = new ArrayList<>();
        ids.add(decision.decidedBy());
        if (decision.advice() != null) {
            ids.add(decision.advice().advisedBy());
        }
        if (decision.review() != null && decision.review().reviewedBy() != null) {
            ids.add(decision.review().reviewedBy());
        }
        return ids;
    }

    static String label(Subject subject) {
        return subject.name() + " (" + subject.reference() + (subject.dateOfBirth() == null ? "" : ", born " + subject.dateOfBirth()) + ")";
    }

    /** The person step's fields: found by reference, or added with a name and date of birth. */
    public static class PersonForm {
        private String reference;
        private String name;
        private DateInput dateOfBirth = new DateInput();

        public String getReference() { return reference; }
        public void setReference(String reference) { this.reference = reference; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public DateInput getDateOfBirth() { return dateOfBirth; }
        public void setDateOfBirth(DateInput dateOfBirth) { this.dateOfBirth = dateOfBirth; }
    }

    /** When an urgent share was made verbally, and to whom. */
    public static class VerbalShareForm {
        private DateInput sharedOn = new DateInput();
        private String sharedTime;
        private String sharedWith;

        DecisionCommands.VerbalShare toCommand(org.infoshare.web.FormParsing parsing) {
            LocalDate date = parsing.date(sharedOn, "sharedOn", "the date you shared it");
            LocalTime time = null;
            try {
                time = sharedTime == null || sharedTime.isBlank() ? null : LocalTime.parse(sharedTime.strip().replace('.', ':'));
            } catch (java.time.format.DateTimeParseException e) {
                time = null;
            }
            return new DecisionCommands.VerbalShare(date == null || time == null ? null
                    : ZonedDateTime.of(date, time, UkCalendar.ZONE).toOffsetDateTime(), sharedWith);
        }

        public DateInput getSharedOn() { return sharedOn; }
        public void setSharedOn(DateInput sharedOn) { this.sharedOn = sharedOn; }
        public String getSharedTime() { return sharedTime; }
        public void setSharedTime(String sharedTime) { this.sharedTime = sharedTime; }
        public String getSharedWith() { return sharedWith; }
        public void setSharedWith(String sharedWith) { this.sharedWith = sharedWith; }
    }
}
