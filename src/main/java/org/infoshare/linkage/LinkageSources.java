package org.infoshare.linkage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.infoshare.dataset.DatasetUpload;
import org.infoshare.dataset.Datasets;
import org.infoshare.linkage.extract.CsvRows;
import org.infoshare.linkage.extract.ExtractColumn;
import org.infoshare.linkage.extract.ExtractReader;
import org.infoshare.linkage.extract.ExtractRecord;
import org.infoshare.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * What a run reads: the linking organisation's latest own extract, and the latest published linkage dataset from
 * each partner under the plan's agreement to the analysts' team (a dataset with a {@code linkage-encoding}
 * column). Each is read through its owner's rules: datasets through the datasets module, as the analyst who
 * started the run (need to know, and each download in the ledger), decrypted block by block as they are parsed.
 */
@Component
class LinkageSources {

    private final Datasets datasets;
    private final LinkagePlanStore plans;

    LinkageSources(Datasets datasets, LinkagePlanStore plans) {
        this.datasets = datasets;
        this.plans = plans;
    }

    /** One source's records, or the reason it cannot be used. */
    record Read(LinkageRun.Source source, LocalDate asOf, List<ExtractRecord> records) {
    }

    /** A source refused: which one and why, in words without values. */
    static final class Refused extends RuntimeException {
        final String code;

        Refused(String code, String message) {
            super(message);
            this.code = code;
        }
    }

    /** The partners' datasets a run would read now, newest per sender. */
    List<DatasetUpload> datasetsFor(Actor actor, LinkagePlan plan) {
        Map<UUID, DatasetUpload> latest = new LinkedHashMap<>();
        datasets.receivedUnder(actor, plan.agreementId(), plan.analystTeamId()).stream()
                .filter(DatasetUpload::published)
                .filter(u -> u.columns().stream().anyMatch(c -> ExtractColumn.of(c.name()) == ExtractColumn.ENCODING))
                .sorted(Comparator.comparing(DatasetUpload::finishedAt).reversed())
                .forEach(u -> latest.putIfAbsent(u.specificationId(), u));
        return List.copyOf(latest.values());
    }

    /** Reads every source, numbering them from 0 in the order returned; refuses the run at the first unusable one. */
    List<Read> read(Actor actor, LinkagePlan plan) {
        List<Read> reads = new ArrayList<>();
        Optional<LinkagePlanStore.OwnExtract> own = plans.latestOwnExtract(plan.id());
        if (own.isPresent()) {
            byte[] csv = plans.ownExtractContent(own.get().id(), plan.agreementId());
            ExtractReader.Result result = new ExtractReader(plan.secretFingerprint(), reads.size())
                    .read(new CsvRows(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8)));
            reads.add(checked(new LinkageRun.Source(LinkageRun.SourceKind.OWN_EXTRACT, own.get().id(), plan.organisationId(),
                    result.records().size(), result.rows(), null), own.get().uploadedAt().atOffset(ZoneOffset.UTC).toLocalDate(), result,
                    "the linking organisation's own extract"));
        }
        for (DatasetUpload upload : datasetsFor(actor, plan)) {
            ExtractReader.Result result = download(actor, upload, new ExtractReader(plan.secretFingerprint(), reads.size()));
            String eventItem = upload.columns().stream().filter(c -> ExtractColumn.of(c.name()) == ExtractColumn.EVENT)
                    .map(DatasetUpload.PublishedColumn::item).findFirst().orElse(null);
            reads.add(checked(new LinkageRun.Source(LinkageRun.SourceKind.DATASET, upload.id(), upload.senderOrganisationId(),
                    result.records().size(), result.rows(), eventItem), upload.receivedAt().atOffset(ZoneOffset.UTC).toLocalDate(), result,
                    "the dataset " + upload.id()));
        }
        if (reads.isEmpty()) {
            throw new Refused("no-sources", "There is nothing to link yet: no partner has published a linkage dataset to the analysts' team, "
                    + "and no own extract has been uploaded");
        }
        return reads;
    }

    private static Read checked(LinkageRun.Source source, LocalDate asOf, ExtractReader.Result result, String what) {
        if (!result.accepted()) {
            ExtractReader.Problem first = result.problems().get(0);
            throw new Refused("source-refused:" + first.rule().code(), "Could not use " + what + ": row " + first.row()
                    + (first.column() == null ? "" : ", column " + first.column()) + ": " + first.rule().message()
                    + (result.problemCount() > 1 ? " (and " + (result.problemCount() - 1) + " more problems)" : ""));
        }
        return new Read(source, asOf, result.records());
    }

    /** Streams a dataset's rows from the datasets module straight into the reader, on a second thread. */
    private ExtractReader.Result download(Actor actor, DatasetUpload upload, ExtractReader reader) {
        try {
            PipedInputStream in = new PipedInputStream(1 << 20);
            PipedOutputStream out = new PipedOutputStream(in);
            CompletableFuture<ExtractReader.Result> parsed = new CompletableFuture<>();
            Thread parser = new Thread(() -> {
                try (in) {
                    parsed.complete(reader.read(new CsvRows(new InputStreamReader(in, StandardCharsets.UTF_8))));
                } catch (RuntimeException | IOException e) {
                    parsed.completeExceptionally(e);
                }
            }, "linkage-dataset-reader");
            parser.setDaemon(true);
            parser.start();
            try (out) {
                datasets.download(actor, upload.id(), out);
            }
            return parsed.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading a dataset", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not read a dataset", e.getCause());
        }
    }
}
