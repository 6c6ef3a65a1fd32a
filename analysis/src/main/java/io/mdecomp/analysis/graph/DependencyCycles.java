package io.mdecomp.analysis.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Dependency cycles between services, searched in two layers that do not mix: the runtime and data
 * layer (sync and async calls, declared dependencies, data) and the event layer (a consumer
 * depending on the contract of the events it consumes). A sync call one way and an event the
 * other way is choreography, not a cycle: the publisher neither waits for its consumers nor knows
 * them. A cycle of events (each service consuming the other's) is one, as is any cycle of calls
 * and data. Each layer is listed by {@link Cycles}, so each is bounded in the same way.
 */
public final class DependencyCycles {

    private DependencyCycles() {
    }

    /** The layer a cycle lies in. */
    public enum Layer {
        /** Calls (sync, async), declared dependencies and data. */
        CALLS_AND_DATA,
        /** Consumed events. */
        EVENTS;

        /** True when {@code edge} belongs to this layer. */
        public boolean accepts(ServiceEdge edge) {
            return (edge.kind() == DependencyKind.EVENT) == (this == EVENTS);
        }
    }

    /** A closed cycle ({@code [A, B, A]}) in one layer. */
    public record Cycle(List<String> services, Layer layer) {
        public Cycle {
            services = List.copyOf(services);
            Objects.requireNonNull(layer, "layer");
        }

        /** The edges of {@code graph} that make the hop from position {@code i} to {@code i + 1}, in kind order. */
        public List<ServiceEdge> hop(ServiceGraph graph, int i) {
            return graph.graph().getAllEdges(services.get(i), services.get(i + 1)).stream().filter(layer::accepts)
                    .sorted(Comparator.comparing(ServiceEdge::kind)).toList();
        }
    }

    /**
     * The cycles of both layers, calls and data first, each layer in lexicographic order; at most
     * {@code limit} per layer. {@code truncated} when a layer's listing hit a bound.
     */
    public record Result(List<Cycle> cycles, boolean truncated) {
        public Result {
            cycles = List.copyOf(cycles);
        }

        /** The distinct service sequences of the cycles, sorted, at most {@code limit}. */
        public List<List<String>> sequences(int limit) {
            return cycles.stream().map(Cycle::services).distinct()
                    .sorted(Comparator.comparing((List<String> c) -> String.join("\u0000", c))).limit(limit).toList();
        }
    }

    /** Lists the dependency cycles of {@code graph}. */
    public static Result of(ServiceGraph graph, int limit) {
        List<Cycle> cycles = new ArrayList<>();
        boolean truncated = false;
        for (Layer layer : Layer.values()) {
            Map<String, List<String>> adjacency = graph.adjacency(layer::accepts);
            Cycles.Result result = Cycles.of(adjacency, limit);
            result.cycles().forEach(c -> cycles.add(new Cycle(c, layer)));
            truncated |= result.truncated();
        }
        return new Result(cycles, truncated);
    }
}
