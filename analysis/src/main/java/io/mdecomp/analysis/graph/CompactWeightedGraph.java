package io.mdecomp.analysis.graph;

import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultGraphSpecificsStrategy;
import org.jgrapht.graph.DefaultGraphType;

/**
 * An undirected weighted JGraphT graph without the vertex-pair index JGraphT keeps by default (a hash
 * map from every unordered vertex pair to its edges). That index costs about 150 bytes per edge,
 * the largest part of a 1,000,000-edge entity graph; without it finding the edge between two
 * vertices scans one vertex's edges, which for entity graphs (a few dozen edges per entity) is as
 * quick. Its type admits parallel edges so that adding an edge does not scan for an existing one:
 * its only builder, {@link EntityGraph}, adds each entity pair once (pairs are keys of the
 * builder's {@link PairIndex}), so the graph is simple all the same. No self-loops. Mutable while
 * it is filled; published only behind an unmodifiable view.
 */
final class CompactWeightedGraph<V, E> extends AbstractBaseGraph<V, E> {

    private static final long serialVersionUID = 1L;

    CompactWeightedGraph() {
        super(null, null, DefaultGraphType.multigraph().asWeighted(), new DefaultGraphSpecificsStrategy<>());
    }
}
