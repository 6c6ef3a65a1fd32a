package io.mdecomp.simulator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Runs independent, numbered tasks (simulation runs, each with its own seed) on a number of
 * threads and hands their results back in number order, whatever order they finished in: what a
 * caller computes from them does not depend on the number of threads. At most a few results per
 * thread wait to be handed over, so memory does not grow with the number of tasks.
 */
public final class ParallelRuns {

    /** Tasks submitted ahead of the one whose result is awaited, per thread. */
    private static final int AHEAD_PER_THREAD = 2;

    private ParallelRuns() {
    }

    /** Receives the result of task {@code index}, on the calling thread, in index order. */
    @FunctionalInterface
    public interface Consumer<T> {
        void accept(int index, T result);
    }

    /**
     * Runs {@code task} for 0 ≤ i < {@code count} on up to {@code threads} threads and hands each
     * result to {@code consumer} in order of i. The first failure in order of i is rethrown as the
     * task threw it (an unchecked exception or error), after the results before it were handed over.
     * With one thread (or one task) everything runs on the calling thread.
     */
    public static <T> void forEachInOrder(int count, int threads, IntFunction<T> task, Consumer<? super T> consumer) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, got " + count);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (threads == 1 || count <= 1) {
            for (int i = 0; i < count; i++) {
                consumer.accept(i, task.apply(i));
            }
            return;
        }
        int workers = Math.min(threads, count);
        ExecutorService pool = Executors.newFixedThreadPool(workers, new Daemons());
        try {
            Deque<Future<T>> pending = new ArrayDeque<>();
            int submitted = 0;
            for (int i = 0; i < count; i++) {
                while (submitted < count && submitted < i + workers * AHEAD_PER_THREAD) {
                    int index = submitted++;
                    pending.addLast(pool.submit(() -> task.apply(index)));
                }
                consumer.accept(i, await(pending.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The results of {@code task} for 0 ≤ i < {@code count}, in order of i; see {@link #forEachInOrder}. */
    public static <T> List<T> map(int count, int threads, IntFunction<T> task) {
        List<T> results = new ArrayList<>(count);
        forEachInOrder(count, threads, task, (index, result) -> results.add(result));
        return results;
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the runs were interrupted", e);
        }
    }

    /** Daemon worker threads, so unfinished runs never keep the JVM alive after a failure. */
    private static final class Daemons implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "run-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
