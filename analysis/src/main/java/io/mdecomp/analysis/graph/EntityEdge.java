package io.mdecomp.analysis.graph;

import java.util.List;
import java.util.function.Supplier;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * An edge of the entity graph: two entities, the criteria terms that relate them, and the weight
 * Σ priority × score (which the graph also reports as the edge weight). It may be negative when
 * compatibility or constraint criteria outweigh cohesion.
 */
public final class EntityEdge extends DefaultWeightedEdge {

    private static final long serialVersionUID = 1L;

    private final String first;
    private final String second;
    private final transient Supplier<List<Term>> terms;
    private final double total;

    /**
     * @param terms the terms without their explanations, in criterion order: they give the weight
     * @param explained the same terms with their explanations, built when {@link #terms()} is asked
     *                  for (a graph of 100,000 edges would otherwise hold 300,000 explanation
     *                  strings that only a reader of one edge looks at)
     */
    EntityEdge(String first, String second, List<Term> terms, Supplier<List<Term>> explained) {
        this.first = first;
        this.second = second;
        this.terms = explained;
        double sum = 0;
        for (Term term : terms) {
            sum += term.weight();
        }
        this.total = sum;
    }

    /** The entity that comes first in declaration order. */
    public String first() {
        return first;
    }

    /** The other entity. */
    public String second() {
        return second;
    }

    /** The terms, in criterion order, each with its explanation. */
    public List<Term> terms() {
        return List.copyOf(terms.get());
    }

    /** Σ priority × score over the terms. */
    public double weight() {
        return total;
    }

    /** The other end of the edge. */
    public String opposite(String entity) {
        return entity.equals(first) ? second : first;
    }

    @Override
    public String toString() {
        return first + " -- " + second + " (" + total + ")";
    }
}
