package io.mdecomp.simulator.component;

/** A semaphore bulkhead without waiting (Resilience4j's maxWaitDuration 0): at most N calls at once. */
public final class Bulkhead {

    private final int maxConcurrent;
    private int inUse;

    public Bulkhead(int maxConcurrent) {
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("bulkhead maxConcurrent must be >= 1");
        }
        this.maxConcurrent = maxConcurrent;
    }

    /** Takes a permit; false (and nothing taken) when all are in use. */
    public boolean tryAcquire() {
        if (inUse >= maxConcurrent) {
            return false;
        }
        inUse++;
        return true;
    }

    public void release() {
        if (inUse <= 0) {
            throw new IllegalStateException("bulkhead released more often than acquired");
        }
        inUse--;
    }

    public int inUse() {
        return inUse;
    }
}
