/**
 * The what-if loop: the same scenarios run on a base and a head model with common random numbers,
 * and per route and per objective the difference with a paired confidence interval and a verdict
 * ({@link io.mdecomp.simulator.compare.Comparison} is the facade).
 */
package io.mdecomp.simulator.compare;
