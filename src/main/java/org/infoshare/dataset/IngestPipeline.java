package org.infoshare.dataset;

import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Valid rows in, sealed blocks out, in order. The reading thread fills a block; sealing (pseudonyms, encoding,
 * encryption) runs on the seal threads while the next block is read; sealed blocks are written by the reading
 * thread, which holds the transaction, as a stream to the database. At most {@code window} blocks are in flight, so memory stays flat
 * however large the upload.
 */
final class IngestPipeline {

    static final int ROWS_PER_BLOCK = 1024;
    static final int CHARS_PER_BLOCK = 256 * 1024;

    private final ExecutorService pool;
    private final int window;
    private final BlockSealer sealer;
    private final Consumer<SealedBlock> writer;
    private final ArrayDeque<Future<SealedBlock>> inFlight = new ArrayDeque<>();
    private String[][] rows = new String[ROWS_PER_BLOCK][];
    private int count;
    private int chars;
    private int seq;
    private long rowsWritten;
    private boolean stopped;

    IngestPipeline(ExecutorService pool, int window, BlockSealer sealer, Consumer<SealedBlock> writer) {
        this.pool = pool;
        this.window = Math.max(1, window);
        this.sealer = sealer;
        this.writer = writer;
    }

    void add(String[] row) {
        if (stopped) {
            return;
        }
        rows[count++] = row;
        for (String value : row) {
            if (value != null) {
                chars += value.length();
            }
        }
        if (count == ROWS_PER_BLOCK || chars >= CHARS_PER_BLOCK) {
            submit();
        }
    }

    /** The upload will not be published: stop sealing and writing, and drop what is in flight. */
    void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        inFlight.forEach(future -> future.cancel(true));
        inFlight.clear();
        rows = null;
    }

    /** Seals and writes what remains; returns the number of blocks written. */
    int finish() {
        if (stopped) {
            throw new IllegalStateException("The pipeline was stopped");
        }
        if (count > 0) {
            submit();
        }
        while (!inFlight.isEmpty()) {
            take();
        }
        return seq;
    }

    long rowsWritten() {
        return rowsWritten;
    }

    private void submit() {
        final String[][] block = rows;
        final int blockCount = count;
        final int blockSeq = seq++;
        rows = new String[ROWS_PER_BLOCK][];
        count = 0;
        chars = 0;
        while (inFlight.size() >= window) {
            take();
        }
        inFlight.add(pool.submit(() -> sealer.seal(blockSeq, block, blockCount)));
    }

    private void take() {
        Future<SealedBlock> oldest = inFlight.removeFirst();
        SealedBlock block;
        try {
            block = oldest.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while sealing a dataset", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
        writer.accept(block);
        rowsWritten += block.rowCount();
    }
}
