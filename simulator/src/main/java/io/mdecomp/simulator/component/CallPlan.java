package io.mdecomp.simulator.component;

/**
 * One downstream call of an endpoint, resolved: the path (caller → callee, with its resilience
 * and balancing), the callee endpoint, the share of requests that make it, and whether the caller
 * waits for it.
 */
public record CallPlan(CallPath path, EndpointPlan target, double probability, boolean sync) {
}
