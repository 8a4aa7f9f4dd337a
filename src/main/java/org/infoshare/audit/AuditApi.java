package org.infoshare.audit;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.infoshare.shared.Actor;
import org.infoshare.shared.access.RolesAllowed;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static org.infoshare.shared.Role.AUDITOR;
import static org.infoshare.shared.Role.DATA_PROTECTION_OFFICER;

/** Your organisation's audit trail, and verification of the ledger, for auditors and the DPO. */
@RestController
@Tag(name = "Audit")
class AuditApi {

    private final AuditTrail trail;
    private final LedgerIntegrity integrity;

    AuditApi(AuditTrail trail, LedgerIntegrity integrity) {
        this.trail = trail;
        this.integrity = integrity;
    }

    @GetMapping("/api/v1/audit/entries")
    @RolesAllowed({AUDITOR, DATA_PROTECTION_OFFICER})
    @Operation(summary = "Your organisation's ledger entries, newest first: who did what, when, to which record, each also in words")
    AuditTrail.TrailPage entries(
            Actor actor,
            @Parameter(description = "Only actions whose code starts with this, e.g. directory.user.")
            @RequestParam(required = false) String action,
            @Parameter(description = "The first day to include (UK time), e.g. 2026-11-01")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "The last day to include (UK time)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "Only what this member of staff did (their account id)")
            @RequestParam(required = false) UUID staff,
            @Parameter(description = "Only entries about this person (their id): them, their decisions, the disclosures sent under those decisions, their consent")
            @RequestParam(required = false) UUID person,
            @Parameter(description = "Whether to include sign-ins")
            @RequestParam(defaultValue = "true") boolean signIns,
            @Parameter(description = "How many of the newest matching entries to skip")
            @RequestParam(defaultValue = "0") int offset,
            @Parameter(description = "At most this many entries (capped at " + AuditTrail.MAX_LIMIT + ")")
            @RequestParam(defaultValue = "" + AuditTrail.DEFAULT_LIMIT) int limit) {
        return trail.trail(actor, new AuditTrail.TrailQuery(action, from, to, staff, person, signIns, offset, limit));
    }

    @GetMapping("/api/v1/ledger/verification")
    @RolesAllowed({AUDITOR, DATA_PROTECTION_OFFICER})
    @Operation(summary = "Verify the whole ledger now and name the first broken entry, if any (the verification is itself recorded)")
    VerificationView verification(Actor actor) {
        return VerificationView.of(integrity.verify(actor));
    }
}
