package io.mdecomp.simulator.scenario;

import io.mdecomp.simulator.component.OutlierSettings;
import io.mdecomp.simulator.component.Strategy;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Client-side balancing for every caller: the strategy, optional outlier ejection, and per-service
 * instance weights for the weighted strategy.
 */
public record LoadBalancing(Strategy strategy, Optional<OutlierSettings> outlier, Map<String, List<Double>> weights) {

    public static final LoadBalancing DEFAULT = new LoadBalancing(Strategy.ROUND_ROBIN, Optional.empty(), Map.of());

    public LoadBalancing {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(outlier, "outlier");
        TreeMap<String, List<Double>> copy = new TreeMap<>();
        weights.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        weights = java.util.Collections.unmodifiableSortedMap(copy);
    }
}
