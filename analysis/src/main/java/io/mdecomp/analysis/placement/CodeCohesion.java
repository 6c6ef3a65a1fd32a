package io.mdecomp.analysis.placement;

import io.mdecomp.model.Component;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The code's own evidence of which aggregates belong together, for a model with components: the
 * graph of components and the aggregates they use, projected onto the aggregates. A component c
 * whose uses sum to uᶜ(a) over the entities of aggregate a, and to Uᶜ in all, adds
 * uᶜ(a)·uᶜ(b) / Uᶜ to the pair a ≠ b and uᶜ(a)² / 2Uᶜ to a's self-loop. So each component brings
 * weight Uᶜ/2, spread over the aggregates it ties together in proportion to its uses, and the
 * strength of an aggregate (its weighted degree, a self-loop counted twice) is exactly how much the
 * code uses it, Σᶜ uᶜ(a): an aggregate with much code of its own holds together, one that is only
 * ever used beside another follows it. (The one-mode projection of a weighted bipartite graph
 * that keeps vertex strengths, as in Newman, "Scientific collaboration networks", 2001, and
 * Zhou et al., "Bipartite network projection and personal recommendation", 2007.)
 * O(Σᶜ k꜀²) for k꜀ the aggregates a component uses.
 */
public final class CodeCohesion {

    private CodeCohesion() {
    }

    /**
     * A weight between two aggregates ({@code a} = {@code b} for a self-loop).
     *
     * @param a      an aggregate root
     * @param b      an aggregate root, {@code a} or after it by name
     * @param weight the weight, &gt; 0
     */
    public record Tie(String a, String b, double weight) {
        public Tie {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
            if (a.compareTo(b) > 0 || !(weight > 0) || !Double.isFinite(weight)) {
                throw new IllegalArgumentException("a tie is ordered and positive: " + a + ", " + b + ", " + weight);
            }
        }
    }

    /**
     * The projected weights, summed per pair of aggregates, in the order the pairs are first met
     * (components in the given order, aggregates by name).
     *
     * @param components the model's components
     * @param rootOf     entity → its aggregate root; entities missing here (pinned ones) are left out
     */
    public static List<Tie> of(List<Component> components, Map<String, String> rootOf) {
        Map<List<String>, Double> weights = new LinkedHashMap<>();
        for (Component component : components) {
            Map<String, Double> use = new TreeMap<>();
            component.uses().forEach((entity, weight) -> {
                String root = rootOf.get(entity);
                if (root != null) {
                    use.merge(root, (double) weight, Double::sum);
                }
            });
            double total = use.values().stream().mapToDouble(Double::doubleValue).sum();
            List<String> roots = new ArrayList<>(use.keySet());
            for (int x = 0; x < roots.size(); x++) {
                double ux = use.get(roots.get(x));
                weights.merge(List.of(roots.get(x), roots.get(x)), ux * ux / (2 * total), Double::sum);
                for (int y = x + 1; y < roots.size(); y++) {
                    weights.merge(List.of(roots.get(x), roots.get(y)), ux * use.get(roots.get(y)) / total,
                            Double::sum);
                }
            }
        }
        List<Tie> ties = new ArrayList<>();
        weights.forEach((pair, weight) -> ties.add(new Tie(pair.get(0), pair.get(1), weight)));
        return ties;
    }
}
