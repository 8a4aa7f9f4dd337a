package org.infoshare.rights;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.infoshare.delivery.DisclosedItem;
import org.infoshare.delivery.DisclosureView;
import org.infoshare.delivery.Disclosures;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.subject.Subjects;
import org.infoshare.web.FormSubmission;
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

/** Correcting the held record under a rectification request: the person's details, or an item the organisation shared. */
@Controller
@RequestMapping("/rights/requests/{id}/corrections")
@RolesAllowed(value = Role.DATA_PROTECTION_OFFICER, personalData = true)
class RectificationPages {

    private final Rectifications rectifications;
    private final RightsRequests requests;
    private final Subjects subjects;
    private final Disclosures disclosures;
    private final DirectoryLookup directory;
    private final FormSubmission forms;

    RectificationPages(Rectifications rectifications, RightsRequests requests, Subjects subjects, Disclosures disclosures,
                       DirectoryLookup directory, FormSubmission forms) {
        this.rectifications = rectifications;
        this.requests = requests;
        this.subjects = subjects;
        this.disclosures = disclosures;
        this.directory = directory;
        this.forms = forms;
    }

    @GetMapping
    String page(Actor actor, @PathVariable UUID id, Model model) {
        return view(actor, id, model, new RectificationForms.ItemForm());
    }

    @GetMapping("/person")
    String personForm(Actor actor, @PathVariable UUID id, Model model) {
        return personView(actor, id, model, new RectificationForms.PersonForm());
    }

    @PostMapping("/person")
    String person(Actor actor, @PathVariable UUID id, @ModelAttribute("personForm") RectificationForms.PersonForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        return forms.submit(binding, form::toCommand, command -> {
            List<Rectification> made = rectifications.correctPerson(actor, id, command);
            redirect.addFlashAttribute("success", "Their details are corrected (" + made.size() + (made.size() == 1 ? " change)" : " changes)"));
            return "redirect:/rights/requests/" + id + "/corrections";
        }, () -> personView(actor, id, model, form));
    }

    @PostMapping("/item")
    String item(Actor actor, @PathVariable UUID id, @ModelAttribute("itemForm") RectificationForms.ItemForm form, BindingResult binding,
                Model model, RedirectAttributes redirect) {
        if (form.getItem() == null || form.getItem().isBlank()) {
            binding.rejectValue("item", "required", "Select the item to correct");
        }
        return forms.submit(binding, form::toCommand, command -> {
            rectifications.correctItemForRequest(actor, id, command);
            redirect.addFlashAttribute("success", "The item is corrected: its recipients now read the corrected version");
            return "redirect:/rights/requests/" + id + "/corrections";
        }, () -> view(actor, id, model, form));
    }

    private String personView(Actor actor, UUID id, Model model, RectificationForms.PersonForm form) {
        RightsRequest request = requests.open(actor, id);
        model.addAttribute("r", request);
        model.addAttribute("subject", subjects.subject(actor, confirmed(request)));
        model.addAttribute("personForm", form);
        return "rights/corrections-person";
    }

    private String view(Actor actor, UUID id, Model model, RectificationForms.ItemForm itemForm) {
        RightsRequest request = requests.open(actor, id);
        model.addAttribute("r", request);
        model.addAttribute("subject", subjects.subject(actor, confirmed(request)));
        List<Option> items = new ArrayList<>();
        Map<UUID, String> names = directory.names(List.of());
        for (DisclosureView view : disclosures.disclosedAbout(actor, request.subjectId())) {
            for (DisclosedItem item : view.items()) {
                items.add(new Option(view.disclosure().id() + "/" + item.code(), item.label() + ", sent to "
                        + names.getOrDefault(view.disclosure().recipientOrganisationId(), "another organisation") + " on "
                        + Dates.text(view.disclosure().sentAt()) + ": “" + abbreviated(item.content()) + "”"));
            }
        }
        model.addAttribute("items", items);
        model.addAttribute("made", rectifications.aboutSubject(actor, request.subjectId()).stream()
                .filter(m -> id.equals(m.requestId())).toList());
        model.addAttribute("itemForm", itemForm);
        return "rights/corrections";
    }

    private static UUID confirmed(RightsRequest request) {
        if (request.subjectId() == null) {
            throw new ConflictException("", "person-not-confirmed",
                    "Find the person in your records and confirm it is them first");
        }
        return request.subjectId();
    }

    private static String abbreviated(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }
}
