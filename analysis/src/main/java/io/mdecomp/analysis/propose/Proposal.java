package io.mdecomp.analysis.propose;

import io.mdecomp.analysis.placement.Placement;
import io.mdecomp.model.DomainModel;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A proposed cut.
 *
 * @param model              the proposed model: the input with services rebuilt around the clusters,
 *                           the interactions added and capacity carried over
 * @param assignment         entity → proposed service, sorted by entity
 * @param moves              aggregates that change service, sorted by aggregate
 * @param interactions       the calls and events added for data another proposed service owns, in
 *                           the order they were added
 * @param capacities         per proposed service (in the model's order), the capacity it carries over
 * @param placements         per component of the model (sorted by kind, then name), the proposed
 *                           service it goes to, or why it is shared
 * @param notes              what the user should know: no structure found, forced cycles, how a
 *                           requested number of services was reached
 * @param currentModularity  Newman's weighted Q (γ = 1) of the current cut on the entity graph
 * @param proposedModularity the same for the proposed cut
 * @param options            what produced it
 */
public record Proposal(DomainModel model, Map<String, String> assignment, List<AggregateMove> moves,
                       List<Interaction> interactions, List<ServiceCapacity> capacities,
                       List<Placement> placements, List<ProposalNote> notes,
                       double currentModularity, double proposedModularity, ProposeOptions options) {

    public Proposal {
        Objects.requireNonNull(model, "model");
        assignment = Collections.unmodifiableMap(new TreeMap<>(assignment));
        moves = List.copyOf(moves);
        interactions = List.copyOf(interactions);
        capacities = List.copyOf(capacities);
        placements = List.copyOf(placements);
        notes = List.copyOf(notes);
        Objects.requireNonNull(options, "options");
    }
}
