package io.mdecomp.analysis.rules;

import io.mdecomp.analysis.graph.Cycles;
import io.mdecomp.analysis.graph.ServiceEdge;
import java.util.ArrayList;
import java.util.List;

/** MD001: a cycle of synchronous calls between services (at most {@code SystemMetrics.CYCLE_LIMIT} are reported). */
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
        return result;
    }

    static ServiceEdge syncEdge(RuleInput input, String from, String to) {
        return input.context().serviceGraph().graph().getAllEdges(from, to).stream().filter(ServiceEdge::sync)
                .min(java.util.Comparator.comparing(ServiceEdge::kind)).orElseThrow();
    }
}
