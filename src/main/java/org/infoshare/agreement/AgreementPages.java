package org.infoshare.agreement;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.agreement.files.AgreementPrinter;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.ledger.RecordDigests;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Page;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.SignedIn;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.web.FormSubmission;
import org.infoshare.web.ListFilterForm;
import org.infoshare.web.Option;
import org.infoshare.web.Pagination;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The agreements a user may read, and one agreement's page, from which every other agreement task starts:
 * drafting ({@link AgreementDraftingPages}, {@link PartiesAndItemsPages}), signing and reviews
 * ({@link AgreementSigningPages}), the DPIA ({@link DpiaPages}), and print, files and publication
 * ({@link AgreementPublicationPages}).
 */
@Controller
@RequestMapping("/agreements")
class AgreementPages {

    private final Agreements agreements;
    private final AgreementList list;
    private final AgreementReviews reviews;
    private final AgreementViews views;
    private final AgreementPrinter printer;
    private final DirectoryLookup directory;
    private final FormSubmission forms;
    private final RecordDigests digests;

    AgreementPages(Agreements agreements, AgreementList list, AgreementReviews reviews, AgreementViews views, AgreementPrinter printer,
                   DirectoryLookup directory, FormSubmission forms, RecordDigests digests) {
        this.digests = digests;
        this.directory = directory;
        this.forms = forms;
        this.agreements = agreements;
        this.list = list;
        this.reviews = reviews;
        this.views = views;
        this.printer = printer;
    }

    @GetMapping
    @SignedIn
    String list(Actor actor, @ModelAttribute("filter") ListFilterForm filter, BindingResult binding, HttpServletRequest request, Model model) {
        model.addAttribute("canDraft", actor.hasAnyRole(Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR));
        model.addAttribute("canReview", actor.hasAnyRole(Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.PARTNERSHIP_ADMINISTRATOR));
        model.addAttribute("statuses", Option.of(AgreementStatus.values(), AgreementStatus::label));
        model.addAttribute("organisations", ListFilterForm.otherOrganisations(directory.names(List.of()), actor.organisationId()));
        return forms.submit(binding, filter::toQuery, query -> {
            Page<AgreementViews.AgreementSummary> page = list.visibleTo(actor, query.filter(), query.page()).map(views::summary);
            model.addAttribute("agreements", page.items());
            model.addAttribute("pagination", Pagination.of(page, request));
            return "agreements/list";
        }, () -> "agreements/list");
    }

    @GetMapping("/{id}")
    @SignedIn
    String show(Actor actor, @PathVariable UUID id, @RequestParam(required = false) Integer version, Model model) {
        Agreement agreement = agreements.get(actor, id);
        Agreement.Version shown = shown(agreement, version);
        boolean party = Agreements.isParty(actor, agreement);
        boolean governance = party && actor.hasAnyRole(Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR);
        boolean signatory = party && actor.hasAnyRole(Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN);
        model.addAttribute("agreement", agreement);
        model.addAttribute("integrity", digests.check(ProtectedRecords.AGREEMENT, agreement.id()).orElse(null));
        model.addAttribute("shown", shown);
        model.addAttribute("view", views.view(agreement));
        model.addAttribute("p", printer.printable(agreement, shown, false));
        model.addAttribute("gateways", printer.gateways(shown.document()));
        model.addAttribute("party", party);
        model.addAttribute("governance", governance);
        model.addAttribute("signatory", signatory);
        model.addAttribute("isDpo", party && actor.hasRole(Role.DATA_PROTECTION_OFFICER));
        model.addAttribute("pending", agreement.pending().orElse(null));
        model.addAttribute("canSign", agreement.pending()
                .filter(v -> v.status() == AgreementStatus.AWAITING_SIGNATURES && signatory
                        && v.document().partyIds().contains(actor.organisationId()) && v.signatureOf(actor.organisationId()).isEmpty())
                .isPresent());
        model.addAttribute("review", reviews.reviewStatus(agreement).orElse(null));
        return "agreements/show";
    }

    /** The version asked for, or the one that speaks for the agreement. */
    static Agreement.Version shown(Agreement agreement, Integer version) {
        return version == null ? agreement.current()
                : agreement.version(version).orElseThrow(() -> new NotFoundException("Agreement version"));
    }

    /** The draft being worked on; a page for a draft that does not exist is not found. */
    static Agreement.Version draftOf(Agreement agreement) {
        return agreement.draft().orElseThrow(() -> new NotFoundException("Draft"));
    }

    /** The revision a form was opened at, or the draft's own when the form did not say. */
    static int revisionOf(Integer sent, Agreement.Version draft) {
        return sent == null ? draft.revision() : sent;
    }
}
