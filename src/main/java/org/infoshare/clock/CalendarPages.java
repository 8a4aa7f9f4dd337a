package org.infoshare.clock;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.infoshare.clock.rules.BankHolidayCalendar;
import org.infoshare.clock.rules.Nation;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.UkCalendar;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.access.SignedIn;
import org.infoshare.web.FormSubmission;
import org.infoshare.web.Option;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The bank holidays each nation keeps, year by year, and which nation's count for the organisation and the partnership. */
@Controller
@RequestMapping("/calendar")
class CalendarPages {

    /** One administrator's change, in words for the page. */
    record ChangeRow(LocalDate madeOn, String change, String madeBy) {
    }

    private final BankHolidays bankHolidays;
    private final CalendarNations nations;
    private final DirectoryLookup directory;
    private final FormSubmission forms;
    private final Clock clock;

    CalendarPages(BankHolidays bankHolidays, CalendarNations nations, DirectoryLookup directory, FormSubmission forms, Clock clock) {
        this.bankHolidays = bankHolidays;
        this.nations = nations;
        this.directory = directory;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping
    @SignedIn
    String calendar(Actor actor, @RequestParam(required = false) Nation nation, @RequestParam(required = false) Integer year, Model model) {
        CalendarNations.Choice ours = nations.of(actor.organisationId());
        Nation shown = nation == null ? ours.nation() : nation;
        BankHolidayCalendar calendar = bankHolidays.calendar();
        int thisYear = UkCalendar.today(clock).getYear();
        int shownYear = year == null ? thisYear : Math.max(CalendarCommands.FIRST_YEAR, Math.min(CalendarCommands.LAST_YEAR, year));
        int nextYear = bankHolidays.nextYear(calendar, shown);
        model.addAttribute("nation", shown);
        model.addAttribute("nations", Nation.values());
        model.addAttribute("year", shownYear);
        model.addAttribute("holidays", calendar.holidays(shown, shownYear));
        model.addAttribute("coverage", calendar.coverage(shown).orElse(null));
        model.addAttribute("yearKnown", calendar.covers(shown, LocalDate.of(shownYear, 1, 1)));
        model.addAttribute("nextYear", nextYear);
        model.addAttribute("endingSoon", nextYear <= thisYear + 1);
        model.addAttribute("ours", ours);
        model.addAttribute("partnership", nations.partnership());
        model.addAttribute("canAdminister", actor.hasRole(Role.PARTNERSHIP_ADMINISTRATOR));
        model.addAttribute("canChooseOurs", nations.mayChoose(actor));
        model.addAttribute("changes", changes(shown));
        model.addAttribute("version", bankHolidays.version());
        return "calendar/calendar";
    }

    @GetMapping("/nation")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String chooseOurs(Actor actor, Model model) {
        CalendarForms.NationForm form = new CalendarForms.NationForm();
        form.setNation(nations.of(actor.organisationId()).nation());
        return nationView(model, form, false);
    }

    @PostMapping("/nation")
    @RolesAllowed({Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR})
    String chooseOurs(Actor actor, @ModelAttribute("form") CalendarForms.NationForm form, BindingResult binding, Model model,
                      RedirectAttributes redirect) {
        return forms.submit(binding, () -> {
            nations.chooseForOrganisation(actor, form.toCommand());
            redirect.addFlashAttribute("success", actor.organisationName() + " now counts working days in " + form.getNation().label());
            return "redirect:/calendar";
        }, () -> nationView(model, form, false));
    }

    @GetMapping("/nation/partnership")
    @RolesAllowed(Role.PARTNERSHIP_ADMINISTRATOR)
    String choosePartnership(Model model) {
        CalendarForms.NationForm form = new CalendarForms.NationForm();
        form.setNation(nations.partnership());
        return nationView(model, form, true);
    }

    @PostMapping("/nation/partnership")
    @RolesAllowed(Role.PARTNERSHIP_ADMINISTRATOR)
    String choosePartnership(Actor actor, @ModelAttribute("form") CalendarForms.NationForm form, BindingResult binding, Model model,
                             RedirectAttributes redirect) {
        return forms.submit(binding, () -> {
            nations.chooseForPartnership(actor, form.toCommand());
            redirect.addFlashAttribute("success", "The partnership now counts working days in " + form.getNation().label()
                    + " unless an organisation chooses otherwise");
            return "redirect:/calendar";
        }, () -> nationView(model, form, true));
    }

    private String nationView(Model model, CalendarForms.NationForm form, boolean partnership) {
        model.addAttribute("form", form);
        model.addAttribute("partnershipWide", partnership);
        model.addAttribute("nationOptions", Option.of(Nation.values(), Nation::label));
        return "calendar/nation";
    }

    private List<ChangeRow> changes(Nation nation) {
        List<CalendarStore.Change> changes = bankHolidays.changes().stream().filter(c -> c.nation() == nation).toList();
        Map<UUID, String> names = directory.displayNames(changes.stream().map(CalendarStore.Change::madeBy).distinct().toList());
        return changes.stream().map(c -> new ChangeRow(LocalDate.ofInstant(c.madeAt(), UkCalendar.ZONE), describe(c),
                names.getOrDefault(c.madeBy(), "A former member of staff"))).toList();
    }

    private static String describe(CalendarStore.Change change) {
        return switch (change.action()) {
            case ADD -> "Added " + Dates.text(change.date()) + ": " + change.name();
            case REMOVE -> "Removed " + Dates.text(change.date()) + ": " + change.reason();
            case CONFIRM_YEAR -> "Completed " + change.year() + " with its usual bank holidays";
        };
    }
}
