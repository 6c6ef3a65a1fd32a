package io.mdecomp.analysis.evaluate;

import io.mdecomp.analysis.diff.OneToOneMatching;
import java.util.List;
import java.util.Objects;

/**
 * How well an assignment matches the ground truth over one {@link Scope}.
 *
 * @param scope        the components scored
 * @param components   how many components of the truth are scored (those labelled with a service)
 * @param placed       how many of them the assignment puts in a service
 * @param correct      how many are in a service matched to their true service by the best
 *                     one-to-one matching (over this scope's components)
 * @param mojoFm       MoJoFM of the assignment against the truth, in percent; an unplaced component
 *                     counts as a cluster of its own
 * @param adjustedRand the adjusted Rand index, unplaced components again as clusters of their own
 * @param matching     the best one-to-one matching of assigned services to true services
 */
public record Score(Scope scope, int components, int placed, int correct, double mojoFm, double adjustedRand,
                    List<OneToOneMatching.Pair> matching) {

    public Score {
        Objects.requireNonNull(scope, "scope");
        if (components < 1 || placed < 0 || placed > components || correct < 0 || correct > placed) {
            throw new IllegalArgumentException("inconsistent counts: " + components + "/" + placed + "/" + correct);
        }
        matching = List.copyOf(matching);
    }

    /** correct / components: components left unplaced count as wrong. */
    public double accuracy() {
        return (double) correct / components;
    }
}
