package io.mdecomp.analysis.rules;

import io.mdecomp.analysis.graph.DependencyCycles;
import io.mdecomp.analysis.graph.ServiceEdge;
import io.mdecomp.analysis.graph.ServiceGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * MD002: a dependency cycle that is not a cycle of synchronous calls (MD001 reports those): a cycle
 * of calls and data with at least one hop that does not wait, or a cycle of consumed events
 * ({@link DependencyCycles}; a call one way and an event back is choreography, not a cycle). At
 * most {@code SystemMetrics.CYCLE_LIMIT} cycles per layer.
 */
final class DependencyCycleRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.MD002;
    }

    @Override
    public List<Violation> check(RuleInput input, double threshold) {
        ServiceGraph graph = input.context().serviceGraph();
        List<Violation> result = new ArrayList<>();
        for (DependencyCycles.Cycle cycle : input.cycles().cycles()) {
            List<String> services = cycle.services();
            boolean allSync = true;
            StringBuilder path = new StringBuilder(services.get(0));
            for (int i = 0; i + 1 < services.size(); i++) {
                List<ServiceEdge> edges = cycle.hop(graph, i);
                allSync &= edges.stream().anyMatch(ServiceEdge::sync);
                path.append(" -[").append(edges.stream().map(e -> e.kind().label()).collect(Collectors.joining("/")))
                        .append("]-> ").append(services.get(i + 1));
            }
            if (allSync && cycle.layer() == DependencyCycles.Layer.CALLS_AND_DATA) {
                continue;
            }
            List<String> members = services.subList(0, services.size() - 1);
            ServiceEdge first = cycle.hop(graph, 0).get(0);
            String from = services.get(services.size() - 2);
            boolean events = cycle.layer() == DependencyCycles.Layer.EVENTS;
            result.add(Violation.of("dependency cycle " + path + ": none of these " + members.size()
                    + " services can change " + (events ? "its events" : "or deploy") + " without the others",
                    members, first.location())
                    .recommending(events
                            ? "let " + from + " stop consuming the events of " + services.get(0)
                                    + ", e.g. by moving that reaction into " + services.get(0)
                            : "remove one dependency of the cycle, e.g. " + from + " -> " + services.get(0)
                                    + ", by moving the entity or event it needs"));
        }
        return result;
    }
}
