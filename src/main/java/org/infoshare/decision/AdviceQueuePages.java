package org.infoshare.decision;

import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.ledger.RecordDigests;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Page;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.web.FormSubmission;
import org.infoshare.web.ListFilterForm;
import org.infoshare.web.Option;
import org.infoshare.web.Pagination;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import static org.infoshare.shared.Role.CALDICOTT_GUARDIAN;
import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;
import static org.infoshare.shared.Role.MANAGER;

/**
 * The adviser's desk: decisions waiting for advice a page at a time, with the advice given, narrowed by state and the
 * days advice was asked (ADR 0017); and the disagreements waiting for a decision and the overrides of consent to review.
 */
@Controller
class AdviceQueuePages {

    private final DecisionFollowUps followUps;
    private final DirectoryLookup directory;
    private final FormSubmission forms;

    /** Whether each decision listed is still as the ledger recorded it (ADR 0063). */
    private final RecordDigests digests;

    AdviceQueuePages(DecisionFollowUps followUps, DirectoryLookup directory, FormSubmission forms, RecordDigests digests) {
        this.digests = digests;
        this.followUps = followUps;
        this.directory = directory;
        this.forms = forms;
    }

    @GetMapping("/advice")
    @RolesAllowed(value = {MANAGER, DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN}, personalData = true)
    String queue(Actor actor, @ModelAttribute("filter") ListFilterForm filter, BindingResult binding, HttpServletRequest request, Model model) {
        List<RecordedDecision> judgements = actor.hasAnyRole(MANAGER, DATA_PROTECTION_OFFICER) ? followUps.judgementQueue(actor) : List.of();
        List<RecordedDecision> reviews = followUps.reviewQueue(actor);
        model.addAttribute("judgements", judgements);
        model.addAttribute("reviews", reviews);
        model.addAttribute("names", directory.names(List.of()));
        model.addAttribute("statuses", Option.of(DecisionFollowUps.ADVICE_STATES));
        return forms.submit(binding, filter::toQuery, query -> {
            Page<RecordedDecision> page = followUps.advicePage(actor, query.filter(), query.page());
            model.addAttribute("advice", page.items());
            // Every decision the page lists, judged in one query.
            model.addAttribute("notAsRecorded", digests.check(ProtectedRecords.DECISION, Stream.of(page.items(), judgements, reviews)
                    .flatMap(List::stream).map(RecordedDecision::id).toList()).keySet());
            model.addAttribute("pagination", Pagination.of(page, request));
            return "decision/advice-queue";
        }, () -> {
            model.addAttribute("notAsRecorded", digests.check(ProtectedRecords.DECISION, Stream.of(judgements, reviews)
                    .flatMap(List::stream).map(RecordedDecision::id).toList()).keySet());
            return "decision/advice-queue";
        });
    }
}
