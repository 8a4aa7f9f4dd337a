package org.infoshare.audit;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.infoshare.audit.rules.AuditVocabulary;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.ledger.VerificationReport;
import org.infoshare.shared.Actor;
import org.infoshare.shared.UkCalendar;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.subject.Subject;
import org.infoshare.web.DateInput;
import org.infoshare.web.FormSubmission;
import org.infoshare.web.Option;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriComponentsBuilder;

import static org.infoshare.shared.Role.AUDITOR;
import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;

/** The audit trail and the ledger's integrity, for the organisation's auditors and Data Protection Officer. */
@Controller
@RequestMapping("/audit")
class AuditPages {

    private static final DateTimeFormatter UK_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, h:mm:ssa", Locale.UK)
            .withZone(UkCalendar.ZONE);

    private final AuditTrail trail;
    private final LedgerIntegrity integrity;
    private final FormSubmission forms;
    private final AuditPeople people;
    private final DirectoryLookup directory;

    AuditPages(AuditTrail trail, LedgerIntegrity integrity, FormSubmission forms, AuditPeople people, DirectoryLookup directory) {
        this.trail = trail;
        this.integrity = integrity;
        this.forms = forms;
        this.people = people;
        this.directory = directory;
    }

    /** A row of the trail with its time in UK time. */
    record TrailRow(AuditTrail.AuditEntry entry, String when) {
    }

    @GetMapping
    @RolesAllowed({AUDITOR, DATA_PROTECTION_OFFICER})
    String trail(Actor actor, @ModelAttribute("filter") AuditForms.TrailFilterForm filter, BindingResult binding, Model model) {
        model.addAttribute("kinds", kindOptions(filter.getAction()));
        model.addAttribute("staffOptions", directory.people(actor.organisationId()).stream()
                .sorted(Comparator.comparing(DirectoryLookup.Person::displayName))
                .map(p -> new Option(p.id().toString(), p.displayName())).toList());
        UUID person = null;
        if (!filter.getPerson().isBlank()) {
            person = people.byReference(actor, filter.getPerson()).map(Subject::id).orElse(null);
            if (person == null) {
                binding.rejectValue("person", "unknown-person", "No one in your organisation's records has this reference");
            }
        }
        UUID personId = person;
        return forms.submit(binding, parsing -> filter.toQuery(parsing, personId), query -> {
            AuditTrail.TrailPage page = trail.trail(actor, query);
            int pageNumber = filter.pageNumber();
            model.addAttribute("rows", page.entries().stream().map(entry -> new TrailRow(entry, ukTime(entry.recordedAt()))).toList());
            model.addAttribute("firstShown", page.offset() + 1);
            model.addAttribute("lastShown", page.offset() + page.entries().size());
            model.addAttribute("filtered", filter.narrowed());
            model.addAttribute("previousHref", pageNumber > 1 ? pageHref(filter, pageNumber - 1) : null);
            model.addAttribute("nextHref", page.hasMore() ? pageHref(filter, pageNumber + 1) : null);
            return "audit/trail";
        }, () -> "audit/trail");
    }

    @GetMapping("/integrity")
    @RolesAllowed({AUDITOR, DATA_PROTECTION_OFFICER})
    String integrity(Actor actor, Model model) {
        return integrityView(actor, model, null);
    }

    @PostMapping("/integrity")
    @RolesAllowed({AUDITOR, DATA_PROTECTION_OFFICER})
    String verify(Actor actor, Model model) {
        return integrityView(actor, model, integrity.verify(actor));
    }

    private String integrityView(Actor actor, Model model, VerificationReport report) {
        model.addAttribute("report", report);
        if (report != null) {
            model.addAttribute("verifiedAt", ukTime(report.verifiedAt()));
            model.addAttribute("latestCheckpointAt", report.latestCheckpointAt() == null ? null : ukTime(report.latestCheckpointAt()));
            model.addAttribute("entriesPerSecond", Math.round(report.entriesPerSecond()));
        } else {
            trail.latest(actor, LedgerIntegrity.VERIFIED).ifPresent(last -> {
                model.addAttribute("lastVerification", last);
                model.addAttribute("lastVerifiedAt", ukTime(last.recordedAt()));
            });
        }
        return "audit/integrity";
    }

    static String ukTime(Instant instant) {
        return UK_TIME.format(instant).replace("AM", "am").replace("PM", "pm");
    }

    private static List<Option> kindOptions(String selected) {
        List<Option> options = new ArrayList<>(AuditVocabulary.kinds().stream()
                .map(kind -> new Option(kind.prefix(), kind.label())).toList());
        if (selected != null && !selected.isBlank() && AuditVocabulary.kind(selected).isEmpty()) {
            options.add(new Option(selected, "Actions starting " + selected));
        }
        return options;
    }

    private static String pageHref(AuditForms.TrailFilterForm filter, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/audit");
        if (!filter.getAction().isBlank()) {
            uri.queryParam("action", filter.getAction());
        }
        if (!filter.getPerson().isBlank()) {
            uri.queryParam("person", filter.getPerson().strip());
        }
        if (filter.staffId() != null) {
            uri.queryParam("staff", filter.staffId());
        }
        if (filter.isSignIns()) {
            uri.queryParam("signIns", true);
        }
        date(uri, "from", filter.getFrom());
        date(uri, "to", filter.getTo());
        return uri.queryParam("page", page).encode().toUriString();
    }

    private static void date(UriComponentsBuilder uri, String name, DateInput date) {
        if (!date.isEmpty()) {
            uri.queryParam(name + ".day", date.getDay()).queryParam(name + ".month", date.getMonth())
                    .queryParam(name + ".year", date.getYear());
        }
    }
}
