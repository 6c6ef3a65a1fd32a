/**
 * Simulation benchmarks: the bare engine on an M/M/1 queue (events per second) and end-to-end
 * requests on the e-commerce sample (simulated requests per wall second), as JMH benchmarks and
 * as the plain {@link io.mdecomp.bench.simulation.SimulationBench} command.
 */
package io.mdecomp.bench.simulation;
