package org.infoshare.agreement;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.agreement.files.AgreementPrinter;
import org.infoshare.ledger.rules.RecordFinding;
import org.infoshare.shared.access.Public;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Published agreements for anyone, signed in or not (002 §2.8). Drafts and pending amendments never show here. */
@Controller
class PublicAgreementPages {

    private final Agreements agreements;
    private final AgreementViews views;
    private final AgreementPrinter printer;
    private final AgreementIntegrity integrity;

    PublicAgreementPages(Agreements agreements, AgreementViews views, AgreementPrinter printer, AgreementIntegrity integrity) {
        this.agreements = agreements;
        this.views = views;
        this.printer = printer;
        this.integrity = integrity;
    }

    @GetMapping("/public/agreements")
    @Public
    String list(Model model) {
        List<Agreement> published = agreements.published();
        Map<UUID, RecordFinding> findings = integrity.check(published.stream().map(Agreement::id).toList());
        model.addAttribute("agreements", published.stream().map(a -> views.publicView(a, Optional.ofNullable(findings.get(a.id())))).toList());
        return "agreements/public-list";
    }

    @GetMapping("/public/agreements/{id}")
    @Public
    String show(@PathVariable UUID id, Model model) {
        Agreement agreement = agreements.publishedAgreement(id);
        Optional<RecordFinding> finding = integrity.check(agreement.id());
        model.addAttribute("integrity", finding.orElse(null));
        model.addAttribute("agreement", views.publicView(agreement, finding));
        model.addAttribute("p", printer.printable(agreement, agreement.current(), true));
        model.addAttribute("gateways", printer.gateways(agreement.current().document()));
        return "agreements/public-show";
    }
}
