package org.infoshare.rights;

import java.util.UUID;

import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.subject.Subjects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** One record of whether a person was told their information was shared, as their chronology links to it. */
@Controller
@RequestMapping("/rights/informing/records")
@RolesAllowed(value = {Role.PRACTITIONER, Role.MANAGER, Role.DATA_PROTECTION_OFFICER}, personalData = true)
class InformedPages {

    private final Informing informing;
    private final Subjects subjects;

    InformedPages(Informing informing, Subjects subjects) {
        this.informing = informing;
        this.subjects = subjects;
    }

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable UUID id, Model model) {
        PersonInformed informed = informing.informed(actor, id);
        model.addAttribute("i", informed);
        model.addAttribute("person", subjects.subject(actor, informed.subjectId()));
        return "rights/informed";
    }
}
