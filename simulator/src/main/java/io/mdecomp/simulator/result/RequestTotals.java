package io.mdecomp.simulator.result;

/**
 * Requests that arrived after the warm-up: the total, those answered with success or failure, and
 * those still unanswered at the end. Each is counted on its own, so
 * {@code total = ok + failed + inFlight} is a check, not a definition.
 */
public record RequestTotals(long total, long ok, long failed, long inFlight) {

    /** Failed over answered requests; 0 when none was answered. */
    public double errorRate() {
        long done = ok + failed;
        return done == 0 ? 0 : failed / (double) done;
    }
}
