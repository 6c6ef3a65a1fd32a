package io.mdecomp.analysis.rules;

import io.mdecomp.analysis.graph.ServiceEdge;
import io.mdecomp.analysis.graph.ServiceGraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * MD002: a dependency cycle (any kinds) that is not a cycle of synchronous calls, which MD001
 * reports. Reads the system metric {@code cycles} (capped at {@code SystemMetrics.CYCLE_LIMIT}).
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
        for (List<String> cycle : input.system().cycles()) {
            boolean allSync = true;
            StringBuilder path = new StringBuilder(cycle.get(0));
            for (int i = 0; i + 1 < cycle.size(); i++) {
                List<ServiceEdge> edges = graph.graph().getAllEdges(cycle.get(i), cycle.get(i + 1)).stream()
                        .sorted(Comparator.comparing(ServiceEdge::kind)).toList();
                allSync &= edges.stream().anyMatch(ServiceEdge::sync);
                path.append(" -[").append(edges.stream().map(e -> e.kind().label()).collect(Collectors.joining("/")))
                        .append("]-> ").append(cycle.get(i + 1));
            }
            if (allSync) {
                continue;
            }
            List<String> services = cycle.subList(0, cycle.size() - 1);
            ServiceEdge first = graph.edge(cycle.get(0), cycle.get(1)).orElseThrow();
            result.add(Violation.of("dependency cycle " + path + ": none of these " + services.size()
                    + " services can change or deploy without the others", services, first.location())
                    .recommending("remove one dependency of the cycle, e.g. " + cycle.get(cycle.size() - 2) + " -> "
                            + cycle.get(0) + ", by moving the entity or event it needs"));
        }
        return result;
    }
}
