package io.mdecomp.simulator.result;

/**
 * Requests that arrived after the warm-up: {@code total = ok + failed + inFlight}.
 */
public record RequestTotals(long total, long ok, long failed, long inFlight) {
}
