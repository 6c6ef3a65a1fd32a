package io.mdecomp.analysis.metrics;

import java.util.List;

/**
 * System-wide metrics (SPEC §4; formulas in docs/metrics.md).
 *
 * @param modularity       Newman's weighted Q of the current cut on the entity graph
 * @param mq               Σ of the services' cluster factors (Bunch MQ)
 * @param sm               structural modularity (Mono2Micro)
 * @param icp              cross-service weight / all weight
 * @param ifn              mean number of endpoints per service used by other services or the gateway
 * @param ned              share of entities in services outside the size band
 * @param scf              dependencies / (N² − N)
 * @param siy              mutually dependent service pairs
 * @param cycles           dependency cycles, each closed ({@code [A, B, A]}), in lexicographic order: the
 *                         cycles of calls and data and the cycles of events ({@code DependencyCycles});
 *                         at most {@link #CYCLE_LIMIT} are listed (a list of that length may be cut)
 * @param longestSyncChain services in the longest chain of sync calls
 * @param complexityIndex  |S|² · |C| · |ST|
 */
public record SystemMetrics(
        double modularity,
        double mq,
        double sm,
        double icp,
        double ifn,
        double ned,
        double scf,
        int siy,
        List<List<String>> cycles,
        int longestSyncChain,
        long complexityIndex) {

    /** The most cycles {@code cycles} lists; renderers say "first N" when the list is this long. */
    public static final int CYCLE_LIMIT = 100;

    public SystemMetrics {
        cycles = cycles.stream().map(List::copyOf).toList();
    }
}
