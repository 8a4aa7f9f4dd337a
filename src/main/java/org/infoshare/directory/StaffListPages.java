package org.infoshare.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.web.FormSubmission;
import org.infoshare.web.Option;
import org.infoshare.web.Pagination;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import static org.infoshare.shared.Role.AUDITOR;
import static org.infoshare.shared.Role.CALDICOTT_GUARDIAN;
import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;
import static org.infoshare.shared.Role.MANAGER;
import static org.infoshare.shared.Role.PARTNERSHIP_ADMINISTRATOR;

/** The organisation's staff and partner systems, a page at a time, with the filter in the query string (ADR 0017). */
@Controller
class StaffListPages {

    private final StaffList list;
    private final StaffAdministration staff;
    private final OrganisationAdministration organisations;
    private final FormSubmission forms;

    StaffListPages(StaffList list, StaffAdministration staff, OrganisationAdministration organisations, FormSubmission forms) {
        this.list = list;
        this.staff = staff;
        this.organisations = organisations;
        this.forms = forms;
    }

    @GetMapping("/staff")
    @RolesAllowed({PARTNERSHIP_ADMINISTRATOR, MANAGER, DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN, AUDITOR})
    String list(Actor actor, @ModelAttribute("filter") StaffListForms.Filter filter, BindingResult binding, HttpServletRequest request, Model model) {
        List<Team> teams = organisations.teams(actor.organisationId());
        Map<UUID, String> teamNames = teams.stream().collect(Collectors.toMap(Team::id, Team::name));
        model.addAttribute("teams", teamNames);
        model.addAttribute("teamOptions", teams.stream().map(t -> new Option(t.id().toString(), t.name())).toList());
        model.addAttribute("roleOptions", Option.of(Role.values(), Role::label).stream().filter(o -> !o.value().equals(Role.OPERATOR.name())).toList());
        List<Option> statuses = new ArrayList<>(Option.of(StaffList.STATUSES).subList(1, StaffList.STATUSES.size()));
        statuses.add(new Option(StaffListForms.Filter.EVERYONE, "Everyone, with access or not"));
        model.addAttribute("statuses", statuses);
        model.addAttribute("today", staff.today());
        model.addAttribute("canAdminister", actor.hasRole(PARTNERSHIP_ADMINISTRATOR));
        return forms.submit(binding, filter::toStaffQuery, query -> {
            Page<StaffMember> page = list.staff(actor, query.query().filter(), query.role(), query.team(), query.query().page());
            String status = query.query().filter().status();
            model.addAttribute("everyone", status == null);
            model.addAttribute("withAccess", "ACTIVE".equals(status));
            model.addAttribute("revokedCount", list.staff(actor, new ListFilter(null, "REVOKED", null, null, null, null), null, null,
                    new PageRequest(1, 1)).total());
            model.addAttribute("members", page.items());
            model.addAttribute("pagination", Pagination.of(page, request));
            return "directory/staff";
        }, () -> "directory/staff");
    }
}
