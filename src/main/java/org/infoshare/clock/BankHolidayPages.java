package org.infoshare.clock;

import java.time.LocalDate;
import java.util.List;

import org.infoshare.clock.rules.BankHoliday;
import org.infoshare.clock.rules.BankHolidayCalendar;
import org.infoshare.clock.rules.Nation;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.problem.NotFoundException;
import org.infoshare.web.FormSubmission;
import org.infoshare.web.Option;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A partnership administrator keeps the bank holidays: a coming year's usual dates, a one-off date, a date moved away. */
@Controller
@RequestMapping("/calendar")
class BankHolidayPages {

    private final BankHolidays bankHolidays;
    private final FormSubmission forms;

    BankHolidayPages(BankHolidays bankHolidays, FormSubmission forms) {
        this.bankHolidays = bankHolidays;
        this.forms = forms;
    }

    @GetMapping("/bank-holidays/new")
    @RolesAllowed(Role.PARTNERSHIP_ADMINISTRATOR)
    String newHoliday(@RequestParam(required = false) Nation nation, Model model) {
        CalendarForms.AddBankHolidayForm form = new CalendarForms.AddBankHolidayForm();
        form.setNation(nation);
        return addView(model, form);
    }

    @PostMapping("/bank-holidays/new")
    @RolesAllowed(Role.PARTNERSHIP_ADMINISTRATOR)
    String add(Actor actor, @ModelAttribute("form") CalendarForms.AddBankHolidayForm form, BindingResult binding, Model model,
               RedirectAttributes redirect) {
        return forms.submit(binding, form::toCommand, command -> {
            BankHoliday added = bankHolidays.add(actor, command);
            redirect.addFlashAttribute("success", added.name() + " on " + Dates.withWeekday(added.date()) + " is now a bank holiday in "
                    + added.nation().label());
            return "redirect:/calendar?nation=" + added.nation() + "&year=" + added.date().getYear();
        }, () -> addView(model, form));
    }

    @GetMapping("/bank-holidays/remove")
    @RolesAllowed(Role.PARTNERSHIP_ADMINISTRATOR)
    String confirmRemoval(@RequestParam(required = false) Nation nation,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Model model) {
        if (nation == null || date == null) {
            // A holiday is removed from its row on the calendar page.
            return "redirect:/calendar";
        }
        CalendarForms.RemoveBankHolidayForm form = new CalendarForms.RemoveBankHolidayForm();
        form.setNation(nation);
        form.setDate(date);
        return removeView(model, form);
    }

    @PostMapping("/bank-holidays/remove")
    @RolesAllowed(Role.PARTNERSHIP_ADMINISTRATOR)
    String remove(Actor actor, @ModelAttribute("form") CalendarForms.RemoveBankHolidayForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        return forms.submit(binding, () -> {
            bankHolidays.remove(actor, form.toCommand());
            redirect.addFlashAttribute("success", Dates.withWeekday(form.getDate()) + " is now a working day in " + form.getNation().label());
            return "redirect:/calendar?nation=" + form.getNation() + "&year=" + form.getDate().getYear();
        }, () -> removeView(model, form));
    }

    @GetMapping("/years/new")
    @RolesAllowed(Role.PARTNERSHIP_ADMINISTRATOR)
    String newYear(@RequestParam(required = false) Nation nation, Model model) {
        if (nation == null) {
            // A year is added for the nation chosen on the calendar page.
            return "redirect:/calendar";
        }
        CalendarForms.AddYearForm form = new CalendarForms.AddYearForm();
        form.setNation(nation);
        form.setYear(bankHolidays.nextYear(bankHolidays.calendar(), nation));
        return yearView(model, form);
    }

    @PostMapping("/years/new")
    @RolesAllowed(Role.PARTNERSHIP_ADMINISTRATOR)
    String addYear(Actor actor, @ModelAttribute("form") CalendarForms.AddYearForm form, BindingResult binding, Model model,
                   RedirectAttributes redirect) {
        return forms.submit(binding, () -> {
            List<BankHoliday> year = bankHolidays.addYear(actor, form.toCommand());
            redirect.addFlashAttribute("success", form.getNation().label() + " has " + year.size() + " bank holidays in " + form.getYear());
            return "redirect:/calendar?nation=" + form.getNation() + "&year=" + form.getYear();
        }, () -> yearView(model, form));
    }

    private String addView(Model model, CalendarForms.AddBankHolidayForm form) {
        model.addAttribute("form", form);
        model.addAttribute("nationOptions", Option.of(Nation.values(), Nation::label));
        return "calendar/bank-holiday-new";
    }

    private String removeView(Model model, CalendarForms.RemoveBankHolidayForm form) {
        if (form.getNation() == null || form.getDate() == null) {
            throw new NotFoundException("Bank holiday");
        }
        BankHoliday holiday = bankHolidays.calendar().holiday(form.getNation(), form.getDate())
                .orElseThrow(() -> new NotFoundException("Bank holiday"));
        model.addAttribute("form", form);
        model.addAttribute("holiday", holiday);
        model.addAttribute("when", Dates.withWeekday(holiday.date()));
        return "calendar/bank-holiday-remove";
    }

    private String yearView(Model model, CalendarForms.AddYearForm form) {
        if (form.getNation() == null) {
            throw new NotFoundException("Nation");
        }
        BankHolidayCalendar calendar = bankHolidays.calendar();
        int next = bankHolidays.nextYear(calendar, form.getNation());
        model.addAttribute("form", form);
        model.addAttribute("nextYear", next);
        model.addAttribute("usual", bankHolidays.usual(form.getNation(), next));
        model.addAttribute("alreadyHolidays", bankHolidays.usual(form.getNation(), next).stream()
                .filter(h -> calendar.isBankHoliday(h.nation(), h.date())).map(BankHoliday::date).toList());
        return "calendar/year-new";
    }
}
