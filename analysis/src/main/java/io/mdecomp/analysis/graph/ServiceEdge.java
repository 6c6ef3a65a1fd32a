package io.mdecomp.analysis.graph;

import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.List;
import java.util.Objects;

/**
 * A derived dependency between two services, one per (source, target, kind).
 *
 * @param source   the dependent service (caller, consumer, reader)
 * @param target   the service depended on (callee, publisher of a consumed event, owner)
 * @param kind     how they depend
 * @param sync     true when the source waits for the target: sync calls and http/grpc entries
 * @param weight   expected calls per request (Σ over the source's calls of probability × cache
 *                 miss share) for call kinds, 1 otherwise
 * @param via      what makes the dependency, sorted: {@code placeOrder -> reserveStock}, event
 *                 names, entity names, protocols
 * @param location where the first such dependency is declared
 */
public record ServiceEdge(String source, String target, DependencyKind kind, boolean sync, double weight,
                          List<String> via, SourceLocation location) {

    public ServiceEdge {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(kind, "kind");
        via = List.copyOf(via);
        Objects.requireNonNull(location, "location");
    }
}
