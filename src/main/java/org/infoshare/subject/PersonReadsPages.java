package org.infoshare.subject;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.readlog.RecordKind;
import org.infoshare.shared.Actor;
import org.infoshare.shared.access.RolesAllowed;
import org.infoshare.shared.problem.InvalidRequestException;
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
import org.springframework.web.bind.annotation.PathVariable;

import static org.infoshare.shared.Role.AUDITOR;
import static org.infoshare.shared.Role.CALDICOTT_GUARDIAN;
import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;

/** "Who has looked at their information", for those who oversee (ADR 0080): the reads of a person's records, filtered and paged. */
@Controller
@RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN, AUDITOR}, personalData = true)
class PersonReadsPages {

    private final Subjects subjects;
    private final PersonReads reads;
    private final DirectoryLookup directory;
    private final FormSubmission forms;

    PersonReadsPages(Subjects subjects, PersonReads reads, DirectoryLookup directory, FormSubmission forms) {
        this.subjects = subjects;
        this.reads = reads;
        this.directory = directory;
        this.forms = forms;
    }

    @GetMapping("/people/{id}/reads")
    String reads(Actor actor, @PathVariable UUID id, @ModelAttribute("filter") ReadsFilterForm filter, BindingResult binding,
                 HttpServletRequest request, Model model) {
        model.addAttribute("person", subjects.subject(actor, id));
        model.addAttribute("organisations", directory.organisations().stream()
                .map(o -> new Option(o.id().toString(), o.name())).toList());
        model.addAttribute("kinds", Option.of(RecordKind.values(), RecordKind::label));
        return forms.submit(binding, filter::toReadsQuery, query -> {
            PersonReads.Looked looked = reads.looked(actor, id, query.list().filter(), query.kind(), query.list().page());
            model.addAttribute("looks", looked.page().items());
            model.addAttribute("pagination", Pagination.of(looked.page(), request));
            return "people/reads";
        }, () -> "people/reads");
    }

    /** The list's filter (ADR 0017) and the kind of record read. */
    public static class ReadsFilterForm extends ListFilterForm {
        private String kind = "";

        /** What is asked for, once read. */
        record ReadsQuery(Query list, RecordKind kind) {
        }

        ReadsQuery toReadsQuery(FormParsing parsing) {
            Query list = toQuery(parsing);
            try {
                return new ReadsQuery(list, RecordKind.of(kind));
            } catch (InvalidRequestException e) {
                e.violations().forEach(v -> parsing.invalid(v.field(), v.rule(), v.message()));
                return new ReadsQuery(list, null);
            }
        }

        @Override
        public boolean narrowed() {
            return super.narrowed() || !kind.isBlank();
        }

        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind == null ? "" : kind; }
    }
}
