/**
 * Tuning: the fewest instances (and workers) per service that meet every objective
 * ({@link io.mdecomp.simulator.tune.CapacityTuner}), and the resilience settings that a sweep ranks
 * best, written back as a scenario's {@code resilience:} block.
 */
package io.mdecomp.simulator.tune;
