package org.infoshare.oversight;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;

import org.infoshare.oversight.rules.ReportPeriod;
import org.infoshare.shared.Actor;
import org.infoshare.shared.UkCalendar;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.web.FormErrors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import static org.infoshare.shared.Role.AUDITOR;
import static org.infoshare.shared.Role.CALDICOTT_GUARDIAN;
import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;
import static org.infoshare.shared.Role.PARTNERSHIP_ADMINISTRATOR;

/** The partnership's report in the browser: the period, each table with its chart, and the CSV. */
@Controller
class ReportPages {

    private final BoardReports reports;
    private final Clock clock;

    ReportPages(BoardReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/oversight/reports")
    @RolesAllowed({DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN, PARTNERSHIP_ADMINISTRATOR, AUDITOR})
    String report(Actor actor, @ModelAttribute("form") ReportForms.PeriodForm form, BindingResult binding, Model model) {
        try {
            ReportPeriod period = period(form);
            BoardReports.BoardReport report = reports.report(actor, period);
            model.addAttribute("form", ReportForms.PeriodForm.of(period));
            model.addAttribute("report", report);
            model.addAttribute("csvForm", ReportForms.PeriodForm.of(period));
        } catch (InvalidRequestException e) {
            FormErrors.show(binding, e);
        }
        return "oversight/reports";
    }

    @GetMapping("/oversight/reports.csv")
    @RolesAllowed({DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN, PARTNERSHIP_ADMINISTRATOR, AUDITOR})
    ResponseEntity<String> csv(Actor actor, @ModelAttribute("form") ReportForms.PeriodForm form) {
        return csv(reports.report(actor, period(form)));
    }

    private ReportPeriod period(ReportForms.PeriodForm form) {
        return form.blank() ? ReportPeriod.yearTo(YearMonth.from(UkCalendar.today(clock))) : form.toPeriod();
    }

    static ResponseEntity<String> csv(BoardReports.BoardReport report) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(ReportCsv.filename(report)).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(ReportCsv.of(report));
    }
}
