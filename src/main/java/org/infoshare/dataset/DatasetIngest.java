package org.infoshare.dataset;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
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
import org.infoshare.dataset.rules.ValidationReport;
import org.infoshare.delivery.Notifications;
import org.infoshare.delivery.Waiting;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.ledger.Ledger;
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

    private final DatasetStore store;
    private final AgreementRegister agreements;
    private final DirectoryLookup directory;
    private final CommandValidator validator;
    private final Ledger ledger;
    private final Notifications notifications;
    private final Clock clock;
    private final TransactionTemplate attempt;
    private final TransactionTemplate own;
    private final ExecutorService sealers;
    private final UploadReader reader;

    DatasetIngest(DatasetStore store, AgreementRegister agreements, DirectoryLookup directory, PersonalDataCipher cipher,
                  Pseudonymiser pseudonymiser, CommandValidator validator, Ledger ledger, Notifications notifications,
                  JsonMapper json, Clock clock, PlatformTransactionManager transactions, DatasetProperties properties) {
        this.store = store;
        this.agreements = agreements;
        this.directory = directory;
        this.validator = validator;
        this.ledger = ledger;
        this.notifications = notifications;
        this.clock = clock;
        this.attempt = new TransactionTemplate(transactions);
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        int threads = properties.effectiveSealThreads();
        this.sealers = Executors.newFixedThreadPool(threads, daemonThreads());
        this.reader = new UploadReader(store, cipher, pseudonymiser, json, sealers, threads * 2 + 2, properties.effectiveMaxUploadBytes());
    }

    @PreDestroy
    void stop() {
        sealers.shutdownNow();
    }

    /** The outcome: the upload as recorded, and whether it is the result of an earlier attempt under the same key. */
    public record Result(DatasetUpload upload, boolean replayed) {
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

    /** One attempt, inside its transaction: all of the file published, or a {@link NotPublished} that rolls it back. */
    private DatasetUpload ingest(Actor actor, DatasetSpecification spec, AgreementTerms terms, DatasetCommands.Upload command,
                                 Claim claim, InputStream body) {
        UUID id = claim.id();
        startAttempt(actor, claim, terms);
        UploadReader.Read read = reader.read(id, spec, terms, command, body);
        List<DatasetUpload.PublishedColumn> columns = read.columns();
        long dropped = read.plan().dropped().size();
        String summary = "Published " + read.rowsRead() + " row(s) in " + columns.size() + " column(s)"
                + (dropped > 0 ? "; " + dropped + " column(s) left out" : "");
        store.publish(id, read.rowsRead(), read.rowsWritten(), read.blocks(), columns,
                DatasetReport.of(null, summary, read.plan().decisions(), read.report()), clock.instant());
        ledger.record(DatasetEvents.published(actor, id, spec, terms, command, read.rowsRead(), read.blocks(), columns, dropped));
        directory.members(spec.recipientTeamId()).stream()
                .filter(DirectoryLookup.Person::active)
                .forEach(person -> notifications.somethingWaiting(person.id(), spec.recipientOrganisationId(), Waiting.DATASET,
                        "/datasets/" + id));
        return store.upload(id).orElseThrow();
    }

    /** Takes the upload's row lock for this attempt; an upload another attempt already finished is not read again. */
    private void startAttempt(Actor actor, Claim claim, AgreementTerms terms) {
        UploadStatus current = store.lockForAttempt(claim.id()).orElseThrow(() -> new ConflictException("idempotencyKey",
                "upload-in-progress", "An upload with this idempotency key is in progress: wait for its result"));
        if (!current.retryable()) {
            throw new AlreadyFinished();
        }
        if (!claim.fresh()) {
            store.restart(claim.id(), actor.userId(), terms.version(), clock.instant());
        }
    }

    private void recordOutcome(Actor actor, UUID id, DatasetSpecification spec, DatasetCommands.Upload command, NotPublished outcome) {
        store.finish(id, outcome.status, outcome.rowsRead, outcome.report, clock.instant());
        ledger.record(DatasetEvents.notPublished(actor, id, outcome.status, spec, command, outcome.rowsRead, outcome.report));
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
                ledger.record(DatasetEvents.abandoned(id, store.senderOf(id).orElse(null)));
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
