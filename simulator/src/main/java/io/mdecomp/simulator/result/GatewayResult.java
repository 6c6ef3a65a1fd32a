package io.mdecomp.simulator.result;

/**
 * The gateway's worker pool when the scenario gives it {@code workers}: its size, requests that
 * got a worker or a queue place and those rejected (after the warm-up), busy workers over all
 * workers (time average) and the mean number waiting.
 */
public record GatewayResult(int workers, int queue, long admitted, long rejected, double utilization,
                            double meanQueueLength) {
}
