package io.mdecomp.cli.command;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A second thread for commands whose independent parts can overlap on the second core. Tasks are
 * pure computations; {@link #join} hands their result or their exception (unwrapped, so an
 * {@code InputException} still becomes exit code 2) to the calling thread.
 */
final class Background {

    private Background() {
    }

    /** One daemon thread named {@code name}; the caller shuts it down. */
    static ExecutorService singleThread(String name) {
        return Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The task's result; its unchecked exception or error is rethrown as it was. */
    static <T> T join(Future<T> task) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a background task", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
