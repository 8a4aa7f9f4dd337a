package org.infoshare.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.infoshare.directory.DirectoryLookup;
import org.infoshare.linkage.rules.outcomes.HeadlineArea;
import org.infoshare.shared.Actor;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.web.Option;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.infoshare.shared.Role.MANAGER;
import static org.infoshare.shared.Role.PRACTITIONER;

/**
 * The early help team's worklist in the browser: the published families, filtered by headline area or
 * eligibility and sorted (a plain GET form, so it works without JavaScript); a family's evidence, whose opening is
 * recorded; and taking a family into the programme, so that later runs measure its progress.
 */
@Controller
class FamilyWorklistPages {

    private final FamilyWorklist worklist;
    private final DirectoryLookup directory;

    FamilyWorklistPages(FamilyWorklist worklist, DirectoryLookup directory) {
        this.worklist = worklist;
        this.directory = directory;
    }

    @GetMapping("/linkage/{id}/worklist")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String worklist(Actor actor, @PathVariable UUID id, @RequestParam(required = false) HeadlineArea area,
                    @RequestParam(defaultValue = "false") boolean eligibleOnly, @RequestParam(defaultValue = "AREAS") FamilyWorklist.Sort sort,
                    Model model) {
        FamilyWorklist.Worklist list = worklist.worklist(actor, id, new FamilyWorklist.Filter(area, eligibleOnly, null, sort));
        model.addAttribute("worklist", list);
        model.addAttribute("area", area == null ? "" : area.name());
        model.addAttribute("eligibleOnly", eligibleOnly);
        model.addAttribute("sort", sort.name());
        model.addAttribute("areaOptions", Option.of(HeadlineArea.values(), HeadlineArea::title));
        model.addAttribute("sortOptions", List.of(new Option("AREAS", "Most headline areas first"),
                new Option("LATEST_EVIDENCE", "Most recent evidence first"), new Option("FAMILY", "Family number")));
        return "linkage/worklist";
    }

    @GetMapping("/linkage/runs/{id}/families/{familyNo}")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String family(Actor actor, @PathVariable UUID id, @PathVariable int familyNo, Model model) {
        FamilyWorklist.Family family = worklist.family(actor, id, Integer.toString(familyNo));
        List<UUID> named = new ArrayList<>();
        family.members().forEach(m -> m.records().forEach(r -> named.add(r.organisationId())));
        family.results().forEach(r -> r.evidence().forEach(e -> named.add(e.organisationId())));
        model.addAttribute("family", family);
        model.addAttribute("analyst", LinkageAccess.analyses(actor, family.plan()));
        model.addAttribute("names", directory.names(named));
        return "linkage/family";
    }

    @PostMapping("/linkage/runs/{id}/families/{familyNo}/programme")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String joinProgramme(Actor actor, @PathVariable UUID id, @PathVariable int familyNo, RedirectAttributes redirect) {
        worklist.joinProgramme(actor, id, Integer.toString(familyNo));
        redirect.addFlashAttribute("success", "Family " + familyNo + " is in the programme. Later runs will show whether its problems improved.");
        return "redirect:/linkage/runs/" + id + "/families/" + familyNo;
    }
}
