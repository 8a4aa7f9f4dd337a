package org.infoshare.dataset;

import java.util.List;
import java.util.UUID;

import org.infoshare.agreement.AgreementTerms;
import org.infoshare.dataset.rules.ColumnSpec;
import org.infoshare.ledger.LedgerEvent;
import org.infoshare.shared.Actor;

/**
 * Every ledger entry the datasets module writes, in one place. Details are ids, codes and counts: no value
 * from a file, and no column name beyond the agreement's item codes, reaches the ledger.
 */
final class DatasetEvents {

    private DatasetEvents() {
    }

    static LedgerEvent published(Actor actor, UUID id, DatasetSpecification spec, AgreementTerms terms, DatasetCommands.Upload command,
                                 long rows, int blocks, List<DatasetUpload.PublishedColumn> columns, long dropped) {
        return event("dataset.upload.published", "dataset", id, actor)
                .detail("agreement", terms.agreementId()).detail("agreementVersion", terms.version())
                .detail("recipient", spec.recipientOrganisationId()).detail("team", spec.recipientTeamId())
                .detail("format", command.format()).detail("rows", rows).detail("blocks", blocks)
                .detail("columns", columns.size()).detail("dropped", dropped)
                .detail("pseudonymised", columns.stream().filter(DatasetUpload.PublishedColumn::pseudonymised).count())
                .detail("idempotencyKey", command.idempotencyKey())
                .build();
    }

    /** An attempt that ended without publishing: refused, interrupted or failed. */
    static LedgerEvent notPublished(Actor actor, UUID id, UploadStatus status, DatasetSpecification spec, DatasetCommands.Upload command,
                                    long rowsRead, DatasetReport report) {
        String action = switch (status) {
            case REFUSED -> "dataset.upload.refused";
            case INTERRUPTED -> "dataset.upload.interrupted";
            default -> "dataset.upload.failed";
        };
        return event(action, "dataset", id, actor)
                .detail("agreement", spec.agreementId()).detail("recipient", spec.recipientOrganisationId())
                .detail("format", command.format()).detail("reason", report.refusal())
                .detail("rowsRead", rowsRead).detail("problems", report.problemCount())
                .detail("refusedColumns", report.columns().stream().filter(DatasetReport.ColumnOutcome::refused).count())
                .detail("idempotencyKey", command.idempotencyKey())
                .build();
    }

    /** An attempt whose process died mid-upload, found by the sweep: no actor. */
    static LedgerEvent abandoned(UUID id, UUID senderOrganisation) {
        return LedgerEvent.of("dataset.upload.interrupted", "dataset", id).organisation(senderOrganisation)
                .detail("reason", "abandoned").build();
    }

    static LedgerEvent opened(Actor actor, DatasetUpload upload) {
        return access("dataset.opened", actor, upload).build();
    }

    static LedgerEvent downloaded(Actor actor, DatasetUpload upload) {
        return access("dataset.downloaded", actor, upload).detail("rows", upload.rowCount()).build();
    }

    static LedgerEvent reportDownloaded(Actor actor, DatasetUpload upload) {
        return access("dataset.report.downloaded", actor, upload).build();
    }

    /**
     * A refused read, for the sending organisation's trail rather than the caller's (ADR 0047).
     *
     * @param reason "sender-not-recipient", "not-in-recipient-team" or "other-organisation"
     */
    static LedgerEvent accessRefused(Actor actor, DatasetUpload upload, String reason) {
        return LedgerEvent.of("dataset.access-refused", "dataset", upload.id())
                .actor(actor.userId()).organisation(upload.senderOrganisationId())
                .detail("reason", reason).detail("from", actor.organisationId()).build();
    }

    /** @param action "dataset.specification.created" or "dataset.specification.updated" */
    static LedgerEvent specification(String action, Actor actor, DatasetSpecification spec, AgreementTerms terms) {
        return event(action, "dataset-specification", spec.id(), actor)
                .detail("agreement", spec.agreementId()).detail("agreementVersion", terms.version())
                .detail("recipient", spec.recipientOrganisationId()).detail("team", spec.recipientTeamId())
                .detail("columns", spec.columns().size())
                .detail("items", spec.columns().stream().map(ColumnSpec::item).distinct().count())
                .detail("pseudonymised", spec.columns().stream().filter(ColumnSpec::pseudonymise).count())
                .detail("version", spec.version())
                .build();
    }

    private static LedgerEvent.Builder access(String action, Actor actor, DatasetUpload upload) {
        return event(action, "dataset", upload.id(), actor)
                .detail("sender", upload.senderOrganisationId()).detail("agreement", upload.agreementId());
    }

    private static LedgerEvent.Builder event(String action, String subjectType, UUID subject, Actor actor) {
        return LedgerEvent.of(action, subjectType, subject).actor(actor.userId()).organisation(actor.organisationId());
    }
}
