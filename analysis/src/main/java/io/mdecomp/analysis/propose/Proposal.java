package io.mdecomp.analysis.propose;

import io.mdecomp.model.DomainModel;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A proposed cut.
 *
 * @param model                the proposed model: the input with services rebuilt around the clusters
 * @param assignment           entity → proposed service, sorted by entity
 * @param moves                aggregates that change service, sorted by aggregate
 * @param currentModularity    Newman's weighted Q (γ = 1) of the current cut on the entity graph
 * @param proposedModularity   the same for the proposed cut
 * @param options              what produced it
 */
public record Proposal(DomainModel model, Map<String, String> assignment, List<AggregateMove> moves,
                       double currentModularity, double proposedModularity, ProposeOptions options) {

    public Proposal {
        Objects.requireNonNull(model, "model");
        assignment = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(assignment));
        moves = List.copyOf(moves);
        Objects.requireNonNull(options, "options");
    }
}
