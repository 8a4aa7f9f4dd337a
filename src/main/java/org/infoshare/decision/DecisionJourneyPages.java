package org.infoshare.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.consent.ConsentRecord;
import org.infoshare.consent.ConsentRegister;
import org.infoshare.decision.rules.Urgency;
import org.infoshare.shared.Actor;
import org.infoshare.shared.UkCalendar;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.subject.Subject;
import org.infoshare.subject.SubjectCommands;
import org.infoshare.subject.Subjects;
import org.infoshare.web.Dates;
import org.infoshare.web.FormErrors;
import org.springframework.beans.BeanWrapperImpl;
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

import static org.infoshare.shared.Role.MANAGER;
import static org.infoshare.shared.Role.PRACTITIONER;

/**
 * The guided decision journey's question pages: urgency first, a few related questions to a page with the page's
 * place in the journey shown; started afresh, from the person's page, to reconsider a refusal, or to answer another
 * agency's request with its facts filled in. The outcome and the reasons follow ({@link DecisionOutcomePages}).
 */
@Controller
@RequestMapping("/decisions")
@SessionAttributes("draft")
class DecisionJourneyPages {

    private final SharingDecisions decisions;
    private final InformationRequests requests;
    private final Subjects subjects;
    private final ConsentRegister consents;
    private final JourneyQuestionForms questions;
    private final java.time.Clock clock;
    private final Dates dates;

    DecisionJourneyPages(SharingDecisions decisions, InformationRequests requests, Subjects subjects, ConsentRegister consents,
                         JourneyQuestionForms questions, java.time.Clock clock, Dates dates) {
        this.dates = dates;
        this.decisions = decisions;
        this.requests = requests;
        this.subjects = subjects;
        this.consents = consents;
        this.questions = questions;
        this.clock = clock;
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
        if (subject != null) {
            aboutPerson(draft, subjects.subject(actor, subject));
            draft.fixPerson();
        }
        return redirectTo(JourneyPage.first(draft));
    }

    @GetMapping("/{id}/reconsider")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String reconsider(Actor actor, @PathVariable UUID id, Model model) {
        RecordedDecision previous = decisions.decision(actor, id);
        if (previous.requestId() != null) {
            return "redirect:/requests/" + previous.requestId();
        }
        DecisionDraft draft = DecisionDraft.of(previous.stated(), label(subjects.subject(actor, previous.subjectId()), dates));
        draft.setReconsiders(id);
        model.addAttribute("draft", draft);
        return redirectTo(JourneyPage.first(draft));
    }

    /** Starts the journey to answer another agency's request: the requester, purpose, items and urgency come from it. */
    @GetMapping("/answer-request/{requestId}")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String answerRequest(Actor actor, @PathVariable UUID requestId, Model model) {
        InformationRequest request = requests.request(actor, requestId);
        if (!actor.belongsTo(request.holderOrganisationId())) {
            throw new NotFoundException("Request");
        }
        DecisionDraft draft = new DecisionDraft();
        draft.setRequestId(requestId);
        draft.setReconsiders(request.previousDecisionId());
        draft.setNewInformation(request.newInformation());
        draft.setRecipient(request.requesterOrganisationId().toString());
        draft.setPurpose(request.purpose().name());
        draft.setItems(new ArrayList<>(request.items()));
        draft.setUrgency(request.urgency() == null ? null : request.urgency().name());
        model.addAttribute("draft", draft);
        return redirectTo(JourneyPage.first(draft));
    }

    @GetMapping("/new/{slug}")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String page(Actor actor, @PathVariable String slug, @ModelAttribute("draft") DecisionDraft draft, Model model) {
        JourneyPage page = JourneyPage.bySlug(slug);
        if (page == null) {
            throw new NotFoundException("Question");
        }
        if (page != JourneyPage.PERSON && draft.getSubjectId() == null || !page.applies(draft)) {
            return redirectTo(JourneyPage.first(draft));
        }
        questions.prefill(actor, page, draft);
        return pageView(actor, page, draft, model, new DecisionForms.PersonForm());
    }

    @PostMapping("/new/person")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String person(Actor actor, @ModelAttribute("draft") DecisionDraft draft, @ModelAttribute("person") DecisionForms.PersonForm person, BindingResult binding,
                  @RequestParam(defaultValue = "false") boolean check, Model model) {
        if (DraftValues.parse(Urgency.class, person.getUrgency()) == null) {
            binding.rejectValue("urgency", "required", "Select how urgently the information is needed");
        } else {
            draft.setUrgency(person.getUrgency());
        }
        Optional<Subject> found = subjects.byReference(actor, person.getReference());
        Subject subject = found.orElse(null);
        if (subject == null) {
            if (person.getReference() == null || person.getReference().isBlank()) {
                binding.rejectValue("reference", "required", "Enter your organisation's reference for them");
            } else if (person.getName() == null || person.getName().isBlank()) {
                binding.rejectValue("name", "required", "Nobody has this reference yet: enter their full name to add them");
            }
        }
        if (binding.hasErrors()) {
            return pageView(actor, JourneyPage.PERSON, draft, model, person);
        }
        if (subject == null) {
            try {
                LocalDate dob = person.getDateOfBirth().toDate("dateOfBirth", "their date of birth");
                subject = subjects.record(actor, new SubjectCommands.RecordSubject(person.getReference(), person.getName(), dob));
            } catch (InvalidRequestException e) {
                FormErrors.show(binding, e);
                return pageView(actor, JourneyPage.PERSON, draft, model, person);
            }
        }
        if (draft.getSubjectId() != null && !draft.getSubjectId().equals(subject.id())) {
            draft.setConsent(null);
            draft.setConsentState(null);
        }
        aboutPerson(draft, subject);
        return next(JourneyPage.PERSON, draft, check);
    }

    @PostMapping("/new/{slug}")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String answer(Actor actor, @PathVariable String slug, @ModelAttribute("draft") DecisionDraft draft, BindingResult binding,
                  @RequestParam(defaultValue = "false") boolean check, Model model) {
        JourneyPage page = JourneyPage.bySlug(slug);
        if (page == null || page == JourneyPage.PERSON) {
            throw new NotFoundException("Question");
        }
        BeanWrapperImpl answers = new BeanWrapperImpl(draft);
        List<JourneyStep> asked = page.steps(draft);
        for (JourneyStep step : page.allSteps()) {
            if (!asked.contains(step)) {
                // An answer to a question that no longer applies must not reach the decision.
                answers.setPropertyValue(step.field(), step.multiple() ? new ArrayList<String>() : null);
            } else if (!step.optional() && JourneyPage.unanswered(step, draft)) {
                binding.rejectValue(step.field(), "required", (step.kind == JourneyStep.Kind.TEXT ? "Enter" : "Select") + " an answer to: " + step.question());
            }
        }
        if (asked.contains(JourneyStep.NEW_INFORMATION) && draft.getNewInformation() != null && draft.getNewInformation().length() > 4000) {
            binding.rejectValue("newInformation", "max-length", "Your answer is too long");
        }
        if (asked.contains(JourneyStep.OVERRIDE) && draft.getConsentOverrideJustification() != null && draft.getConsentOverrideJustification().length() > 2000) {
            binding.rejectValue("consentOverrideJustification", "max-length", "Your answer is too long");
        }
        if (asked.contains(JourneyStep.CONSENT) && !binding.hasFieldErrors("consent")) {
            consentState(actor, draft, binding);
        }
        if (asked.contains(JourneyStep.ITEMS)) {
            draft.getIdentifiesOthers().retainAll(draft.getItems());
            draft.getProtectsChild().retainAll(draft.getItems());
        }
        if (binding.hasErrors()) {
            return pageView(actor, page, draft, model, new DecisionForms.PersonForm());
        }
        return next(page, draft, check);
    }

    private void consentState(Actor actor, DecisionDraft draft, BindingResult binding) {
        draft.setConsentState(null);
        if (DecisionDraft.NOT_SOUGHT.equals(draft.getConsent())) {
            return;
        }
        try {
            ConsentRecord record = consents.consent(actor, UUID.fromString(draft.getConsent()));
            draft.setConsentState(record.status().name());
        } catch (RuntimeException e) {
            binding.rejectValue("consent", "consent-record", "Choose one of the consent records listed");
        }
    }

    private String next(JourneyPage page, DecisionDraft draft, boolean check) {
        JourneyPage next = page.next(draft);
        if (next == null || check && !next.needsAnswers(draft)) {
            return "redirect:/decisions/new/check";
        }
        return redirectTo(next) + (check ? "?check=true" : "");
    }

    private String pageView(Actor actor, JourneyPage page, DecisionDraft draft, Model model, DecisionForms.PersonForm person) {
        JourneyPage previous = page.previous(draft);
        model.addAttribute("page", page);
        model.addAttribute("progress", page.progress(draft));
        model.addAttribute("questions", questions.questions(actor, page, draft));
        model.addAttribute("back", previous == null ? "/decisions" : "/decisions/new/" + previous.slug());
        if (page == JourneyPage.PERSON) {
            if (person.getUrgency() == null) {
                person.setUrgency(draft.getUrgency());
            }
            model.addAttribute("person", person);
            model.addAttribute("urgencies", questions.options(actor, JourneyStep.URGENCY, draft));
            if (draft.getRequestId() != null) {
                model.addAttribute("requestPerson", requests.request(actor, draft.getRequestId()).person());
            }
            return "decision/person";
        }
        return "decision/step";
    }

    private void aboutPerson(DecisionDraft draft, Subject person) {
        draft.setSubjectId(person.id());
        draft.setSubjectLabel(label(person, dates));
        draft.setAgeYears(person.ageOn(UkCalendar.today(clock)));
    }

    private static String redirectTo(JourneyPage page) {
        return "redirect:/decisions/new/" + page.slug();
    }

    static String label(Subject subject, Dates dates) {
        return subject.name() + " (" + subject.reference() + (subject.dateOfBirth() == null ? "" : ", born " + dates.born(subject.dateOfBirth())) + ")";
    }
}
