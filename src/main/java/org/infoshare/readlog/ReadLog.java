package org.infoshare.readlog;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.infoshare.shared.Actor;
import org.infoshare.shared.ListFilter;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records that someone read a record. A read made inside a transaction is written just after that transaction
 * commits (a read that fails or is refused is not a read), all the reads of one transaction in one insert, in
 * a short transaction of its own that does not wait for the disk: reads are many, and losing the last fraction
 * of a second of them in a crash is the price of not slowing every page (ADR 0080). If the write fails, the
 * request fails.
 */
@Service
public class ReadLog {

    static final int LIST_LIMIT = 500;
    private static final String PENDING = ReadLog.class.getName() + ".pending";

    private final ReadLogStore store;
    private final Clock clock;
    private final TransactionTemplate own;

    ReadLog(ReadLogStore store, Clock clock, PlatformTransactionManager transactions) {
        this.store = store;
        this.clock = clock;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * {@code actor} read the record {@code recordId} of {@code kind}, owned by {@code ownerOrganisationId} and about
     * {@code subjectId} (null when it is about nobody in particular).
     */
    public void read(Actor actor, RecordKind kind, UUID recordId, UUID subjectId, UUID ownerOrganisationId, ReadHow how) {
        Objects.requireNonNull(actor, "actor");
        ReadLogStore.Pending read = new ReadLogStore.Pending(clock.instant().truncatedTo(ChronoUnit.MICROS), actor.userId(), actor.organisationId(),
                Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(recordId, "recordId"), subjectId,
                Objects.requireNonNull(ownerOrganisationId, "ownerOrganisationId"), Objects.requireNonNull(how, "how"));
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            write(List.of(read));
            return;
        }
        @SuppressWarnings("unchecked")
        List<ReadLogStore.Pending> pending = (List<ReadLogStore.Pending>) TransactionSynchronizationManager.getResource(PENDING);
        if (pending == null) {
            List<ReadLogStore.Pending> batch = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(PENDING, batch);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    write(List.copyOf(batch));
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
                }
            });
            pending = batch;
        }
        pending.add(read);
    }

    private void write(List<ReadLogStore.Pending> reads) {
        if (!reads.isEmpty()) {
            own.executeWithoutResult(status -> store.insert(reads));
        }
    }

    /**
     * Every recorded read of any record about the person, newest first, however many: fetched {@value #LIST_LIMIT} at
     * a time, for a subject access bundle, which must leave none out (ADR 0017).
     */
    public List<RecordRead> allOfSubject(UUID subjectId) {
        List<RecordRead> all = new ArrayList<>();
        List<RecordRead> batch = store.ofSubjectBefore(subjectId, null, LIST_LIMIT);
        while (!batch.isEmpty()) {
            all.addAll(batch);
            batch = batch.size() < LIST_LIMIT ? List.of() : store.ofSubjectBefore(subjectId, batch.get(batch.size() - 1), LIST_LIMIT);
        }
        return all;
    }

    /**
     * The reads of the records {@code ownerOrganisationId} holds about the person, a page at a time, newest first:
     * what that organisation is controller for, whoever read them. The filter's organisation is the reader's.
     */
    public Page<RecordRead> ofSubject(UUID subjectId, UUID ownerOrganisationId, ListFilter filter, RecordKind kind, PageRequest page) {
        return store.ofSubjectPaged(subjectId, ownerOrganisationId, filter, kind, page);
    }

    /**
     * Every recorded read of one record, newest first, however many: fetched {@value #LIST_LIMIT} at a time, so that
     * "who has read this record" never stops at the newest few hundred (ADR 0017). Whoever shows them to a person
     * decides who may see them.
     */
    public List<RecordRead> allOfRecord(RecordKind kind, UUID recordId) {
        List<RecordRead> all = new ArrayList<>();
        List<RecordRead> batch = store.ofRecordBefore(kind, recordId, null, LIST_LIMIT);
        while (!batch.isEmpty()) {
            all.addAll(batch);
            batch = batch.size() < LIST_LIMIT ? List.of() : store.ofRecordBefore(kind, recordId, batch.get(batch.size() - 1), LIST_LIMIT);
        }
        return all;
    }
}
