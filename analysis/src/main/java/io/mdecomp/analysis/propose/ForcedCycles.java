package io.mdecomp.analysis.propose;

import io.mdecomp.analysis.graph.ServiceEdge;
import io.mdecomp.analysis.graph.ServiceGraph;
import io.mdecomp.model.DomainModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;

/**
 * The dependency cycles a cut forces: the strongly connected groups of the bare proposal's service
 * graph (the data its endpoints use across services, and the calls, events and declared
 * dependencies the model keeps), before any interaction is added. Interactions only add
 * dependencies alongside these, so every cycle of the finished proposal lies inside one of them.
 * O(services + dependencies).
 */
final class ForcedCycles {

    private ForcedCycles() {
    }

    /** One note per group of two or more services, sorted by the group's first service. */
    static List<ProposalNote> of(DomainModel bare) {
        ServiceGraph graph = ServiceGraph.of(bare);
        List<Set<String>> groups = new ArrayList<>();
        for (Set<String> group : new KosarajuStrongConnectivityInspector<>(graph.graph()).stronglyConnectedSets()) {
            if (group.size() > 1) {
                groups.add(new TreeSet<>(group));
            }
        }
        groups.sort(Comparator.comparing(g -> g.iterator().next()));
        List<ProposalNote> notes = new ArrayList<>();
        for (Set<String> group : groups) {
            List<ProposalNote.ForcedCycle.Edge> edges = new ArrayList<>();
            for (ServiceEdge edge : graph.edges()) {
                if (group.contains(edge.source()) && group.contains(edge.target())) {
                    edges.add(new ProposalNote.ForcedCycle.Edge(edge.source(), edge.target(),
                            edge.kind().label() + ": " + String.join(", ", edge.via())));
                }
            }
            notes.add(new ProposalNote.ForcedCycle(List.copyOf(group), edges));
        }
        return notes;
    }
}
