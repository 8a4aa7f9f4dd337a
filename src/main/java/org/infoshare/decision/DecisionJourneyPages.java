package org.infoshare.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.consent.ConsentRecord;
import org.infoshare.consent.ConsentRegister;
import org.infoshare.decision.rules.Answer;
import org.infoshare.decision.rules.Consultation;
import org.infoshare.decision.rules.NotInformReason;
import org.infoshare.decision.rules.NotSoughtReason;
import org.infoshare.decision.rules.OutsideUk;
import org.infoshare.decision.rules.PublicInterest;
import org.infoshare.decision.rules.Urgency;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Organisation;
import org.infoshare.directory.OrganisationType;
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

import static org.infoshare.shared.Role.MANAGER;
import static org.infoshare.shared.Role.PRACTITIONER;

/**
 * The guided decision journey: one question per page with the golden rules at hand, check your answers, your
 * reasons; started afresh, to reconsider a refusal, or to answer another agency's request.
 */
@Controller
@RequestMapping("/decisions")
@SessionAttributes("draft")
class DecisionJourneyPages {

    private final SharingDecisions decisions;
    private final InformationRequests requests;
    private final Subjects subjects;
    private final ConsentRegister consents;
    private final DirectoryLookup directory;
    private final FormSubmission forms;
    private final java.time.Clock clock;
    private final JourneyForms choices;

    DecisionJourneyPages(JourneyForms choices, SharingDecisions decisions, InformationRequests requests, Subjects subjects, ConsentRegister consents,
                  DirectoryLookup directory, FormSubmission forms, java.time.Clock clock) {
        this.clock = clock;
        this.choices = choices;
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

    @GetMapping("/new")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String start(Actor actor, @RequestParam(required = false) UUID subject, Model model) {
        DecisionDraft draft = new DecisionDraft();
        model.addAttribute("draft", draft);
        if (subject == null) {
            return "redirect:/decisions/new/" + JourneyStep.first(draft).slug();
        }
        Subject person = subjects.subject(actor, subject);
        draft.setSubjectId(person.id());
        draft.setSubjectLabel(label(person));
        draft.setAgeYears(person.ageOn(UkCalendar.today(clock)));
        return "redirect:/decisions/new/" + JourneyStep.PERSON.next(draft).slug();
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
        return stepView(actor, step, draft, model, new DecisionForms.PersonForm());
    }

    @PostMapping("/new/person")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String person(Actor actor, @ModelAttribute("draft") DecisionDraft draft, @ModelAttribute("person") DecisionForms.PersonForm person, BindingResult binding,
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
            return stepView(actor, step, draft, model, new DecisionForms.PersonForm());
        }
        if (step == JourneyStep.NEW_INFORMATION && draft.getNewInformation().length() > 4000
                || step == JourneyStep.OVERRIDE && draft.getConsentOverrideJustification() != null && draft.getConsentOverrideJustification().length() > 2000) {
            binding.rejectValue(step.field(), "max-length", "Your answer is too long");
            return stepView(actor, step, draft, model, new DecisionForms.PersonForm());
        }
        if (step == JourneyStep.CONSENT) {
            draft.setConsentState(null);
            if (!DecisionDraft.NOT_SOUGHT.equals(draft.getConsent())) {
                try {
                    ConsentRecord record = consents.consent(actor, UUID.fromString(draft.getConsent()));
                    draft.setConsentState(record.status().name());
                } catch (RuntimeException e) {
                    binding.rejectValue("consent", "consent-record", "Choose one of the consent records listed");
                    return stepView(actor, step, draft, model, new DecisionForms.PersonForm());
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

    private String stepView(Actor actor, JourneyStep step, DecisionDraft draft, Model model, DecisionForms.PersonForm person) {
        model.addAttribute("step", step);
        JourneyStep previous = step.previous(draft);
        model.addAttribute("back", previous == null ? "/decisions" : "/decisions/new/" + previous.slug());
        model.addAttribute("person", person);
        switch (step.kind) {
            case YES_NO -> model.addAttribute("options", List.of(new Option("YES", "Yes"), new Option("NO", "No")));
            case ANSWER -> model.addAttribute("options", Option.of(Answer.values(), Answer::label));
            case RECIPIENT -> model.addAttribute("options", choices.recipients(actor));
            case PURPOSE -> model.addAttribute("options", Option.of(SharingPurpose.values(), SharingPurpose::label));
            case ITEMS -> model.addAttribute("options", decisions.itemChoices(actor, draft.recipientOrganisationId()).stream()
                    .map(i -> new Option(i.code(), i.label() + " (" + i.category().label().toLowerCase(java.util.Locale.ROOT) + ")")).toList());
            case OTHERS -> model.addAttribute("options", decisions.itemChoices(actor, draft.recipientOrganisationId()).stream()
                    .filter(i -> draft.getItems().contains(i.code())).map(i -> new Option(i.code(), i.label())).toList());
            case CONSENT -> model.addAttribute("options", choices.consents(actor, draft.getSubjectId()));
            case NOT_SOUGHT -> model.addAttribute("options", Option.of(NotSoughtReason.values(), NotSoughtReason::label));
            case PROTECTS -> model.addAttribute("options", decisions.itemChoices(actor, draft.recipientOrganisationId()).stream()
                    .filter(i -> draft.getItems().contains(i.code())).map(i -> new Option(i.code(), i.label())).toList());
            case ORIGINATOR -> model.addAttribute("options", choices.originators(actor));
            case CONSULTATION -> model.addAttribute("options", Option.of(Consultation.values(), Consultation::label));
            case GATEWAYS -> model.addAttribute("options", choices.gateways(actor));
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
        stepView(actor, step, draft, options, new DecisionForms.PersonForm());
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

    static String label(Subject subject) {
        return subject.name() + " (" + subject.reference() + (subject.dateOfBirth() == null ? "" : ", born " + subject.dateOfBirth()) + ")";
    }
}
