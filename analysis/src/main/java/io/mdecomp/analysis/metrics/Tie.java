package io.mdecomp.analysis.metrics;

import java.util.Objects;

/**
 * How strongly a service's entities are tied to each other and to its most strongly tied partner,
 * pair for pair (average linkage): what {@code coupling} compares.
 *
 * @param partner the other service whose entities are, per pair, most tied to this one's
 * @param inside  the mean entity-graph weight of a pair of the service's own entities (for a service
 *                of one entity: the identity &amp; lifecycle tie of an entity with itself)
 * @param across  the mean weight of a pair (own entity, partner entity): the weight between the two
 *                services over the product of their entity counts
 */
public record Tie(String partner, double inside, double across) {

    public Tie {
        Objects.requireNonNull(partner, "partner");
    }
}
