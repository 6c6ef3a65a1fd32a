/**
 * Sweeps: a scenario run at every point of a grid of changed values ({@code sweep:} in the scenario
 * file), each point and replication one independent run with its own derived seed; runs in
 * parallel, split into shards that can run on other machines, and the aggregation of their
 * records into one report, identical however the runs were split.
 */
package io.mdecomp.simulator.sweep;
