package org.infoshare.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.infoshare.agreement.AgreementRegister;
import org.infoshare.agreement.AgreementTerms;
import org.infoshare.crypto.PersonalDataCipher;
import org.infoshare.crypto.Pseudonymiser;
import org.infoshare.dataset.rules.ColumnPlan;
import org.infoshare.dataset.rules.RowValidator;
import org.infoshare.dataset.rules.ValidationReport;
import org.infoshare.delivery.Notifications;
import org.infoshare.delivery.Waiting;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.ledger.Ledger;
import org.infoshare.ledger.LedgerEvent;
import org.infoshare.shared.Actor;
import org.infoshare.shared.problem.ConflictException;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.validation.CommandValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receives an upload and either publishes all of it or none of it. The rows are read, checked, minimised,
 * pseudonymised and sealed as they stream in, inside one transaction that also publishes the dataset; a
 * refusal, a failure or an interrupted stream rolls that transaction back, so no row of it is ever visible,
 * and the attempt's outcome and report are then recorded on their own. An idempotency key makes a retry
 * return the first attempt's result rather than a second dataset.
 */
@Service
@EnableConfigurationProperties(DatasetProperties.class)
public class DatasetIngest {

    private static final Logger log = LoggerFactory.getLogger(DatasetIngest.class);
    static final int MAX_RECORD_CHARS = 1_000_000;
    static final int REPORT_LIMIT = 1_000;

    private final DatasetStore store;
    private final AgreementRegister agreements;
    private final DirectoryLookup directory;
    private final PersonalDataCipher cipher;
    private final Pseudonymiser pseudonymiser;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Notifications notifications;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate attempt;
    private final TransactionTemplate own;
    private final ExecutorService sealers;
    private final int window;
    private final long maxUploadBytes;

    DatasetIngest(DatasetStore store, AgreementRegister agreements, DirectoryLookup directory, PersonalDataCipher cipher,
                  Pseudonymiser pseudonymiser, CommandValidator validator, Ledger ledger, Notifications notifications,
                  JsonMapper json, Clock clock, PlatformTransactionManager transactions, DatasetProperties properties) {
        this.store = store;
        this.agreements = agreements;
        this.directory = directory;
        this.cipher = cipher;
        this.pseudonymiser = pseudonymiser;
        this.validator = validator;
        this.ledger = ledger;
        this.notifications = notifications;
        this.json = json;
        this.clock = clock;
        this.attempt = new TransactionTemplate(transactions);
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        int threads = properties.effectiveSealThreads();
        this.sealers = Executors.newFixedThreadPool(threads, daemonThreads());
        this.window = threads * 2 + 2;
        this.maxUploadBytes = properties.effectiveMaxUploadBytes();
    }

    @PreDestroy
    void stop() {
        sealers.shutdownNow();
    }

    /** The outcome: the upload as recorded, and whether it is the result of an earlier attempt under the same key. */
    public record Result(DatasetUpload upload, boolean replayed) {
    }

    /** Why an attempt ended without publishing; thrown inside the attempt's transaction to roll it back. */
    private static final class NotPublished extends RuntimeException {
        final UploadStatus status;
        final DatasetReport report;
        final long rowsRead;

        NotPublished(UploadStatus status, DatasetReport report, long rowsRead, Throwable cause) {
            super(status.name(), cause, false, false);
            this.status = status;
            this.report = report;
            this.rowsRead = rowsRead;
        }
    }

    private static final class AlreadyFinished extends RuntimeException {
        AlreadyFinished() {
            super(null, null, false, false);
        }
    }

    public Result upload(Actor actor, DatasetCommands.Upload command, InputStream body) {
        validator.check(command);
        DatasetSpecification spec = store.specificationFor(command.agreementId(), actor.organisationId(), command.recipientOrganisationId())
                .orElseThrow(() -> InvalidRequestException.of("recipientOrganisationId", "specification",
                        "There is no dataset specification for this agreement and recipient: ask your Data Protection Officer to set one up"));
        AgreementTerms terms = AgreementCheck.usable(agreements, command.agreementId(), actor.organisationId(),
                command.recipientOrganisationId());

        Claim claim = claim(actor, spec, terms, command);
        UUID id = claim.id();
        Optional<DatasetUpload> finished = finishedResult(id);
        if (finished.isPresent()) {
            return new Result(finished.get(), true);
        }
        try {
            DatasetUpload published = attempt.execute(status -> ingest(actor, spec, terms, command, claim, body));
            return new Result(published, false);
        } catch (AlreadyFinished e) {
            return new Result(store.upload(id).orElseThrow(), true);
        } catch (NotPublished outcome) {
            own.executeWithoutResult(status -> recordOutcome(actor, id, spec, command, outcome));
            if (outcome.status == UploadStatus.FAILED) {
                throw outcome.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(outcome.getCause());
            }
            return new Result(store.upload(id).orElseThrow(), false);
        }
    }

    private Optional<DatasetUpload> finishedResult(UUID id) {
        return store.upload(id).filter(upload -> !upload.status().retryable());
    }

    private record Claim(UUID id, boolean fresh) {
    }

    /** The upload this key names: a new one, or the earlier attempt under the same key. */
    private Claim claim(Actor actor, DatasetSpecification spec, AgreementTerms terms, DatasetCommands.Upload command) {
        for (int i = 0; i < 2; i++) {
            Optional<DatasetStore.KeyedUpload> existing = store.uploadByKey(actor.organisationId(), command.idempotencyKey());
            if (existing.isPresent()) {
                if (!existing.get().fingerprint().equals(command.fingerprint())) {
                    throw new ConflictException("idempotencyKey", "idempotency-key-reused",
                            "This idempotency key was used for a different upload: use a new key for a new upload");
                }
                return new Claim(existing.get().id(), false);
            }
            UUID id = UUID.randomUUID();
            Boolean inserted = own.execute(status -> store.insertUpload(
                    new DatasetStore.NewUpload(id, spec, terms.version(), actor.userId(), command), clock.instant()));
            if (Boolean.TRUE.equals(inserted)) {
                return new Claim(id, true);
            }
        }
        throw new ConflictException("idempotencyKey", "upload-in-progress", "An upload with this idempotency key is in progress");
    }

    private DatasetUpload ingest(Actor actor, DatasetSpecification spec, AgreementTerms terms, DatasetCommands.Upload command,
                                 Claim claim, InputStream body) {
        UUID id = claim.id();
        UploadStatus current = store.lockForAttempt(id).orElseThrow(() -> new ConflictException("idempotencyKey",
                "upload-in-progress", "An upload with this idempotency key is in progress: wait for its result"));
        if (!current.retryable()) {
            throw new AlreadyFinished();
        }
        if (!claim.fresh()) {
            store.restart(id, actor.userId(), terms.version(), clock.instant());
        }
        Set<String> allowed = AgreementCheck.allowedItems(terms, spec.recipientOrganisationId());
        Reader reader = new InputStreamReader(new Limited(body, maxUploadBytes), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        Reading reading = new Reading();
        try {
            if (command.format() == DatasetFormat.CSV) {
                readCsv(reader, spec, allowed, command, reading, terms, id);
            } else {
                readJsonLines(reader, spec, allowed, command, reading, terms, id);
            }
        } catch (DatasetFormatException e) {
            reading.stop();
            reading.rows.add(e.row(), null, "format", e.getMessage());
            throw refused(reading, "format", "The file could not be read: " + e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            reading.stop();
            throw new NotPublished(UploadStatus.INTERRUPTED, DatasetReport.of("interrupted",
                    "The upload stopped before the end of the file: nothing was published. Send it again with the same idempotency key.",
                    reading.decisions(), reading.rows), reading.rowsRead, e);
        } catch (NotPublished e) {
            reading.stop();
            throw e;
        } catch (RuntimeException e) {
            reading.stop();
            throw new NotPublished(UploadStatus.FAILED, DatasetReport.of("failed", "The upload failed: nothing was published.",
                    reading.decisions(), reading.rows), reading.rowsRead, e);
        }
        if (!reading.rows.isClean()) {
            reading.stop();
            throw refused(reading, "rows-invalid", reading.rows.total() + " problem(s) in the rows: nothing was published");
        }
        if (reading.rowsRead == 0) {
            reading.stop();
            reading.rows.add(0, null, "no-rows", "The file has no rows after the header");
            throw refused(reading, "no-rows", "The file has no rows: nothing was published");
        }
        int blocks;
        try {
            reading.pipeline.finish();
            blocks = reading.copy.finish();
        } catch (RuntimeException e) {
            reading.stop();
            throw new NotPublished(UploadStatus.FAILED, DatasetReport.of("failed", "The upload failed: nothing was published.",
                    reading.decisions(), reading.rows), reading.rowsRead, e);
        }
        List<DatasetUpload.PublishedColumn> columns = reading.plan.kept().stream()
                .map(k -> new DatasetUpload.PublishedColumn(k.spec().name(), k.spec().item(), k.spec().type(), k.spec().pseudonymise()))
                .toList();
        long dropped = reading.plan.dropped().size();
        String summary = "Published " + reading.rowsRead + " row(s) in " + columns.size() + " column(s)"
                + (dropped > 0 ? "; " + dropped + " column(s) left out" : "");
        store.publish(id, reading.rowsRead, reading.pipeline.rowsWritten(), blocks, columns,
                DatasetReport.of(null, summary, reading.plan.decisions(), reading.rows), clock.instant());
        ledger.record(LedgerEvent.of("dataset.upload.published", "dataset", id)
                .actor(actor.userId()).organisation(actor.organisationId())
                .detail("agreement", terms.agreementId()).detail("agreementVersion", terms.version())
                .detail("recipient", spec.recipientOrganisationId()).detail("team", spec.recipientTeamId())
                .detail("format", command.format()).detail("rows", reading.rowsRead).detail("blocks", blocks)
                .detail("columns", columns.size()).detail("dropped", dropped)
                .detail("pseudonymised", columns.stream().filter(DatasetUpload.PublishedColumn::pseudonymised).count())
                .detail("idempotencyKey", command.idempotencyKey())
                .build());
        directory.members(spec.recipientTeamId()).stream()
                .filter(DirectoryLookup.Person::active)
                .forEach(person -> notifications.somethingWaiting(person.id(), spec.recipientOrganisationId(), Waiting.DATASET,
                        "/datasets/" + id));
        return store.upload(id).orElseThrow();
    }

    /** Refuses a file beyond the size limit as it passes the limit, without reading on. */
    private static final class Limited extends java.io.FilterInputStream {
        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw new DatasetFormatException(0, "The file is larger than the limit of " + limit + " bytes");
            }
        }
    }

    /** The state of one attempt's reading. */
    private final class Reading {
        ColumnPlan plan;
        IngestPipeline pipeline;
        DatasetStore.BlockCopy copy;
        final ValidationReport rows = new ValidationReport(REPORT_LIMIT);
        long rowsRead;

        void start(ColumnPlan plan, AgreementTerms terms, UUID id) {
            this.plan = plan;
            List<ColumnPlan.Kept> kept = plan.kept();
            int[] pseudonymised = new int[(int) kept.stream().filter(k -> k.spec().pseudonymise()).count()];
            int n = 0;
            for (int i = 0; i < kept.size(); i++) {
                if (kept.get(i).spec().pseudonymise() && kept.get(i).spec().type().pseudonymisable()) {
                    pseudonymised[n++] = i;
                }
            }
            BlockSealer sealer = new BlockSealer(cipher, pseudonymiser, terms.agreementId(), id, kept.size(),
                    java.util.Arrays.copyOf(pseudonymised, n));
            copy = store.blockCopy(id);
            pipeline = new IngestPipeline(sealers, window, sealer, copy::write);
        }

        List<ColumnPlan.Decision> decisions() {
            return plan == null ? List.of() : plan.decisions();
        }

        void stop() {
            if (pipeline != null) {
                pipeline.stop();
                copy.abort();
            }
        }
    }

    private void readCsv(Reader reader, DatasetSpecification spec, Set<String> allowed, DatasetCommands.Upload command,
                         Reading reading, AgreementTerms terms, UUID id) throws IOException {
        CsvReader csv = new CsvReader(reader, MAX_RECORD_CHARS);
        String[] header = csv.next();
        if (header == null) {
            reading.rows.add(0, null, "empty", "The file is empty: it needs a header row naming its columns, then the rows");
            throw refused(reading, "empty", "The file is empty: nothing was published");
        }
        ColumnPlan plan = ColumnPlan.forHeader(List.of(header), spec.columns(), AgreementCheck.items(terms), allowed, command.mode());
        reading.start(plan, terms, id);
        if (plan.refused()) {
            throw refused(reading, "columns-refused", "Columns the recipient may not receive, or that the specification requires, "
                    + "stopped the upload: nothing was published");
        }
        List<ColumnPlan.Kept> kept = plan.kept();
        if (kept.isEmpty()) {
            throw refused(reading, "no-columns", "No column of the file may be published to this recipient: nothing was published");
        }
        int[] sources = kept.stream().mapToInt(ColumnPlan.Kept::sourceIndex).toArray();
        RowValidator validator = new RowValidator(kept);
        int width = header.length;
        String[] record;
        while ((record = csv.next()) != null) {
            long row = ++reading.rowsRead;
            if (record.length != width) {
                reading.rows.add(row, null, "field-count", "Row " + row + " has " + record.length + " value(s); the header has " + width);
                reading.stop();
                continue;
            }
            String[] values = new String[sources.length];
            for (int i = 0; i < sources.length; i++) {
                values[i] = record[sources[i]];
            }
            if (validator.check(row, values, reading.rows)) {
                reading.pipeline.add(values);
            } else {
                reading.stop();
            }
        }
    }

    private void readJsonLines(Reader reader, DatasetSpecification spec, Set<String> allowed, DatasetCommands.Upload command,
                               Reading reading, AgreementTerms terms, UUID id) throws IOException {
        JsonLinesReader lines = new JsonLinesReader(reader, json, MAX_RECORD_CHARS);
        ColumnPlan plan = ColumnPlan.forFields(spec.columns(), AgreementCheck.items(terms), allowed, command.mode());
        reading.start(plan, terms, id);
        if (plan.refused()) {
            throw refused(reading, "columns-refused", "The specification requires a column the agreement does not allow to go to "
                    + "this recipient: nothing was published");
        }
        if (plan.kept().isEmpty()) {
            throw refused(reading, "no-columns", "The dataset specification has no columns yet: nothing was published");
        }
        RowValidator validator = new RowValidator(plan.kept());
        JsonNode node;
        while ((node = lines.next()) != null) {
            long row = ++reading.rowsRead;
            String[] values = new String[validator.width()];
            boolean valid = true;
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                ColumnPlan.Decision decision = plan.field(field.getKey(), row);
                if (decision.outcome().refused()) {
                    throw refused(reading, "columns-refused", decision.message() + ": nothing was published");
                }
                Optional<ColumnPlan.Kept> kept = plan.keptFor(field.getKey());
                if (kept.isEmpty()) {
                    continue;
                }
                JsonNode value = field.getValue();
                if (value.isContainer()) {
                    reading.rows.add(row, kept.get().spec().name(), "type", "'" + kept.get().spec().name() + "' must be a single value, not a list or an object");
                    valid = false;
                } else {
                    values[kept.get().sourceIndex()] = value.isNull() ? null : value.asString();
                }
            }
            if (valid && validator.check(row, values, reading.rows)) {
                reading.pipeline.add(values);
            } else {
                reading.stop();
            }
        }
    }

    private static NotPublished refused(Reading reading, String code, String summary) {
        return new NotPublished(UploadStatus.REFUSED, DatasetReport.of(code, summary, reading.decisions(), reading.rows),
                reading.rowsRead, null);
    }

    private void recordOutcome(Actor actor, UUID id, DatasetSpecification spec, DatasetCommands.Upload command, NotPublished outcome) {
        store.finish(id, outcome.status, outcome.rowsRead, outcome.report, clock.instant());
        String action = switch (outcome.status) {
            case REFUSED -> "dataset.upload.refused";
            case INTERRUPTED -> "dataset.upload.interrupted";
            default -> "dataset.upload.failed";
        };
        ledger.record(LedgerEvent.of(action, "dataset", id)
                .actor(actor.userId()).organisation(actor.organisationId())
                .detail("agreement", spec.agreementId()).detail("recipient", spec.recipientOrganisationId())
                .detail("format", command.format()).detail("reason", outcome.report.refusal())
                .detail("rowsRead", outcome.rowsRead).detail("problems", outcome.report.problemCount())
                .detail("refusedColumns", outcome.report.columns().stream().filter(DatasetReport.ColumnOutcome::refused).count())
                .detail("idempotencyKey", command.idempotencyKey())
                .build());
        if (outcome.status == UploadStatus.FAILED) {
            log.error("Dataset upload {} failed", id, outcome.getCause());
        }
    }

    /**
     * Attempts whose process died mid-upload (nothing was published: their transaction never committed) are
     * marked interrupted, so that their senders see the outcome; an attempt still running holds its row's lock
     * and is skipped.
     */
    public int sweepAbandoned(java.time.Duration olderThan) {
        Integer swept = own.execute(status -> {
            List<UUID> abandoned = store.abandonedAttempts(clock.instant().minus(olderThan));
            for (UUID id : abandoned) {
                store.finish(id, UploadStatus.INTERRUPTED, 0, DatasetReport.of("interrupted",
                        "The upload stopped before the end of the file: nothing was published. Send it again with the same idempotency key.",
                        List.of(), new ValidationReport(0)), clock.instant());
                ledger.record(LedgerEvent.of("dataset.upload.interrupted", "dataset", id).organisation(store.senderOf(id).orElse(null))
                        .detail("reason", "abandoned").build());
            }
            return abandoned.size();
        });
        return swept == null ? 0 : swept;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "dataset-seal-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

}
