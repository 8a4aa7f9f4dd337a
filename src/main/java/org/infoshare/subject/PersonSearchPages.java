package org.infoshare.subject;

import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.web.Pagination;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Finding a person: one box for a name (spelt as heard), a date of birth, the organisation's reference or an NHS
 * number; the matches a page at a time. With nothing typed, the people added most recently.
 */
@Controller
@RequestMapping("/people")
@RolesAllowed(value = {Role.PRACTITIONER, Role.MANAGER, Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN}, personalData = true)
class PersonSearchPages {

    private final Subjects subjects;
    private final PeopleSearch search;

    PersonSearchPages(Subjects subjects, PeopleSearch search) {
        this.subjects = subjects;
        this.search = search;
    }

    @GetMapping
    String find(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String page,
                HttpServletRequest request, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        if (q == null) {
            model.addAttribute("people", subjects.recent(actor));
            return "people/list";
        }
        try {
            Page<Subject> found = search.search(actor, q, PageRequest.of(pageNumber(page), null));
            model.addAttribute("found", found);
            model.addAttribute("pagination", Pagination.of(found, request));
        } catch (InvalidRequestException e) {
            model.addAttribute("searchError", e.violations().get(0).message());
        }
        return "people/list";
    }

    /** A page number as typed in the address; anything else is the first page. */
    private static Integer pageNumber(String page) {
        if (page == null || !page.matches("\\d{1,4}")) {
            return null;
        }
        return Math.min(PageRequest.MAX_NUMBER, Math.max(1, Integer.parseInt(page)));
    }
}
