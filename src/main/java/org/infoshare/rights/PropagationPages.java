package org.infoshare.rights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.infoshare.delivery.DisclosedItem;
import org.infoshare.delivery.DisclosureView;
import org.infoshare.delivery.Disclosures;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.rights.rules.PropagationTargets;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.web.Option;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Telling the recipients of a granted rectification, erasure, restriction or objection: the DPO chooses the items
 * the request is about, sees exactly who received them, and sends each addressee its notice.
 */
@Controller
@RequestMapping("/rights/requests/{id}/notices")
@RolesAllowed(value = Role.DATA_PROTECTION_OFFICER, personalData = true)
class PropagationPages {

    private final Propagation propagation;
    private final RightsRequests requests;
    private final Disclosures disclosures;
    private final DirectoryLookup directory;

    PropagationPages(Propagation propagation, RightsRequests requests, Disclosures disclosures, DirectoryLookup directory) {
        this.propagation = propagation;
        this.requests = requests;
        this.disclosures = disclosures;
        this.directory = directory;
    }

    @GetMapping
    String preview(Actor actor, @PathVariable UUID id, @RequestParam(required = false) List<String> itemCodes, Model model) {
        RightsRequest request = requests.find(actor, id);
        List<String> chosen = itemCodes == null ? List.of() : itemCodes;
        NoticeCommands.SendNotices command = new NoticeCommands.SendNotices(chosen, List.of(), null);
        List<PropagationTargets.Target> targets = propagation.preview(actor, id, command);
        Map<String, String> labels = labels(actor, request.subjectId());
        List<UUID> ids = new ArrayList<>();
        targets.forEach(t -> {
            ids.add(t.to().organisationId());
            ids.add(t.to().teamId());
            ids.add(t.to().userId());
        });
        model.addAttribute("r", request);
        model.addAttribute("targets", targets);
        model.addAttribute("names", directory.names(ids.stream().filter(java.util.Objects::nonNull).toList()));
        model.addAttribute("labels", labels);
        model.addAttribute("itemOptions", labels.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).toList());
        model.addAttribute("chosen", chosen);
        return "rights/propagation";
    }

    @PostMapping
    String send(Actor actor, @PathVariable UUID id, @RequestParam(required = false) List<String> itemCodes,
                @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            List<RightsNotice> sent = propagation.send(actor, id, new NoticeCommands.SendNotices(itemCodes, List.of(), RightsForms.blankToNull(note)));
            redirect.addFlashAttribute("success", sent.isEmpty() ? "Nobody received the items: there is nobody to tell"
                    : sent.size() + (sent.size() == 1 ? " organisation told" : " organisations told") + ": follow their answers below");
            return "redirect:/rights/notices?sent=true";
        } catch (InvalidRequestException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/rights/requests/" + id + "/notices";
        }
    }

    /** The codes of the items shared about the person, with the labels a practitioner reads. */
    private Map<String, String> labels(Actor actor, UUID subjectId) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (DisclosureView view : disclosures.disclosedAbout(actor, subjectId)) {
            for (DisclosedItem item : view.items()) {
                labels.putIfAbsent(item.code(), item.label());
            }
        }
        return labels;
    }
}
