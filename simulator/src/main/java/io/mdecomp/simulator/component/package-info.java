/**
 * The simulated components of SPEC §7, each with its own state and statistics: service
 * instances, the registry and discovery clients, load balancers and outlier ejection, circuit
 * breakers, retries, bulkheads, the gateway and its token buckets, the workload, the broker and
 * the fault injector. Each takes a settings record defined beside it.
 */
package io.mdecomp.simulator.component;
