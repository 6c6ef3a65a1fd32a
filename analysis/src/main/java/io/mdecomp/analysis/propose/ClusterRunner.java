package io.mdecomp.analysis.propose;

import io.mdecomp.analysis.clustering.Clustering;
import io.mdecomp.analysis.clustering.LeidenClustering;
import io.mdecomp.analysis.clustering.LouvainClustering;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Runs the chosen algorithm on the contracted graph. Leiden and Louvain (ours) read weights as
 * similarities. Girvan–Newman ({@link GirvanNewman}) turns weights into distances 1 / w, keeps
 * the most modular partition of up to {@value #GIRVAN_NEWMAN_MAX_EXTRA} extra components, and is
 * limited to {@value #GIRVAN_NEWMAN_LIMIT} aggregates. JGraphT's label propagation ignores weights
 * and is seeded; it gets a copy whose edges hash by their end names, so its internal hash maps
 * iterate in the same order on every run and the same seed gives the same answer.
 */
final class ClusterRunner {

    static final int GIRVAN_NEWMAN_LIMIT = 300;
    static final int GIRVAN_NEWMAN_MAX_EXTRA = 12;

    private ClusterRunner() {
    }

    static Clustering<String> run(Graph<String, DefaultWeightedEdge> graph, ProposeOptions options) {
        switch (options.algorithm()) {
            case LEIDEN:
                return new LeidenClustering<String>(options.resolution(), options.seed()).cluster(graph);
            case LOUVAIN:
                return new LouvainClustering<String>(options.resolution(), options.seed()).cluster(graph);
            case GIRVAN_NEWMAN:
                return girvanNewman(graph);
            case LABEL_PROPAGATION: {
                Graph<String, Link> plain = copy(graph, false);
                return of(new LabelPropagationClustering<>(plain, 0, new Random(options.seed()))
                        .getClustering().getClusters());
            }
            default:
                throw new IllegalArgumentException("unknown algorithm " + options.algorithm());
        }
    }

    private static Clustering<String> girvanNewman(Graph<String, DefaultWeightedEdge> graph) {
        int n = graph.vertexSet().size();
        if (n > GIRVAN_NEWMAN_LIMIT) {
            throw new InputException(Diagnostic.error(new SourceLocation("--algorithm", 0, 0), "limit",
                    "girvan-newman is for small models (at most " + GIRVAN_NEWMAN_LIMIT + " aggregates, this one has "
                            + n + "); use leiden or louvain"));
        }
        return GirvanNewman.cluster(graph, GIRVAN_NEWMAN_MAX_EXTRA);
    }

    private static Clustering<String> of(List<Set<String>> clusters) {
        List<List<String>> copy = new ArrayList<>();
        clusters.forEach(c -> copy.add(c.stream().sorted().toList()));
        copy.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        return Clustering.of(copy);
    }

    private static Graph<String, Link> copy(Graph<String, DefaultWeightedEdge> graph, boolean invert) {
        Graph<String, Link> copy = new SimpleWeightedGraph<>(null, null);
        graph.vertexSet().forEach(copy::addVertex);
        for (DefaultWeightedEdge edge : graph.edgeSet()) {
            String s = graph.getEdgeSource(edge);
            String t = graph.getEdgeTarget(edge);
            if (!s.equals(t)) {
                Link link = new Link(s, t);
                copy.addEdge(s, t, link);
                copy.setEdgeWeight(link, invert ? 1.0 / graph.getEdgeWeight(edge) : graph.getEdgeWeight(edge));
            }
        }
        return copy;
    }

    /** An undirected edge that hashes by its end names, so hash-ordered iteration is reproducible. */
    static final class Link {
        private final String a;
        private final String b;

        Link(String source, String target) {
            boolean ordered = source.compareTo(target) <= 0;
            this.a = ordered ? source : target;
            this.b = ordered ? target : source;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Link that && a.equals(that.a) && b.equals(that.b);
        }

        @Override
        public int hashCode() {
            return Objects.hash(a, b);
        }

        @Override
        public String toString() {
            return a + " -- " + b;
        }
    }
}
