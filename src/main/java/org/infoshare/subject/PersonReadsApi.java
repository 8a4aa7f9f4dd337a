package org.infoshare.subject;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.infoshare.readlog.RecordKind;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.access.RolesAllowed;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.infoshare.shared.Role.AUDITOR;
import static org.infoshare.shared.Role.CALDICOTT_GUARDIAN;
import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;

/** Who has looked at a person's information, for those who oversee (ADR 0080). */
@RestController
@Tag(name = "Data subjects")
@RolesAllowed(value = {DATA_PROTECTION_OFFICER, CALDICOTT_GUARDIAN, AUDITOR}, personalData = true)
class PersonReadsApi {

    private final PersonReads reads;

    PersonReadsApi(PersonReads reads) {
        this.reads = reads;
    }

    @GetMapping("/api/v1/subjects/{id}/reads")
    @Operation(summary = "Who has looked at the person's information, newest first",
            description = "Every read of the records your organisation holds about the person (their record, decisions, consent "
                    + "records, disclosures, subject access bundles and this list itself), by anyone in the partnership: when, who and "
                    + "their organisation, which record and how (VIEWED, DOWNLOADED, PRINTED). Narrowed by organisation (the reader's), "
                    + "kind (PERSON, DECISION, CONSENT, DISCLOSURE, BUNDLE, READS) and from/to (days read, both included). Paged: page "
                    + "from 1, size 1 to 100 (20 when not given); total says how many match. Asking is itself recorded as a read.")
    WhoLooked reads(Actor actor, @PathVariable UUID id, @RequestParam(required = false) UUID organisation,
                    @RequestParam(required = false) String kind,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                    @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        ListFilter filter = new ListFilter(null, null, null, organisation, from, to);
        PageRequest request = PageRequest.of(page, size);
        return WhoLooked.of(reads.looked(actor, id, filter, RecordKind.of(kind), request));
    }
}
