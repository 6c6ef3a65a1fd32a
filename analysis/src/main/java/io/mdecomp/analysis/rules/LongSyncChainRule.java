package io.mdecomp.analysis.rules;

import io.mdecomp.analysis.graph.ServiceGraph;
import java.util.ArrayList;
import java.util.List;

/**
 * MD009: a chain of synchronous calls longer than the threshold (default 3 calls). Reported at
 * the services where such a chain starts (no sync caller has a deeper chain); subjects are a
 * witness chain.
 */
final class LongSyncChainRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.MD009;
    }

    @Override
    public List<Violation> check(RuleInput input, double threshold) {
        ServiceGraph graph = input.context().serviceGraph();
        List<Violation> result = new ArrayList<>();
        for (String service : graph.services()) {
            int depth = input.chains().depth(service);
            if (depth <= threshold) {
                continue;
            }
            boolean extended = graph.graph().incomingEdgesOf(service).stream()
                    .anyMatch(e -> e.sync() && input.chains().depth(e.source()) > depth);
            if (extended) {
                continue;
            }
            List<String> chain = input.chains().chain(service);
            result.add(Violation.of("sync call chain of " + depth + " calls starting at '" + service + "' ("
                            + String.join(" -> ", chain) + ") is longer than " + (int) threshold
                            + ": latencies add up and each hop can fail the whole request", chain,
                    input.locationOf(service))
                    .recommending("make a hop of " + String.join(" -> ", chain)
                            + " asynchronous or cache its answer, so the chain has at most " + (int) threshold + " calls"));
        }
        return result;
    }
}
