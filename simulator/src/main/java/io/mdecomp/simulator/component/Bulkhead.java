package io.mdecomp.simulator.component;

import java.util.ArrayDeque;

/**
 * A semaphore bulkhead after Resilience4j's {@code SemaphoreBulkhead}: at most N calls at once. A
 * call that finds every permit taken waits for one, first come first served (Resilience4j's fair
 * semaphore, {@code fairCallHandlingEnabled} by default), for up to {@code maxWaitDuration}; the
 * caller refuses it when that is over (see {@link CallPath}). Without a wait it is refused at once.
 */
public final class Bulkhead {

    /** A call waiting for a permit. */
    interface Waiter {
        /**
         * Offers the waiter a permit; true when it takes it, false when it is no longer waiting (it
         * gave up), so that the permit goes to the next.
         */
        boolean admit();
    }

    private final int maxConcurrent;
    private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();
    private int inUse;

    public Bulkhead(int maxConcurrent) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("bulkhead maxConcurrent must be >= 1");
        }
        this.maxConcurrent = maxConcurrent;
    }

    /**
     * Takes a permit; false (and nothing taken) when all are in use or calls are waiting for one:
     * a newcomer never overtakes them.
     */
    public boolean tryAcquire() {
        if (inUse >= maxConcurrent || !waiters.isEmpty()) {
            return false;
        }
        inUse++;
        return true;
    }

    /** Queues {@code waiter} for the next free permit (after {@link #tryAcquire()} said no). */
    void await(Waiter waiter) {
        waiters.addLast(waiter);
    }

    /**
     * Returns a permit: it goes to the longest-waiting call that still waits, or back to the
     * bulkhead when none does.
     */
    public void release() {
        if (inUse <= 0) {
            throw new IllegalStateException("bulkhead released more often than acquired");
        }
        while (!waiters.isEmpty()) {
            if (waiters.pollFirst().admit()) {
                return;
            }
        }
        inUse--;
    }

    public int inUse() {
        return inUse;
    }

    /** Calls queued for a permit, including those that gave up and are not yet dropped. */
    int queued() {
        return waiters.size();
    }
}
