package io.mdecomp.analysis.rules;

import io.mdecomp.analysis.graph.Cycles;
import io.mdecomp.analysis.graph.EndpointCycles;
import io.mdecomp.analysis.graph.ServiceEdge;
import java.util.ArrayList;
import java.util.List;

/**
 * MD001: a cycle of synchronous calls between services (at most {@code SystemMetrics.CYCLE_LIMIT}
 * are reported; subjects: the services), and an endpoint that reaches itself through synchronous
 * calls inside its own service ({@link EndpointCycles}; subjects: the endpoints, qualified).
 */
final class SyncCycleRule implements Rule {

    static final int LIMIT = io.mdecomp.analysis.metrics.SystemMetrics.CYCLE_LIMIT;

    @Override
    public RuleId id() {
        return RuleId.MD001;
    }

    @Override
    public List<Violation> check(RuleInput input, double threshold) {
        List<Violation> result = new ArrayList<>();
        for (List<String> cycle : Cycles.of(input.context().serviceGraph().adjacency(true), LIMIT).cycles()) {
            List<String> services = cycle.subList(0, cycle.size() - 1);
            String last = services.get(services.size() - 1);
            ServiceEdge first = syncEdge(input, cycle.get(0), cycle.get(1));
            result.add(Violation.of("synchronous call cycle " + String.join(" -> ", cycle)
                            + ": each of its " + services.size()
                            + " services waits on the next, so one slow or failing service stalls them all", services, first.location())
                    .recommending("make the call " + last + " -> " + cycle.get(0)
                            + " asynchronous (an event or a queue), or move the data it needs into " + last));
        }
        for (EndpointCycles.Cycle cycle : EndpointCycles.of(input.context().model())) {
            result.add(endpointLoop(cycle));
        }
        return result;
    }

    private static Violation endpointLoop(EndpointCycles.Cycle cycle) {
        List<String> endpoints = cycle.qualified();
        String taken = cycle.probability() >= 1 ? "on every request"
                : String.format(java.util.Locale.ROOT, "on %s of requests", percent(cycle.probability()));
        String message = endpoints.size() == 1
                ? "endpoint " + endpoints.get(0) + " calls itself synchronously (" + taken + "): each call holds a "
                        + "worker while it waits for the next, so a request can exhaust " + cycle.service() + "'s workers"
                : "synchronous call loop inside " + cycle.service() + ": " + String.join(" -> ", cycle.endpoints())
                        + " (" + taken + "): each endpoint holds a worker while it waits for the next, so a request "
                        + "can exhaust " + cycle.service() + "'s workers";
        String last = cycle.endpoints().get(cycle.endpoints().size() - 2);
        return Violation.of(message, endpoints, cycle.location()).recommending(endpoints.size() == 1
                ? "do the repeated work in-process (a loop inside " + endpoints.get(0) + ") instead of calling itself, "
                        + "or make the call asynchronous"
                : "call the logic of " + cycle.endpoints().get(0) + " in-process from " + last
                        + " instead of through its endpoint, or make that call asynchronous");
    }

    private static String percent(double share) {
        String text = String.format(java.util.Locale.ROOT, "%.1f", share * 100);
        return (text.endsWith(".0") ? text.substring(0, text.length() - 2) : text) + "%";
    }

    static ServiceEdge syncEdge(RuleInput input, String from, String to) {
        return input.context().serviceGraph().graph().getAllEdges(from, to).stream().filter(ServiceEdge::sync)
                .min(java.util.Comparator.comparing(ServiceEdge::kind)).orElseThrow();
    }
}
