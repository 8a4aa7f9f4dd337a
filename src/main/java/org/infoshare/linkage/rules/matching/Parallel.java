package org.infoshare.linkage.rules.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Runs one task per worker on plain threads, the caller's thread being worker 0, and rethrows the first
 * failure. The linkage core starts no pools and keeps no threads: inside a Spark task it runs with one worker.
 */
public final class Parallel {

    private Parallel() {
    }

    public static void run(int workers, IntConsumer task) {
        if (workers <= 1) {
            task.accept(0);
            return;
        }
        List<Thread> threads = new ArrayList<>();
        Throwable[] failure = new Throwable[1];
        for (int w = 1; w < workers; w++) {
            int worker = w;
            Thread thread = new Thread(() -> task.accept(worker), "linkage-" + w);
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) -> {
                synchronized (failure) {
                    if (failure[0] == null) {
                        failure[0] = e;
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        try {
            task.accept(0);
        } catch (RuntimeException | Error e) {
            synchronized (failure) {
                if (failure[0] == null) {
                    failure[0] = e;
                }
            }
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while linking", e);
            }
        }
        synchronized (failure) {
            if (failure[0] instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure[0] instanceof Error error) {
                throw error;
            }
        }
    }
}
