package org.infoshare.retention;

import java.util.UUID;

import org.infoshare.retention.rules.RecordType;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Reviews a "review every N years" rule has brought due: the DPO keeps each record (the next review counts from today) or lets it go. */
@Controller
@RequestMapping("/retention/reviews")
@RolesAllowed(value = Role.DATA_PROTECTION_OFFICER, personalData = true)
class ReviewPages {

    private final DisposalRuns disposal;
    private final RetentionRules rules;

    ReviewPages(DisposalRuns disposal, RetentionRules rules) {
        this.disposal = disposal;
        this.rules = rules;
    }

    @GetMapping
    String due(Actor actor, Model model) {
        model.addAttribute("reviews", disposal.reviewsDue(actor));
        return "retention/reviews";
    }

    @PostMapping
    String review(Actor actor, @RequestParam RecordType recordType, @RequestParam UUID recordId, @RequestParam boolean keep,
                  RedirectAttributes redirect) {
        rules.review(actor, new RetentionCommands.Review(recordType, recordId, keep));
        redirect.addFlashAttribute("success", keep ? "Kept: the next review counts from today" : "It will be disposed of at the next disposal run");
        return "redirect:/retention/reviews";
    }
}
