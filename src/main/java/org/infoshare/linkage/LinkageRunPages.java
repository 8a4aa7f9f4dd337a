package org.infoshare.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.infoshare.directory.DirectoryLookup;
import org.infoshare.shared.Actor;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.infoshare.shared.Role.MANAGER;
import static org.infoshare.shared.Role.PRACTITIONER;

/**
 * A run in the browser, for the linkage's analysts: what it found, the board's table with small numbers
 * suppressed, the uncertain pairs to confirm or reject, people to look at and split, and publication to the
 * early help team.
 */
@Controller
class LinkageRunPages {

    private final LinkageRuns runs;
    private final LinkageReviews reviews;
    private final LinkageBoard board;
    private final DirectoryLookup directory;
    private final FormSubmission forms;

    LinkageRunPages(LinkageRuns runs, LinkageReviews reviews, LinkageBoard board, DirectoryLookup directory, FormSubmission forms) {
        this.runs = runs;
        this.reviews = reviews;
        this.board = board;
        this.directory = directory;
        this.forms = forms;
    }

    /** One line of the model a run used, in words. */
    record ModelRow(String field, String level, double m, double u, double weight) {
    }

    @GetMapping("/linkage/runs/{id}")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String run(Actor actor, @PathVariable UUID id, Model model) {
        LinkageRun run = runs.get(actor, id);
        model.addAttribute("run", run);
        model.addAttribute("plan", runs.analystOf(actor, run));
        if (run.finished()) {
            List<LinkageReviews.PairReview> pairs = reviews.pairs(actor, id);
            model.addAttribute("board", board.board(actor, id));
            model.addAttribute("undecided", pairs.stream().filter(p -> p.decision() == null).count());
            model.addAttribute("pairCount", pairs.size());
            model.addAttribute("flagged", reviews.flagged(actor, id));
            model.addAttribute("modelRows", run.model().stream().map(p -> {
                String words = org.infoshare.linkage.rules.matching.Level.valueOf(p.level()).words();
                return new ModelRow(org.infoshare.linkage.rules.matching.Field.valueOf(p.field()).label(),
                        Character.toUpperCase(words.charAt(0)) + words.substring(1), p.m(), p.u(), p.weight());
            }).toList());
        }
        model.addAttribute("names", directory.names(run.sources().stream().map(LinkageRun.Source::organisationId).toList()));
        return "linkage/run";
    }

    @PostMapping("/linkage/runs/{id}/publication")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String publish(Actor actor, @PathVariable UUID id, RedirectAttributes redirect) {
        runs.publish(actor, id);
        redirect.addFlashAttribute("success", "Published. The early help team's worklist now shows this run's families.");
        return "redirect:/linkage/runs/" + id;
    }

    @GetMapping("/linkage/runs/{id}/pairs")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String pairs(Actor actor, @PathVariable UUID id, Model model) {
        LinkageRun run = runs.get(actor, id);
        List<LinkageReviews.PairReview> pairs = reviews.pairs(actor, id);
        model.addAttribute("run", run);
        model.addAttribute("pairs", pairs);
        model.addAttribute("names", directory.names(organisations(pairs)));
        return "linkage/pairs";
    }

    @GetMapping("/linkage/runs/{id}/pairs/{pairNo}")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String pair(Actor actor, @PathVariable UUID id, @PathVariable int pairNo, Model model) {
        return pairView(actor, id, pairNo, model, new LinkageForms.DecideForm());
    }

    @PostMapping("/linkage/runs/{id}/pairs/{pairNo}")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String decide(Actor actor, @PathVariable UUID id, @PathVariable int pairNo, @ModelAttribute("form") LinkageForms.DecideForm form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        return forms.submit(binding, parsing -> form.toCommand(), command -> {
            reviews.decide(actor, id, Integer.toString(pairNo), command);
            redirect.addFlashAttribute("success", command.same()
                    ? "Pair " + pairNo + " confirmed as the same person. From the next run on, the two records are joined."
                    : "Pair " + pairNo + " rejected. No run joins these two records.");
            return "redirect:/linkage/runs/" + id + "/pairs";
        }, () -> pairView(actor, id, pairNo, model, form));
    }

    private String pairView(Actor actor, UUID id, int pairNo, Model model, LinkageForms.DecideForm form) {
        LinkageReviews.PairReview pair = reviews.pair(actor, id, Integer.toString(pairNo));
        model.addAttribute("pair", pair);
        model.addAttribute("form", form);
        model.addAttribute("names", directory.names(organisations(List.of(pair))));
        return "linkage/pair";
    }

    @GetMapping("/linkage/runs/{id}/people/{personNo}")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String person(Actor actor, @PathVariable UUID id, @PathVariable int personNo, @RequestParam(required = false) Integer family, Model model) {
        return personView(actor, id, personNo, family, model, new LinkageForms.SplitForm());
    }

    @PostMapping("/linkage/runs/{id}/people/{personNo}")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String split(Actor actor, @PathVariable UUID id, @PathVariable int personNo, @RequestParam(required = false) Integer family,
                 @ModelAttribute("form") LinkageForms.SplitForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return forms.submit(binding, parsing -> form.toCommand(), command -> {
            reviews.split(actor, id, Integer.toString(personNo), family, command);
            redirect.addFlashAttribute("success", "Records separated. From the next run on, they are never joined to this person's other records.");
            return "redirect:/linkage/runs/" + id + "/people/" + personNo + (family == null ? "" : "?family=" + family);
        }, () -> personView(actor, id, personNo, family, model, form));
    }

    private String personView(Actor actor, UUID id, int personNo, Integer family, Model model, LinkageForms.SplitForm form) {
        LinkageReviews.PersonReview person = reviews.person(actor, id, Integer.toString(personNo), family);
        List<org.infoshare.web.Option> records = new ArrayList<>();
        var names = directory.names(person.records().stream().map(RecordKey::organisationId).toList());
        for (int i = 0; i < person.records().size(); i++) {
            RecordKey key = person.records().get(i);
            records.add(new org.infoshare.web.Option(String.valueOf(i), names.getOrDefault(key.organisationId(), "Another organisation") + ": " + key.ref()));
        }
        model.addAttribute("person", person);
        model.addAttribute("recordOptions", records);
        model.addAttribute("form", form);
        return "linkage/person";
    }

    private static List<UUID> organisations(List<LinkageReviews.PairReview> pairs) {
        List<UUID> ids = new ArrayList<>();
        pairs.forEach(p -> ids.addAll(List.of(p.first().organisationId(), p.second().organisationId())));
        return ids;
    }
}
