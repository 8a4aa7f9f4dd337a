package org.infoshare.agreement;

import java.util.UUID;

import org.infoshare.agreement.files.AgreementPrinter;
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

    PublicAgreementPages(Agreements agreements, AgreementViews views, AgreementPrinter printer) {
        this.agreements = agreements;
        this.views = views;
        this.printer = printer;
    }

    @GetMapping("/public/agreements")
    @Public
    String list(Model model) {
        model.addAttribute("agreements", agreements.published().stream().map(views::publicView).toList());
        return "agreements/public-list";
    }

    @GetMapping("/public/agreements/{id}")
    @Public
    String show(@PathVariable UUID id, Model model) {
        Agreement agreement = agreements.publishedAgreement(id);
        model.addAttribute("agreement", views.publicView(agreement));
        model.addAttribute("p", printer.printable(agreement, agreement.current(), true));
        model.addAttribute("gateways", printer.gateways(agreement.current().document()));
        return "agreements/public-show";
    }
}
