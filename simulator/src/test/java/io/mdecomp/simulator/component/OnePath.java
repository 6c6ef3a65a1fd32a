package io.mdecomp.simulator.component;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.distribution.Distribution;
import io.mdecomp.simulator.engine.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One call path {@code A -> B} on its own, for tests that send calls at exact times: B has the
 * given deployment and service time, an ideal registry, round-robin, no network latency.
 */
final class OnePath {

    /** A call's outcome ({@code null} cause: success) and when the caller heard it. */
    record Outcome(int call, ErrorCause cause, double at) {
    }

    final Simulation sim = new Simulation(1, 10_000_000);
    final ServiceStation callee;
    final CallPath path;
    final List<Outcome> outcomes = new ArrayList<>();
    private final EndpointPlan endpoint;
    private int calls;

    OnePath(Deployment deployment, Distribution serviceTime, Resilience resilience) {
        this.callee = new ServiceStation("B", 0, sim, deployment);
        Registry registry = new Registry(sim, DiscoverySettings.INSTANT, new ServiceStation[] {callee});
        this.endpoint = new EndpointPlan(callee, "b", serviceTime, 0, sim.streams());
        this.path = new CallPath(sim, new CallKey("A", "B"), -1, callee, new DiscoveryClient(sim, registry),
                new LoadBalancer(sim, "A -> B", Strategy.ROUND_ROBIN, deployment.instances(), null, null),
                new Network(Optional.empty()), resilience);
    }

    /** Makes a call at {@code time}; its outcome joins {@link #outcomes} when the caller hears it. */
    void callAt(double time) {
        int number = calls++;
        sim.at(time, () -> path.call(endpoint, 0, cause -> outcomes.add(new Outcome(number, cause, sim.now()))));
    }

    /** The outcome of call {@code number}. */
    Outcome outcome(int number) {
        return outcomes.stream().filter(o -> o.call() == number).findFirst().orElseThrow();
    }
}
