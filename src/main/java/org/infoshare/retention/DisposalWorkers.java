package org.infoshare.retention;

import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The workers a disposal run disposes of disclosures' batches on (ADR 0099). Only disclosures are disposed of so: no
 * disclosure's batch touches a row another's does (its items, notices and reports are its own), where decisions,
 * people and requests refer to one another across batches. After the last batch the same workers vacuum the touched
 * tables, a table each.
 */
final class DisposalWorkers {

    private DisposalWorkers() {
    }

    /**
     * Runs the batches on {@code workers} threads, each batch still its own transaction. The first batch to fail, whichever
     * it is, stops those not yet started; the batches already under way are waited for (each commits or rolls back
     * whole), so that the run is failed, and its failure counts what it took, only when none of its batches is still
     * working. Batches already committed stay listed in it.
     */
    static <T> void run(int workers, List<T> batches, Consumer<T> oneBatch) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, batches.size()), runnable -> {
            Thread thread = new Thread(runnable, "disposal-batch");
            thread.setDaemon(true);
            return thread;
        });
        CompletionService<Void> finished = new ExecutorCompletionService<>(pool);
        List<Future<Void>> running = batches.stream().map(batch -> finished.submit(() -> oneBatch.accept(batch), (Void) null)).toList();
        RuntimeException failure = null;
        boolean interrupted = false;
        try {
            for (int i = 0; i < running.size() && failure == null; i++) {
                try {
                    finished.take().get();
                } catch (ExecutionException e) {
                    failure = e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
                }
            }
        } catch (InterruptedException e) {
            interrupted = true;
            failure = new IllegalStateException("The disposal run was interrupted", e);
        } finally {
            running.forEach(batch -> batch.cancel(false));
            pool.shutdown();
            while (true) {
                try {
                    if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
                        break;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
