package org.infoshare.retention;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.infoshare.crypto.KeyScope;
import org.infoshare.crypto.KeyShredder;
import org.infoshare.ledger.Ledger;
import org.infoshare.ledger.LedgerEvent;
import org.infoshare.ledger.ProtectedRecords;
import org.infoshare.retention.rules.RecordType;
import org.infoshare.shared.Actor;
import org.infoshare.shared.problem.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.infoshare.retention.DisposalCertificate.Method;

/**
 * Carries out a disposal run: records the run, then disposes of the due records kind by kind (disclosures, then
 * decisions, consent records, people, datasets, rights requests, windows of the read log) in batches of up to
 * {@value #BATCH} ({@code infoshare.retention.disposal-batch}), disclosures' batches on
 * {@code infoshare.retention.disposal-workers} threads (two by default, ADR 0099) and the others one after another,
 * each batch one transaction that names the run, lists its records (a row each where a kept-forever trigger looks
 * for them, disclosures together in one row), deletes or anonymises their rows, destroys their keys and writes the ledger entries that
 * list the records it took (one per kind of record, ADR 0097) and one with the batch's count and the digest of its
 * ids; then issues the certificate. A person's remaining records go with
 * them, listed under the person's rule. After the last batch the touched tables are vacuumed and the key table
 * rewritten, so that neither the database nor a backup taken afterwards holds the disposed content or a destroyed key;
 * then the certificate is issued.
 */
@Component
class DisposalExecution {

    private static final Logger log = LoggerFactory.getLogger(DisposalExecution.class);
    /** Records to a batch unless configured otherwise, and ids to a {@code records.disposed} ledger entry. */
    static final int BATCH = 10_000;
    /** The ledger's names for the kinds of record disposal may take. */
    private static final Map<RecordType, String> LEDGER_KINDS = Map.of(RecordType.SHARING_DECISION, "decision",
            RecordType.CONSENT_RECORD, "consent", RecordType.DISCLOSURE, "disclosure", RecordType.RIGHTS_REQUEST, ProtectedRecords.RIGHTS_REQUEST);
    private static final List<RecordType> ORDER = List.of(RecordType.DISCLOSURE, RecordType.SHARING_DECISION, RecordType.CONSENT_RECORD,
            RecordType.PERSON, RecordType.DATASET, RecordType.RIGHTS_REQUEST, RecordType.READ_LOG);

    private final DisposalStore store;
    private final CertificateStore certificates;
    private final KeyShredder shredder;
    private final Ledger ledger;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate own;
    private final int workers;
    private final int batch;

    DisposalExecution(DisposalStore store, CertificateStore certificates, KeyShredder shredder, Ledger ledger, JsonMapper json, Clock clock,
                      PlatformTransactionManager transactions, @Value("${infoshare.retention.disposal-workers:2}") int workers,
                      @Value("${infoshare.retention.disposal-batch:" + BATCH + "}") int batch) {
        this.store = store;
        this.certificates = certificates;
        this.shredder = shredder;
        this.ledger = ledger;
        this.json = json;
        this.clock = clock;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        if (workers < 1 || batch < 1 || batch > BATCH) {
            throw new IllegalArgumentException("infoshare.retention.disposal-workers must be at least 1 (was " + workers
                    + ") and infoshare.retention.disposal-batch from 1 to " + BATCH + " (was " + batch + ")");
        }
        this.workers = workers;
        this.batch = batch;
    }

    /** One disposed record, with the rule and method it went under. */
    private record Gone(RecordType type, UUID id, UUID subject, StoredRule rule, Method method) {
    }

    /**
     * What a batch changed besides the records it disposed of: kept decisions and requests for information whose link
     * to a disposed decision it cleared, the requests for information that went with the person they were about, and
     * the disclosures it disposed of that stay, anonymised, because a potential breach refers to them.
     */
    private record Touched(List<UUID> decisions, List<UUID> requests, List<UUID> requestsGone, Set<UUID> keptAnonymised) {
        Touched() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new java.util.HashSet<>());
        }

        void add(DisposalStore.Relinked cleared) {
            decisions.addAll(cleared.decisions());
            requests.addAll(cleared.requests());
        }
    }

    DisposalCertificate execute(UUID organisation, Actor actor, DisposalCertificate.Trigger trigger, UUID requestId,
                                List<DisposalPlanner.Planned> due, int held) {
        UUID run = UUID.randomUUID();
        try {
            own.executeWithoutResult(s -> {
                store.startRun(run, organisation, trigger, actor == null ? null : actor.userId(), requestId, clock.instant());
                ledger.record(RetentionEvents.event("disposal.started", "disposal-run", run, actor, organisation).detail("trigger", trigger)
                        .detail("request", requestId).detail("due", due.size()).build());
            });
        } catch (DuplicateKeyException e) {
            throw new ConflictException("", "already-running", "A disposal run is already under way for your organisation");
        }
        List<Gone> gone = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger keys = new AtomicInteger();
        try {
            for (RecordType type : ORDER) {
                List<DisposalPlanner.Planned> ofType = due.stream().filter(p -> p.type() == type).toList();
                List<List<DisposalPlanner.Planned>> batches = new ArrayList<>();
                for (int from = 0; from < ofType.size(); from += batch) {
                    batches.add(ofType.subList(from, Math.min(ofType.size(), from + batch)));
                }
                Consumer<List<DisposalPlanner.Planned>> oneBatch = records -> gone.addAll(own.execute(s -> {
                    store.nameRun(run);
                    Touched touched = new Touched();
                    List<UUID> notices = new ArrayList<>();
                    List<Gone> done = dispose(organisation, run, type, records, keys, touched, notices);
                    recordEachGone(run, actor, organisation, done, touched, notices);
                    ledger.record(RetentionEvents.event("disposal.batch", "disposal-run", run, actor, organisation).detail("recordType", type)
                            .detail("count", done.size()).detail("sha256", digest(done.stream().map(g -> g.type() + ":" + g.id()).sorted()
                                    .collect(Collectors.joining("\n")))).build());
                    return done;
                }));
                if (type == RecordType.DISCLOSURE && workers > 1 && batches.size() > 1) {
                    DisposalWorkers.run(workers, batches, oneBatch);
                } else {
                    batches.forEach(oneBatch);
                }
            }
        } catch (RuntimeException e) {
            own.executeWithoutResult(s -> {
                store.finishRun(run, true, clock.instant());
                ledger.record(RetentionEvents.event("disposal.failed", "disposal-run", run, actor, organisation).detail("disposed", gone.size()).build());
            });
            throw e;
        }
        long vacuumMs = gone.isEmpty() ? 0 : compact(gone.stream().map(Gone::type).collect(Collectors.toSet()), keys.get() > 0);
        List<DisposalCertificate.Line> lines = linesOf(gone);
        String linesJson = json.writeValueAsString(lines);
        byte[] sha = sha256(run + "\n" + linesJson + "\n" + held + "\n" + keys.get());
        own.executeWithoutResult(s -> {
            store.insertCertificate(run, organisation, clock.instant(), linesJson, held, keys.get(), sha);
            store.finishRun(run, false, clock.instant());
            ledger.record(RetentionEvents.event("disposal.certified", "disposal-run", run, actor, organisation).detail("trigger", trigger)
                    .detail("disposed", gone.size()).detail("held", held).detail("keysDestroyed", keys.get())
                    .detail("vacuumed", vacuumMs >= 0).detail("vacuumMs", Math.max(vacuumMs, 0))
                    .detail("sha256", HexFormat.of().formatHex(sha)).build());
        });
        return certificates.find(run).orElseThrow();
    }

    /**
     * Binds the batch's protected records to the ledger (ADR 0063, ADR 0097). The records that went, of each kind and
     * method (and the rights notices and requests for information that went with them), are listed by one
     * {@code records.disposed} entry about the run, at most {@value #BATCH} ids to an entry, which the verifier
     * replays as an entry per record carrying {@code gone}. A disclosure kept anonymised did not go: it gets an entry of
     * its own binding its new digest, as does each kept decision or request for information whose link to a disposed
     * decision was cleared.
     */
    private void recordEachGone(UUID run, Actor actor, UUID organisation, List<Gone> done, Touched touched, List<UUID> notices) {
        List<LedgerEvent> events = new ArrayList<>();
        Map<String, List<UUID>> goneByKindAndMethod = new LinkedHashMap<>();
        for (Gone g : done) {
            String kind = LEDGER_KINDS.get(g.type());
            if (kind == null || ProtectedRecords.of(kind).isEmpty()) {
                continue;
            }
            if (touched.keptAnonymised().contains(g.id())) {
                events.add(RetentionEvents.event("record.disposed", kind, g.id(), actor, organisation).detail("run", run)
                        .detail("method", g.method()).build());
            } else {
                goneByKindAndMethod.computeIfAbsent(kind + "|" + g.method(), k -> new ArrayList<>()).add(g.id());
            }
        }
        if (!notices.isEmpty()) {
            goneByKindAndMethod.computeIfAbsent(ProtectedRecords.RIGHTS_NOTICE + "|" + Method.DELETED, k -> new ArrayList<>()).addAll(notices);
        }
        if (!touched.requestsGone().isEmpty()) {
            goneByKindAndMethod.computeIfAbsent(ProtectedRecords.INFORMATION_REQUEST + "|" + Method.SHREDDED, k -> new ArrayList<>())
                    .addAll(touched.requestsGone());
        }
        goneByKindAndMethod.forEach((key, ids) -> {
            String kind = key.substring(0, key.indexOf('|'));
            String method = key.substring(key.indexOf('|') + 1);
            List<UUID> distinct = ids.stream().distinct().toList();
            for (int from = 0; from < distinct.size(); from += BATCH) {
                List<UUID> part = distinct.subList(from, Math.min(distinct.size(), from + BATCH));
                events.add(RetentionEvents.event("records.disposed", kind, run, actor, organisation).detail("method", method)
                        .detail("count", part.size()).goneRecords(part).build());
            }
        });
        for (UUID decision : touched.decisions()) {
            events.add(RetentionEvents.event("reconsidered-link.cleared", "decision", decision, actor, organisation).detail("run", run).build());
        }
        Set<UUID> requestsGone = new LinkedHashSet<>(touched.requestsGone());
        touched.requests().stream().distinct().filter(request -> !requestsGone.contains(request)).forEach(request -> events.add(
                RetentionEvents.event("request-link.cleared", ProtectedRecords.INFORMATION_REQUEST, request, actor, organisation).detail("run", run).build()));
        ledger.recordAll(events);
    }

    private List<Gone> dispose(UUID organisation, UUID run, RecordType type, List<DisposalPlanner.Planned> batch, AtomicInteger keys, Touched touched,
                               List<UUID> notices) {
        List<UUID> ids = batch.stream().map(DisposalPlanner.Planned::recordId).toList();
        List<Gone> gone = new ArrayList<>();
        switch (type) {
            case DISCLOSURE -> {
                Set<UUID> keptAnonymised = store.breachReferenced(ids);
                touched.keptAnonymised().addAll(keptAnonymised);
                batch.forEach(p -> gone.add(new Gone(type, p.recordId(), p.subjectId(), p.rule(), keptAnonymised.contains(p.recordId()) ? Method.ANONYMISED : Method.DELETED)));
                authorise(run, gone, false);
                notices.addAll(store.noticesAbout(ids, List.of()));
                store.disposeDisclosures(ids, keptAnonymised);
            }
            case SHARING_DECISION -> {
                batch.forEach(p -> gone.add(new Gone(type, p.recordId(), p.subjectId(), p.rule(), Method.DELETED)));
                authorise(run, gone, false);
                touched.add(store.disposeDecisions(ids));
            }
            case CONSENT_RECORD -> {
                batch.forEach(p -> gone.add(new Gone(type, p.recordId(), p.subjectId(), p.rule(), Method.DELETED)));
                authorise(run, gone, false);
                store.disposeConsents(ids);
            }
            case PERSON -> {
                Map<UUID, StoredRule> ruleOf = new LinkedHashMap<>();
                batch.forEach(p -> ruleOf.put(p.recordId(), p.rule()));
                List<DisposalStore.Row> remaining = store.remainingAbout(ids);
                remaining.forEach(r -> gone.add(new Gone(RecordType.valueOf(r.type()), r.id(), r.subject(), ruleOf.get(r.subject()), Method.SHREDDED)));
                batch.forEach(p -> gone.add(new Gone(type, p.recordId(), p.subjectId(), p.rule(), Method.SHREDDED)));
                authorise(run, gone, true);
                notices.addAll(store.noticesAbout(idsOf(remaining, "DISCLOSURE"), ids));
                Set<UUID> kept = store.breachReferenced(idsOf(remaining, "DISCLOSURE"));
                touched.keptAnonymised().addAll(kept);
                store.disposeDisclosures(idsOf(remaining, "DISCLOSURE"), kept);
                touched.add(store.disposeDecisions(idsOf(remaining, "SHARING_DECISION")));
                store.disposeConsents(idsOf(remaining, "CONSENT_RECORD"));
                touched.requestsGone().addAll(store.disposePeople(ids));
                keys.addAndGet(shredder.destroyAll(KeyScope.Type.SUBJECT, ids));
            }
            case DATASET -> {
                batch.forEach(p -> gone.add(new Gone(type, p.recordId(), null, p.rule(), Method.DELETED)));
                authorise(run, gone, false);
                store.disposeDatasets(ids);
            }
            case RIGHTS_REQUEST -> {
                batch.forEach(p -> gone.add(new Gone(type, p.recordId(), p.subjectId(), p.rule(), Method.SHREDDED)));
                authorise(run, gone, false);
                List<UUID> ofRequests = store.disposeRequests(ids);
                notices.addAll(ofRequests);
                keys.addAndGet(shredder.destroyAll(KeyScope.Type.RECORD, ids));
                keys.addAndGet(shredder.destroyAll(KeyScope.Type.RECORD, ofRequests));
            }
            case READ_LOG -> {
                batch.forEach(p -> gone.add(new Gone(type, p.recordId(), null, p.rule(), Method.DELETED)));
                authorise(run, gone, false);
                store.disposeReadWindows(organisation, ids.stream().map(UUID::getLeastSignificantBits).toList(), clock.instant());
            }
        }
        return gone;
    }

    /**
     * Lists the batch's records in the run: disclosures, which no kept-forever trigger guards, together in one row per
     * kind and method; the others a row each, the authorisation their triggers look for. Only a person's batch can list
     * a record the run listed before (a record kept anonymised, listed again with the person), so only it skips those
     * already listed.
     */
    private void authorise(UUID run, List<Gone> gone, boolean person) {
        Map<String, List<Gone>> byTypeAndMethod = gone.stream().collect(Collectors.groupingBy(g -> g.type() + "|" + g.method(), LinkedHashMap::new,
                Collectors.toList()));
        byTypeAndMethod.forEach((key, items) -> {
            String type = items.get(0).type().name();
            List<UUID> ids = items.stream().map(Gone::id).toList();
            List<UUID> subjects = items.stream().map(Gone::subject).toList();
            List<UUID> rules = items.stream().map(g -> g.rule() == null ? null : g.rule().id()).toList();
            if (items.get(0).type() == RecordType.DISCLOSURE) {
                store.listTogether(run, type, ids, subjects, rules, items.get(0).method().name());
            } else {
                store.authorise(run, type, ids, subjects, rules, items.get(0).method().name(), person);
            }
        });
    }

    private static List<UUID> idsOf(List<DisposalStore.Row> rows, String type) {
        return rows.stream().filter(r -> r.type().equals(type)).map(DisposalStore.Row::id).toList();
    }

    /** The preview's lines: what would go, by kind, rule and method. */
    static List<DisposalCertificate.Line> lines(List<DisposalPlanner.Planned> due) {
        return linesOf(due.stream().map(p -> new Gone(p.type(), p.recordId(), p.subjectId(), p.rule(),
                p.type() == RecordType.PERSON || p.type() == RecordType.RIGHTS_REQUEST ? Method.SHREDDED : Method.DELETED)).toList());
    }

    private static List<DisposalCertificate.Line> linesOf(List<Gone> gone) {
        Map<String, List<Gone>> grouped = gone.stream().collect(Collectors.groupingBy(
                g -> g.type() + "|" + (g.rule() == null ? "" : g.rule().id()) + "|" + g.method(), LinkedHashMap::new, Collectors.toList()));
        return grouped.values().stream().map(items -> {
                    Gone first = items.get(0);
                    StoredRule rule = first.rule();
                    return new DisposalCertificate.Line(first.type(), rule == null ? null : rule.id(), rule == null ? null : rule.version(),
                            rule == null ? "Erased under a rights request, or consent withdrawn" : rule.describe(), first.method(), items.size());
                })
                .sorted(java.util.Comparator.comparing((DisposalCertificate.Line l) -> ORDER.indexOf(l.recordType()))
                        .thenComparing(l -> Objects.toString(l.ruleVersion(), "")).thenComparing(l -> Objects.toString(l.ruleId(), ""))
                        .thenComparing(DisposalCertificate.Line::method))
                .toList();
    }

    /**
     * The physical erasure, after the last batch has committed and before the certificate is issued (VACUUM cannot run
     * in a transaction), so that the certificate's time is when the disposed content's bytes had left the tables'
     * pages: the tables the run left dead rows in are vacuumed, heap only (their indexes hold ids, codes and dates, no
     * content: ADR 0095), and the key table rewritten if keys were destroyed. Returns its time in milliseconds, or -1
     * if it failed (the certificate's ledger entry then says it was not vacuumed; autovacuum reaches the rows later).
     */
    private long compact(Set<RecordType> kinds, boolean keysDestroyed) {
        long started = System.nanoTime();
        try {
            List<String> tables = DisposalStore.touched(kinds);
            DisposalWorkers.run(workers, tables.stream().map(List::of).toList(), store::vacuum);
            if (keysDestroyed) {
                store.compactKeys();
            }
            long ms = (System.nanoTime() - started) / 1_000_000;
            log.info("Vacuumed {} after a disposal run in {} ms", tables, ms);
            return ms;
        } catch (RuntimeException e) {
            log.warn("Vacuuming after a disposal run failed; dead rows stay until autovacuum reaches them", e);
            return -1;
        }
    }

    private static String digest(String text) {
        return HexFormat.of().formatHex(sha256(text));
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
