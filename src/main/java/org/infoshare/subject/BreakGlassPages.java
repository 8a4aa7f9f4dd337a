package org.infoshare.subject;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Page;
import org.infoshare.shared.UkCalendar;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.web.FormParsing;
import org.infoshare.web.FormSubmission;
import org.infoshare.web.ListFilterForm;
import org.infoshare.web.Option;
import org.infoshare.web.Pagination;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import static org.infoshare.shared.Role.AUDITOR;
import static org.infoshare.shared.Role.CALDICOTT_GUARDIAN;
import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;
import static org.infoshare.shared.Role.MANAGER;
import static org.infoshare.shared.Role.PRACTITIONER;

/** Break glass in the UI (ADR 0048): the form that records a reason to look, and the Data Protection Officer's log. */
@Controller
class BreakGlassPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, h:mma", Locale.UK).withZone(UkCalendar.ZONE);

    private final BreakGlass breakGlass;
    private final DirectoryLookup directory;
    private final FormSubmission forms;

    BreakGlassPages(BreakGlass breakGlass, DirectoryLookup directory, FormSubmission forms) {
        this.breakGlass = breakGlass;
        this.directory = directory;
        this.forms = forms;
    }

    /** A logged reason as the log shows it. */
    record LogRow(BrokenGlass record, String who, String opened, String until) {
    }

    @GetMapping("/people/break-glass")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String form(Model model) {
        return formView(model, new BreakGlassForm());
    }

    @PostMapping("/people/break-glass")
    @RolesAllowed(value = {PRACTITIONER, MANAGER}, personalData = true)
    String open(Actor actor, @ModelAttribute("form") BreakGlassForm form, BindingResult binding, Model model) {
        return forms.submit(binding, form::toCommand, command -> {
            BreakGlass.Opened opened = breakGlass.open(actor, command);
            model.addAttribute("subject", opened.subject());
            model.addAttribute("until", when(opened.record().until()));
            return "subject/break-glass-open";
        }, () -> formView(model, form));
    }

    @GetMapping("/break-glass")
    @RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN, AUDITOR}, personalData = true)
    String log(Actor actor, @ModelAttribute("filter") ListFilterForm filter, BindingResult binding, HttpServletRequest request, Model model) {
        model.addAttribute("reasons", Option.of(BreakGlass.REASONS));
        return forms.submit(binding, filter::toQuery, query -> {
            Page<BrokenGlass> log = breakGlass.log(actor, query.filter(), query.page());
            var names = directory.displayNames(log.items().stream().map(BrokenGlass::userId).distinct().toList());
            model.addAttribute("rows", log.items().stream().map(r -> new LogRow(r, names.getOrDefault(r.userId(), "Unknown account"),
                    when(r.openedAt()), when(r.until()))).toList());
            model.addAttribute("pagination", Pagination.of(log, request));
            return "subject/break-glass-log";
        }, () -> "subject/break-glass-log");
    }

    private String formView(Model model, BreakGlassForm form) {
        model.addAttribute("form", form);
        model.addAttribute("reasons", Option.of(BreakGlassReason.values(), BreakGlassReason::label));
        model.addAttribute("hours", BreakGlass.ACCESS.toHours());
        return "subject/break-glass";
    }

    static String when(Instant instant) {
        return WHEN.format(instant).replace("AM", "am").replace("PM", "pm");
    }

    /** The form mirrors {@link BreakGlassCommand}. */
    public static class BreakGlassForm {
        private String reference;
        private BreakGlassReason reason;
        private String explanation;

        BreakGlassCommand toCommand(FormParsing parsing) {
            return new BreakGlassCommand(reference, reason, explanation);
        }

        public String getReference() { return reference; }
        public void setReference(String reference) { this.reference = reference; }
        public BreakGlassReason getReason() { return reason; }
        public void setReason(BreakGlassReason reason) { this.reason = reason; }
        public String getExplanation() { return explanation; }
        public void setExplanation(String explanation) { this.explanation = explanation; }
    }
}
