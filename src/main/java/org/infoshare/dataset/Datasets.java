package org.infoshare.dataset;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.infoshare.crypto.KeyScope;
import org.infoshare.crypto.PersonalDataCipher;
import org.infoshare.ledger.Ledger;
import org.infoshare.ledger.LedgerQueries;
import org.infoshare.ledger.LedgerRecord;
import org.infoshare.ledger.RefusedReads;
import org.infoshare.shared.Actor;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.infoshare.shared.csv.CsvWriter;
import org.infoshare.shared.problem.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading datasets. The sending organisation sees its uploads, their outcomes and reports, and who opened
 * them; only members of the recipient team (need to know) open and download a published dataset. Anyone
 * else, including colleagues in the recipient organisation outside that team, is told it does not exist,
 * and the attempt is recorded. Every access is in the ledger.
 */
@Service
public class Datasets {

    private final DatasetStore store;
    private final DatasetListStore lists;
    private final PersonalDataCipher cipher;
    private final Ledger ledger;
    private final LedgerQueries ledgerQueries;
    private final RefusedReads refusedReads;

    Datasets(DatasetStore store, DatasetListStore lists, PersonalDataCipher cipher, Ledger ledger, LedgerQueries ledgerQueries, RefusedReads refusedReads) {
        this.store = store;
        this.lists = lists;
        this.cipher = cipher;
        this.ledger = ledger;
        this.ledgerQueries = ledgerQueries;
        this.refusedReads = refusedReads;
    }

    /**
     * Every dataset published under one agreement to one team you are in, newest first, however many others the
     * organisation has received since (ADR 0017): what a linkage run may read. Empty when you are not in the team.
     */
    @Transactional(readOnly = true)
    public List<DatasetUpload> receivedUnder(Actor actor, UUID agreementId, UUID teamId) {
        return actor.teamIds().contains(teamId) ? store.receivedUnder(actor.organisationId(), teamId, agreementId) : List.of();
    }

    /**
     * One of your organisation's published uploads, by its id: read in SQL with the sent list's rule (the sender's
     * organisation) rather than looked for among its newest, so an upload older than any list still answers (ADR 0017).
     */
    @Transactional(readOnly = true)
    public Optional<DatasetUpload> published(Actor actor, UUID id) {
        return store.publishedBy(actor.organisationId(), id);
    }

    /** The outcomes the list of uploads sent narrows to. */
    public static final List<String> STATUSES = Stream.of(UploadStatus.values()).map(Enum::name).toList();

    /**
     * One page of the datasets published to a team you are in, newest first, narrowed by the sending organisation and
     * the days published (ADR 0017); every one received is {@code PUBLISHED}, the only status it narrows to.
     */
    @Transactional(readOnly = true)
    public Page<DatasetUpload> received(Actor actor, ListFilter filter, PageRequest request) {
        filter.status(List.of(UploadStatus.PUBLISHED.name()));
        return lists.received(actor.organisationId(), actor.teamIds(), filter.organisation(), filter.fromMoment(), filter.toMomentExclusive(), request);
    }

    /** One page of your organisation's uploads, newest first, narrowed by outcome, the recipient organisation and the days received. */
    @Transactional(readOnly = true)
    public Page<DatasetUpload> sent(Actor actor, ListFilter filter, PageRequest request) {
        return lists.sent(actor.organisationId(), filter.status(STATUSES), filter.organisation(), filter.fromMoment(), filter.toMomentExclusive(),
                request);
    }

    /** One upload: for its sender's organisation, or, once published, for the recipient team. */
    @Transactional
    public DatasetUpload get(Actor actor, UUID id) {
        DatasetUpload upload = visible(actor, id, false);
        if (isRecipient(actor, upload)) {
            ledger.record(DatasetEvents.opened(actor, upload));
        }
        return upload;
    }

    /** Refuses (404, recorded) anyone who may not download the dataset: call before starting a response. */
    @Transactional(readOnly = true)
    public void mayDownload(Actor actor, UUID id) {
        visible(actor, id, true);
    }

    /** The published rows as CSV, decrypted block by block as they are written: for the recipient team only. */
    @Transactional
    public void download(Actor actor, UUID id, OutputStream out) {
        DatasetUpload upload = visible(actor, id, true);
        ledger.record(DatasetEvents.downloaded(actor, upload));
        CsvWriter csv = new CsvWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        csv.row(upload.columns().stream().map(DatasetUpload.PublishedColumn::name).toList());
        KeyScope scope = KeyScope.agreement(upload.agreementId());
        store.forEachBlock(id, block -> {
            byte[] plain = cipher.decrypt(scope, block.content(), BlockSealer.context(id, block.seq()));
            BlockCodec.decode(plain, csv::row);
        });
        csv.flush();
    }

    /** The report as CSV (row, column, rule, message): names rows, columns and rules, never values. */
    @Transactional
    public String reportCsv(Actor actor, UUID id) {
        DatasetUpload upload = visible(actor, id, false);
        ledger.record(DatasetEvents.reportDownloaded(actor, upload));
        StringWriter text = new StringWriter();
        CsvWriter csv = new CsvWriter(text).row("row", "column", "rule", "message");
        DatasetReport report = upload.report();
        if (report != null) {
            for (DatasetReport.ColumnOutcome column : report.columns()) {
                if (!column.published()) {
                    csv.row(column.firstRow() > 0 ? String.valueOf(column.firstRow()) : "header",
                            column.column() == null ? "column " + column.position() : column.column(), column.outcome(), column.message());
                }
            }
            for (DatasetReport.RowProblem problem : report.problems()) {
                csv.row(String.valueOf(problem.row()), problem.column() == null ? "" : problem.column(), problem.rule(), problem.message());
            }
            if (report.problemsNotListed() > 0) {
                csv.row("", "", "not-listed", report.problemsNotListed()
                        + " further problem(s) are counted but not listed; fix those above and upload again");
            }
        }
        return text.toString();
    }

    /** Who opened and downloaded a dataset: for its sender's organisation and the recipient team. */
    @Transactional(readOnly = true)
    public List<LedgerRecord> accessHistory(Actor actor, UUID id) {
        visible(actor, id, false);
        return ledgerQueries.forSubject("dataset", id.toString()).stream()
                .filter(entry -> entry.action().startsWith("dataset.opened") || entry.action().startsWith("dataset.downloaded")
                        || entry.action().startsWith("dataset.report") || entry.action().equals("dataset.access-refused"))
                .toList();
    }

    private DatasetUpload visible(Actor actor, UUID id, boolean contentNeeded) {
        DatasetUpload upload = store.upload(id).orElseThrow(() -> new NotFoundException("Dataset"));
        boolean sender = actor.belongsTo(upload.senderOrganisationId());
        boolean recipient = isRecipient(actor, upload);
        if (contentNeeded ? recipient : sender || recipient) {
            return upload;
        }
        // A colleague outside the need-to-know team, or anyone else: the same answer as for no dataset at all, and the
        // attempt in the sending organisation's trail rather than the caller's (ADR 0047).
        String reason = sender ? "sender-not-recipient"
                : actor.belongsTo(upload.recipientOrganisationId()) ? "not-in-recipient-team" : "other-organisation";
        refusedReads.record(DatasetEvents.accessRefused(actor, upload, reason));
        throw new NotFoundException("Dataset");
    }

    private static boolean isRecipient(Actor actor, DatasetUpload upload) {
        return upload.published() && actor.belongsTo(upload.recipientOrganisationId()) && actor.isMemberOf(upload.recipientTeamId());
    }
}
