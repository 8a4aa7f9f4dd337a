package org.infoshare.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;

import org.infoshare.agreement.AgreementTerms;
import org.infoshare.crypto.PersonalDataCipher;
import org.infoshare.crypto.Pseudonymiser;
import org.infoshare.dataset.rules.ColumnPlan;
import org.infoshare.dataset.rules.RowValidator;
import org.infoshare.dataset.rules.ValidationReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one attempt's file: the columns planned against the specification and the agreement, every row
 * checked, and the rows minimised, pseudonymised and sealed into blocks as they stream in. Anything that
 * stops the upload is a {@link NotPublished} carrying the report; the caller's transaction then rolls back.
 */
final class UploadReader {

    static final int MAX_RECORD_CHARS = 1_000_000;
    static final int REPORT_LIMIT = 1_000;

    /** A file read to the end with every row valid and sealed: what publishing it records. */
    record Read(long rowsRead, long rowsWritten, int blocks, ColumnPlan plan, ValidationReport report) {

        List<DatasetUpload.PublishedColumn> columns() {
            return plan.kept().stream()
                    .map(k -> new DatasetUpload.PublishedColumn(k.spec().name(), k.spec().item(), k.spec().type(), k.spec().pseudonymise()))
                    .toList();
        }
    }

    private final DatasetStore store;
    private final PersonalDataCipher cipher;
    private final Pseudonymiser pseudonymiser;
    private final JsonMapper json;
    private final ExecutorService sealers;
    private final int window;
    private final long maxUploadBytes;

    UploadReader(DatasetStore store, PersonalDataCipher cipher, Pseudonymiser pseudonymiser, JsonMapper json, ExecutorService sealers,
                 int window, long maxUploadBytes) {
        this.store = store;
        this.cipher = cipher;
        this.pseudonymiser = pseudonymiser;
        this.json = json;
        this.sealers = sealers;
        this.window = window;
        this.maxUploadBytes = maxUploadBytes;
    }

    Read read(UUID id, DatasetSpecification spec, AgreementTerms terms, DatasetCommands.Upload command, InputStream body) {
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
            throw failed(reading, e);
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
        try {
            reading.pipeline.finish();
            int blocks = reading.copy.finish();
            return new Read(reading.rowsRead, reading.pipeline.rowsWritten(), blocks, reading.plan, reading.rows);
        } catch (RuntimeException e) {
            reading.stop();
            throw failed(reading, e);
        }
    }

    private static NotPublished failed(Reading reading, RuntimeException e) {
        return new NotPublished(UploadStatus.FAILED, DatasetReport.of("failed", "The upload failed: nothing was published.",
                reading.decisions(), reading.rows), reading.rowsRead, e);
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
}
