package io.mdecomp.analysis.propose;

import io.mdecomp.analysis.graph.DependencyCycles;
import io.mdecomp.analysis.graph.DependencyKind;
import io.mdecomp.analysis.graph.ServiceEdge;
import io.mdecomp.analysis.graph.ServiceGraph;
import io.mdecomp.model.DomainModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.MaskSubgraph;

/**
 * The dependency cycles a cut forces: the strongly connected groups of the bare proposal's service
 * graph (the data its endpoints use across services, and the calls, events and declared
 * dependencies the model keeps), before any interaction is added, in each layer of
 * {@link DependencyCycles} (calls and data; events): a call one way and an event back is
 * choreography, not a cycle. A cross-service read may become a query (a call) or a replicated read
 * model (an event), so data counts in both layers here. Interactions only add dependencies
 * alongside these, so every cycle of the finished proposal lies inside one of them; each note says
 * whether the finished proposal still has one among its services, or serves the group as
 * choreography. O(services + dependencies).
 */
final class ForcedCycles {

    private ForcedCycles() {
    }

    /**
     * One note per group of two or more services, sorted by the group's first service; each says
     * whether {@code finished} (the proposal with its interactions) still has a dependency cycle
     * among the group's services.
     */
    static List<ProposalNote> of(DomainModel bare, DomainModel finished) {
        ServiceGraph graph = ServiceGraph.of(bare);
        ServiceGraph after = ServiceGraph.of(finished);
        List<Set<String>> groups = new ArrayList<>();
        List<DependencyCycles.Layer> layers = new ArrayList<>();
        for (DependencyCycles.Layer layer : DependencyCycles.Layer.values()) {
            Graph<String, ServiceEdge> view = new MaskSubgraph<>(graph.graph(), v -> false, e -> !within(layer, e));
            for (Set<String> group : new KosarajuStrongConnectivityInspector<>(view).stronglyConnectedSets()) {
                if (group.size() > 1) {
                    groups.add(new TreeSet<>(group));
                    layers.add(layer);
                }
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            order.add(g);
        }
        order.sort(Comparator.comparing((Integer g) -> layers.get(g)).thenComparing(g -> groups.get(g).iterator().next()));
        List<ProposalNote> notes = new ArrayList<>();
        for (int g : order) {
            Set<String> group = groups.get(g);
            List<ProposalNote.ForcedCycle.Edge> edges = new ArrayList<>();
            for (ServiceEdge edge : graph.edges()) {
                if (within(layers.get(g), edge) && group.contains(edge.source()) && group.contains(edge.target())) {
                    edges.add(new ProposalNote.ForcedCycle.Edge(edge.source(), edge.target(),
                            edge.kind().label() + ": " + String.join(", ", edge.via())));
                }
            }
            ProposalNote note = new ProposalNote.ForcedCycle(List.copyOf(group), edges, cycleAmong(after, group));
            if (!notes.contains(note)) {
                notes.add(note);
            }
        }
        return notes;
    }

    /** True when {@code graph} has a dependency cycle, as {@code check} finds them, among {@code services}. */
    private static boolean cycleAmong(ServiceGraph graph, Set<String> services) {
        for (DependencyCycles.Layer layer : DependencyCycles.Layer.values()) {
            Graph<String, ServiceEdge> view = new MaskSubgraph<>(graph.graph(), v -> !services.contains(v),
                    e -> !layer.accepts(e));
            if (new KosarajuStrongConnectivityInspector<>(view).stronglyConnectedSets().stream()
                    .anyMatch(set -> set.size() > 1)) {
                return true;
            }
        }
        return false;
    }

    /** The layer's own edges, and data, which interactions may turn into either. */
    private static boolean within(DependencyCycles.Layer layer, ServiceEdge edge) {
        return layer.accepts(edge) || edge.kind() == DependencyKind.DATA;
    }
}
