/**
 * Streaming statistics kept apart from the simulation logic: {@link io.mdecomp.simulator.stats.Tally}
 * (count, mean, variance), {@link io.mdecomp.simulator.stats.TimeWeighted} (time averages of a
 * level such as a queue length), {@link io.mdecomp.simulator.stats.Latencies} (HdrHistogram) and
 * Student-t confidence intervals. Memory stays bounded whatever the run's length.
 */
package io.mdecomp.simulator.stats;
