package org.infoshare.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.infoshare.decision.rules.Answer;
import org.infoshare.decision.rules.Consultation;
import org.infoshare.decision.rules.NotInformReason;
import org.infoshare.decision.rules.NotSoughtReason;
import org.infoshare.decision.rules.OutsideUk;
import org.infoshare.decision.rules.PublicInterest;
import org.infoshare.decision.rules.Urgency;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.shared.Actor;
import org.infoshare.shared.SharingPurpose;
import org.infoshare.shared.UkCalendar;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.subject.Family;
import org.infoshare.subject.Subject;
import org.infoshare.subject.Subjects;
import org.infoshare.web.FormSubmission;
import org.infoshare.web.Option;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
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
 * Deciding about a family (003 'Who?'; 004 §1): who in the family the information is about, the share stated
 * once, then each member's information, consent and circumstances on a page of their own; the engine weighs each
 * member separately and records a decision for each.
 */
@Controller
@RequestMapping("/decisions/family")
@SessionAttributes("family")
class FamilyDecisionPages {

    /** Urgency comes first, as in one person's decision (ADR 0014); then the share, and each member on their own page. */
    private static final List<String> PAGES = List.of("members", "how", "share", "confidentiality", "risk");

    private final FamilyDecisions families;
    private final SharingDecisions decisions;
    private final Subjects subjects;
    private final DirectoryLookup directory;
    private final JourneyForms choices;
    private final FormSubmission forms;
    private final java.time.Clock clock;
    private final SendTarget sendTarget;

    FamilyDecisionPages(FamilyDecisions families, SharingDecisions decisions, Subjects subjects, DirectoryLookup directory, JourneyForms choices,
                        FormSubmission forms, java.time.Clock clock, SendTarget sendTarget) {
        this.sendTarget = sendTarget;
        this.families = families;
        this.decisions = decisions;
        this.subjects = subjects;
        this.directory = directory;
        this.choices = choices;
        this.forms = forms;
        this.clock = clock;
    }

    @ModelAttribute("family")
    FamilyDraft family() {
        return new FamilyDraft();
    }

    @GetMapping("/new")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String start(Actor actor, @RequestParam(required = false) UUID subject, Model model) {
        if (subject == null) {
            // A family decision starts from a person's page, where their family is shown.
            return "redirect:/people";
        }
        Subject person = subjects.subject(actor, subject);
        FamilyDraft draft = new FamilyDraft();
        draft.setSubjectId(person.id());
        draft.setSubjectLabel(person.name() + " (" + person.reference() + ")");
        model.addAttribute("family", draft);
        return "redirect:/decisions/family/new/members";
    }

    @GetMapping("/new/{page:members|share|confidentiality|risk|how|check}")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String page(Actor actor, @PathVariable String page, @ModelAttribute("family") FamilyDraft draft, Model model) {
        if (draft.getSubjectId() == null) {
            return "redirect:/people";
        }
        if ("check".equals(page) && (draft.getMembers().isEmpty() || draft.getRecipient() == null || draft.getChildAtRisk() == null
                || draft.getUrgency() == null)) {
            return "redirect:/decisions/family/new/members";
        }
        return view(actor, page, draft, model);
    }

    @PostMapping("/new/{page:members|share|confidentiality|risk|how}")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String answer(Actor actor, @PathVariable String page, @ModelAttribute("family") FamilyDraft draft, BindingResult binding, Model model) {
        if (draft.getSubjectId() == null) {
            return "redirect:/people";
        }
        switch (page) {
            case "members" -> {
                required(binding, "memberIds", draft.getMemberIds().isEmpty() ? null : "x", "Select the family members the information is about");
                required(binding, "childAtRiskMember", draft.getChildAtRiskMember(), "Select which of them, if any, is the child at risk");
            }
            case "share" -> {
                required(binding, "recipient", draft.getRecipient(), "Choose the organisation that would receive the information");
                required(binding, "purpose", draft.getPurpose(), "Select the purpose of sharing");
                required(binding, "purposeLegitimate", draft.getPurposeLegitimate(), "Select whether there is a clear and legitimate purpose");
            }
            case "confidentiality" -> {
                required(binding, "identifiable", draft.getIdentifiable(), "Select whether the information identifies anyone");
                required(binding, "confidential", draft.getConfidential(), "Select whether the information is confidential");
                required(binding, "receivedInConfidenceFrom", draft.getReceivedInConfidenceFrom(), "Select whether another organisation gave it to you in confidence");
                if (!DecisionDraft.NONE.equals(draft.getReceivedInConfidenceFrom())) {
                    required(binding, "originatorConsultation", draft.getOriginatorConsultation(), "Select whether they were consulted");
                }
            }
            case "risk" -> {
                required(binding, "childAtRisk", draft.getChildAtRisk(), "Select whether a child is at risk of significant harm");
                required(binding, "vitalInterests", draft.getVitalInterests(), "Select whether someone's life is at risk");
                required(binding, "lessIntrusiveMeans", draft.getLessIntrusiveMeans(), "Select whether there is a less intrusive way");
                required(binding, "proportionate", draft.getProportionate(), "Select whether sharing is proportionate");
            }
            default -> {
                required(binding, "urgency", draft.getUrgency(), "Select how urgently it is needed");
                required(binding, "outsideUk", draft.getOutsideUk(), "Select whether the information will go outside the UK");
                required(binding, "adviceWanted", draft.getAdviceWanted(), "Select whether you want advice first");
            }
        }
        if (binding.hasErrors()) {
            return view(actor, page, draft, model);
        }
        if (page.equals("members")) {
            members(actor, draft);
        }
        int next = PAGES.indexOf(page) + 1;
        if (page.equals("risk")) {
            return "redirect:/decisions/family/new/member/0";
        }
        return "redirect:/decisions/family/new/" + PAGES.get(next);
    }

    @GetMapping("/new/member/{index}")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String memberPage(Actor actor, @PathVariable int index, @ModelAttribute("family") FamilyDraft draft, Model model) {
        if (index < 0 || index >= draft.getMembers().size()) {
            return "redirect:/decisions/family/new/members";
        }
        return memberView(actor, index, draft, draft.getMembers().get(index), model);
    }

    @PostMapping("/new/member/{index}")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String member(Actor actor, @PathVariable int index, @ModelAttribute("family") FamilyDraft draft, @ModelAttribute("member") FamilyDraft.Member page,
                  BindingResult binding, Model model) {
        if (index < 0 || index >= draft.getMembers().size()) {
            return "redirect:/decisions/family/new/members";
        }
        FamilyDraft.Member member = draft.getMembers().get(index);
        required(binding, "items", page.getItems().isEmpty() ? null : "x", "Select the information about them you are considering sharing");
        required(binding, "consent", page.getConsent(), "Select their consent, or that it has not been sought");
        if (DecisionDraft.NOT_SOUGHT.equals(page.getConsent()) && !"NO".equals(draft.getConfidential())) {
            required(binding, "consentNotSoughtReason", page.getConsentNotSoughtReason(), "Select why their consent has not been sought");
        }
        if (member.adult()) {
            required(binding, "adultCareNeeds", page.getAdultCareNeeds(), "Select whether they have needs for care and support");
            required(binding, "adultAbuseOrNeglect", page.getAdultAbuseOrNeglect(), "Select whether they are experiencing, or at risk of, neglect or harm");
            required(binding, "adultUnableToProtect", page.getAdultUnableToProtect(), "Select whether they are unable to protect themselves");
        }
        required(binding, "informPerson", page.getInformPerson(), "Select whether you will tell them");
        member.answer(page);
        if (binding.hasErrors()) {
            String view = memberView(actor, index, draft, member, model);
            // The page shows the member as the draft holds them (with their name), so the errors move onto it.
            BeanPropertyBindingResult errors = new BeanPropertyBindingResult(member, "member");
            errors.addAllErrors(binding);
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "member", errors);
            return view;
        }
        return index + 1 < draft.getMembers().size() ? "redirect:/decisions/family/new/member/" + (index + 1) : "redirect:/decisions/family/new/check";
    }

    @PostMapping("/new/check")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String decide(Actor actor, @ModelAttribute("family") FamilyDraft draft, BindingResult binding, Model model, SessionStatus session,
                  RedirectAttributes redirect) {
        return forms.submit(binding, parsing -> draft.toCommand(), command -> {
            FamilyDecisions.FamilyDecision decided = families.decide(actor, command);
            session.setComplete();
            redirect.addFlashAttribute("success", "A decision has been recorded for each member of the family");
            return "redirect:/decisions/family/" + decided.id();
        }, () -> view(actor, "check", draft, model));
    }

    @GetMapping("/{id}")
    @RolesAllowed(value = {PRACTITIONER, MANAGER, DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    String show(Actor actor, @PathVariable UUID id, Model model) {
        FamilyDecisions.FamilyDecision family = families.family(actor, id);
        List<Subject> people = new ArrayList<>();
        family.members().forEach(d -> people.add(subjects.subject(actor, d.subjectId())));
        model.addAttribute("decided", family);
        model.addAttribute("people", people);
        model.addAttribute("names", choices.names());
        model.addAttribute("sendTo", family.members().stream().map(d -> sendTarget.name(actor, d)).toList());
        return "decision/family";
    }

    private void members(Actor actor, FamilyDraft draft) {
        Family family = subjects.family(actor, draft.getSubjectId());
        List<FamilyDraft.Member> members = new ArrayList<>();
        for (Subject person : family.everyone()) {
            if (draft.getMemberIds().contains(person.id().toString())) {
                FamilyDraft.Member kept = draft.getMembers().stream().filter(m -> m.getSubjectId().equals(person.id())).findFirst().orElse(null);
                members.add(kept != null ? kept : new FamilyDraft.Member(person.id(), person.name(), person.ageOn(UkCalendar.today(clock))));
            }
        }
        draft.getMembers().clear();
        draft.getMembers().addAll(members);
    }

    private String view(Actor actor, String page, FamilyDraft draft, Model model) {
        model.addAttribute("page", page);
        List<Option> yesNo = List.of(new Option("YES", "Yes"), new Option("NO", "No"));
        model.addAttribute("yesNo", yesNo);
        model.addAttribute("answers", Option.of(Answer.values(), Answer::label));
        switch (page) {
            case "members" -> {
                Family family = subjects.family(actor, draft.getSubjectId());
                List<Option> everyone = new ArrayList<>();
                List<Option> children = new ArrayList<>();
                everyone.add(new Option(family.person().id().toString(), family.person().name()));
                Integer age = family.person().ageOn(UkCalendar.today(clock));
                if (age != null && age < 18) {
                    children.add(new Option(family.person().id().toString(), family.person().name()));
                }
                for (Family.Member m : family.members()) {
                    everyone.add(new Option(m.subject().id().toString(), m.subject().name() + (m.direct() ? " (" + m.relationship().toLowerCase(java.util.Locale.ROOT) + ")" : "")));
                    Integer memberAge = m.subject().ageOn(UkCalendar.today(clock));
                    if (memberAge != null && memberAge < 18) {
                        children.add(new Option(m.subject().id().toString(), m.subject().name()));
                    }
                }
                children.add(new Option(DecisionDraft.NONE, "None of them"));
                model.addAttribute("everyone", everyone);
                model.addAttribute("children", children);
            }
            case "share" -> {
                model.addAttribute("recipients", choices.recipients(actor));
                model.addAttribute("purposes", Option.of(SharingPurpose.values(), SharingPurpose::label));
            }
            case "confidentiality" -> {
                model.addAttribute("originators", choices.originators(actor));
                model.addAttribute("consultations", Option.of(Consultation.values(), Consultation::label));
            }
            case "risk" -> {
                model.addAttribute("gateways", choices.gateways(actor));
                model.addAttribute("interests", Option.of(PublicInterest.values(), PublicInterest::label));
            }
            case "how" -> {
                model.addAttribute("urgencies", Option.of(Urgency.values(), Urgency::label));
                model.addAttribute("places", Option.of(OutsideUk.values(), OutsideUk::label));
                model.addAttribute("advisers", List.of(new Option("MANAGER", "My manager (designated safeguarding lead)"),
                        new Option("DATA_PROTECTION_OFFICER", "The Data Protection Officer"), new Option("CALDICOTT_GUARDIAN", "The Caldicott Guardian")));
            }
            default -> model.addAttribute("names", choices.names());
        }
        return "decision/family-" + page;
    }

    private String memberView(Actor actor, int index, FamilyDraft draft, FamilyDraft.Member member, Model model) {
        model.addAttribute("index", index);
        model.addAttribute("member", member);
        model.addAttribute("theChild", draft.childAtRiskIs(member.getSubjectId()));
        model.addAttribute("askProtects", "YES".equals(draft.getChildAtRisk()) && !draft.childAtRiskIs(member.getSubjectId()));
        List<Option> items = decisions.itemChoices(actor, null).stream().map(i -> new Option(i.code(), i.label())).toList();
        model.addAttribute("items", items);
        List<Option> consent = new ArrayList<>(choices.consents(actor, member.getSubjectId()));
        model.addAttribute("consents", consent);
        model.addAttribute("reasons", Option.of(NotSoughtReason.values(), NotSoughtReason::label));
        model.addAttribute("notInform", Option.of(NotInformReason.values(), NotInformReason::label));
        model.addAttribute("answers", Option.of(Answer.values(), Answer::label));
        model.addAttribute("yesNo", List.of(new Option("YES", "Yes"), new Option("NO", "No")));
        model.addAttribute("back", index == 0 ? "/decisions/family/new/risk" : "/decisions/family/new/member/" + (index - 1));
        return "decision/family-member";
    }

    private static void required(BindingResult binding, String field, String value, String message) {
        if (value == null || value.isBlank()) {
            binding.rejectValue(field, "required", message);
        }
    }
}
