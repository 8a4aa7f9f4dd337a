package org.infoshare.decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.infoshare.decision.rules.Outcome;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.ledger.RecordDigests;
import org.infoshare.readlog.ReadHow;
import org.infoshare.readlog.ReadLog;
import org.infoshare.readlog.RecordKind;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.subject.Subjects;
import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.shared.Page;
import org.infoshare.web.FormSubmission;
import org.infoshare.web.ListFilterForm;
import org.infoshare.web.Pagination;
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

import static org.infoshare.shared.Role.CALDICOTT_GUARDIAN;
import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;
import static org.infoshare.shared.Role.MANAGER;
import static org.infoshare.shared.Role.PRACTITIONER;

/**
 * Recorded decisions: the list, the printable decision page, and what the practitioner does next (record an
 * urgent verbal share and its written confirmation, or disagree with the outcome and send it for a decision).
 */
@Controller
@RequestMapping("/decisions")
class DecisionPages {

    private final SharingDecisions decisions;
    private final DecisionFollowUps followUps;
    private final Subjects subjects;
    private final DirectoryLookup directory;
    private final FormSubmission forms;

    /** Who opened a decision is recorded (002 §4.5). */
    private final ReadLog reads;
    /** Whether the decision is still as the ledger recorded it (ADR 0063). */
    private final RecordDigests digests;
    private final SendTarget sendTarget;

    DecisionPages(SharingDecisions decisions, DecisionFollowUps followUps, Subjects subjects, DirectoryLookup directory, FormSubmission forms,
                  ReadLog reads, RecordDigests digests, SendTarget sendTarget) {
        this.sendTarget = sendTarget;
        this.reads = reads;
        this.digests = digests;
        this.decisions = decisions;
        this.followUps = followUps;
        this.subjects = subjects;
        this.directory = directory;
        this.forms = forms;
    }

    @GetMapping
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String list(Actor actor, @ModelAttribute("filter") ListFilterForm filter, BindingResult binding, HttpServletRequest request, Model model) {
        Map<UUID, String> names = names();
        model.addAttribute("awaitingWriting", decisions.awaitingWrittenConfirmation(actor));
        model.addAttribute("names", names);
        model.addAttribute("statuses", Option.of(SharingDecisions.STATUSES));
        model.addAttribute("organisations", ListFilterForm.otherOrganisations(names, actor.organisationId()));
        return forms.submit(binding, filter::toQuery, query -> {
            Page<RecordedDecision> page = decisions.page(actor, query.filter(), query.page());
            model.addAttribute("decisions", page.items());
            model.addAttribute("notAsRecorded", digests.check(ProtectedRecords.DECISION, page.items().stream().map(RecordedDecision::id).toList()).keySet());
            model.addAttribute("pagination", Pagination.of(page, request));
            return "decision/decisions";
        }, () -> "decision/decisions");
    }

    @GetMapping("/{id}")
    @RolesAllowed(value = {PRACTITIONER, MANAGER, DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    String show(Actor actor, @PathVariable UUID id, Model model) {
        RecordedDecision decision = decisions.decision(actor, id);
        reads.read(actor, RecordKind.DECISION, decision.id(), decision.subjectId(), decision.organisationId(), ReadHow.VIEWED);
        return decisionView(actor, decision, model, new DecisionForms.VerbalShareForm());
    }

    @PostMapping("/{id}/verbal-share")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String verbalShare(Actor actor, @PathVariable UUID id, @ModelAttribute("verbal") DecisionForms.VerbalShareForm form, BindingResult binding,
                       Model model, RedirectAttributes redirect) {
        return forms.submit(binding, form::toCommand, command -> {
            followUps.recordVerbalShare(actor, id, command);
            redirect.addFlashAttribute("success", "The verbal share is recorded. Confirm it in writing.");
            return "redirect:/decisions/" + id;
        }, () -> decisionView(actor, decisions.decision(actor, id), model, form));
    }

    @PostMapping("/{id}/written-confirmation")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String written(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        followUps.recordWrittenConfirmation(actor, id);
        redirect.addFlashAttribute("success", "Written confirmation recorded");
        return "redirect:/decisions/" + id;
    }

    @GetMapping("/{id}/disagree")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String disagreeForm(Actor actor, @PathVariable UUID id, Model model) {
        return disagreeView(actor, id, model, new DecisionForms.DisagreeForm());
    }

    @PostMapping("/{id}/disagree")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String disagree(Actor actor, @PathVariable UUID id, @ModelAttribute("form") DecisionForms.DisagreeForm form, BindingResult binding, Model model,
                    RedirectAttributes redirect) {
        return forms.submit(binding, parsing -> form.toCommand(), command -> {
            followUps.disagree(actor, id, command);
            redirect.addFlashAttribute("success", "Your disagreement is recorded and the decision has gone for a decision on it");
            return "redirect:/decisions/" + id;
        }, () -> disagreeView(actor, id, model, form));
    }

    private String decisionView(Actor actor, RecordedDecision decision, Model model, DecisionForms.VerbalShareForm verbal) {
        model.addAttribute("decision", decision);
        model.addAttribute("integrity", digests.check(ProtectedRecords.DECISION, decision.id()).orElse(null));
        model.addAttribute("subject", subjects.subject(actor, decision.subjectId()));
        model.addAttribute("names", names());
        model.addAttribute("people", directory.displayNames(people(decision)));
        model.addAttribute("canAct", actor.hasAnyRole(PRACTITIONER, MANAGER));
        model.addAttribute("canDisagree", actor.userId().equals(decision.decidedBy()) && decision.completed()
                && decision.outcome() != Outcome.SEEK_ADVICE && decision.record().disagreement() == null && decision.verbalShare() == null);
        model.addAttribute("verbal", verbal);
        model.addAttribute("sendTo", sendTarget.name(actor, decision));
        model.addAttribute("showSources", actor.hasAnyRole(Role.DATA_PROTECTION_OFFICER));
        model.addAttribute("sources", new SourcesInWords.Reader());
        return "decision/decision";
    }

    private String disagreeView(Actor actor, UUID id, Model model, DecisionForms.DisagreeForm form) {
        RecordedDecision decision = decisions.decision(actor, id);
        model.addAttribute("decision", decision);
        model.addAttribute("integrity", digests.check(ProtectedRecords.DECISION, decision.id()).orElse(null));
        model.addAttribute("subject", subjects.subject(actor, decision.subjectId()));
        model.addAttribute("form", form);
        model.addAttribute("outcomes", List.of(decision.outcome() == Outcome.SHARE
                ? new Option(Outcome.DO_NOT_SHARE.name(), "Do not share") : new Option(Outcome.SHARE.name(), "Share")));
        model.addAttribute("judges", List.of(new Option(Role.MANAGER.name(), "My manager"), new Option(Role.DATA_PROTECTION_OFFICER.name(), "The Data Protection Officer")));
        return "decision/disagree";
    }

    private Map<UUID, String> names() {
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
        if (decision.record().judgement() != null) {
            ids.add(decision.record().judgement().by());
        }
        return ids;
    }
}
