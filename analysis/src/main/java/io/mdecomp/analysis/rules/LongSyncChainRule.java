package io.mdecomp.analysis.rules;

import io.mdecomp.analysis.graph.ServiceGraph;
import io.mdecomp.analysis.graph.SyncChains;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
        Set<Integer> cyclesReported = new HashSet<>();
        for (String service : graph.services()) {
            int depth = input.chains().depth(service);
            if (depth <= threshold) {
                continue;
            }
            boolean extended = graph.graph().incomingEdgesOf(service).stream()
                    .anyMatch(e -> e.sync() && input.chains().depth(e.source()) > depth);
            // every service of a sync cycle heads a chain through the whole cycle: one finding, at the first
            Optional<SyncChains.Cycle> cycle = input.chains().cycle(service);
            if (extended || cycle.isPresent() && !cyclesReported.add(cycle.get().id())) {
                continue;
            }
            List<String> chain = input.chains().chain(service);
            String path = path(chain);
            String through = cycle.map(c -> ", through a sync cycle of " + c.size() + " services,").orElse("");
            result.add(Violation.of("sync call chain of " + depth + " calls starting at '" + service + "' ("
                            + path + ")" + through + " is longer than " + (int) threshold
                            + ": latencies add up and each hop can fail the whole request", chain,
                    input.locationOf(service))
                    .recommending("make a hop of " + path
                            + " asynchronous or cache its answer, so the chain has at most " + (int) threshold + " calls"));
        }
        return result;
    }

    /**
     * The chain as {@code A -> B -> C}; past {@value #SHOWN} services, the first and last five
     * with the number left out between them (the finding's subjects keep the whole chain).
     */
    static String path(List<String> chain) {
        if (chain.size() <= SHOWN) {
            return String.join(" -> ", chain);
        }
        return String.join(" -> ", chain.subList(0, 5)) + " -> ... (" + (chain.size() - 10) + " more) -> "
                + String.join(" -> ", chain.subList(chain.size() - 5, chain.size()));
    }

    private static final int SHOWN = 12;
}
