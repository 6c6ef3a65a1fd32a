package io.mdecomp.analysis.metrics;

import io.mdecomp.analysis.graph.EntityEdge;
import io.mdecomp.analysis.graph.EntityGraph;
import io.mdecomp.analysis.graph.Ownership;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The entity-graph weights of the current cut, from one pass over the edges of weight &gt; 0:
 * per service the internal weight I (both ends owned by it), the external weight X (one end
 * owned by it, the other by another service or by none) and X per partner service; per service
 * pair the number of edges between them (for {@code sm}). O(m).
 */
final class EntityWeights {

    final Map<String, Double> internal = new HashMap<>();
    final Map<String, Double> external = new HashMap<>();
    final Map<String, Map<String, Double>> partners = new HashMap<>();
    final Map<String, Integer> internalEdges = new HashMap<>();
    /** Service → service → number of edges between them (lo &lt; hi by name); read it in name order. */
    final Map<String, Map<String, Integer>> crossEdges = new HashMap<>();
    /** Weighted degree of each entity no service owns (each is a cluster of its own for modularity). */
    final Map<String, Double> unownedDegree = new TreeMap<>();
    double total;
    double cross;

    EntityWeights(EntityGraph graph) {
        Ownership ownership = graph.ownership();
        for (EntityEdge edge : graph.edges()) {
            double w = edge.weight();
            if (!(w > 0)) {
                continue;
            }
            total += w;
            String a = ownership.serviceOf(edge.first()).orElse(null);
            String b = ownership.serviceOf(edge.second()).orElse(null);
            if (a != null && a.equals(b)) {
                internal.merge(a, w, Double::sum);
                internalEdges.merge(a, 1, Integer::sum);
                continue;
            }
            cross += w;
            if (a == null) {
                unownedDegree.merge(edge.first(), w, Double::sum);
            }
            if (b == null) {
                unownedDegree.merge(edge.second(), w, Double::sum);
            }
            addExternal(a, b, w);
            addExternal(b, a, w);
            if (a != null && b != null) {
                String lo = a.compareTo(b) < 0 ? a : b;
                String hi = a.compareTo(b) < 0 ? b : a;
                crossEdges.computeIfAbsent(lo, k -> new HashMap<>()).merge(hi, 1, Integer::sum);
            }
        }
    }

    private void addExternal(String service, String other, double w) {
        if (service == null) {
            return;
        }
        external.merge(service, w, Double::sum);
        if (other != null) {
            partners.computeIfAbsent(service, k -> new HashMap<>()).merge(other, w, Double::sum);
        }
    }

    /**
     * Newman's weighted Q of the current cut, from the sums gathered in the pass:
     * Σ_services [I/m − ((2I + X)/2m)²] − Σ_unowned (k/2m)², equal to
     * {@link io.mdecomp.analysis.clustering.Modularity} over the positive edges with the services'
     * entity sets as clusters, without building that graph.
     */
    double modularity(Iterable<String> services) {
        if (total == 0) {
            return 0;
        }
        double q = 0;
        double twoM = 2 * total;
        for (String service : services) {
            double i = internal(service);
            double degree = 2 * i + external(service);
            q += i / total - (degree / twoM) * (degree / twoM);
        }
        for (double k : unownedDegree.values()) {
            q -= (k / twoM) * (k / twoM);
        }
        return q;
    }

    /** Bunch's cluster factor 2I / (2I + X); 0 when the service has no weight. */
    double clusterFactor(String service) {
        double i = internal(service);
        double x = external(service);
        return 2 * i + x == 0 ? 0 : 2 * i / (2 * i + x);
    }

    double internal(String service) {
        return internal.getOrDefault(service, 0.0);
    }

    double external(String service) {
        return external.getOrDefault(service, 0.0);
    }

    /**
     * The strongest tie of {@code service} (see {@link Tie}): among the services sharing weight with
     * it, the one with the largest weight per entity pair X_ST / (n_S · n_T), ties by name; inside,
     * I / (n_S (n_S − 1) / 2), or {@code selfTie} when it owns one entity. Empty when it owns no
     * entity or shares no weight with another service. O(partners).
     */
    Optional<Tie> tie(String service, Ownership ownership, double selfTie) {
        int n = ownership.entitiesOf(service).size();
        if (n == 0) {
            return Optional.empty();
        }
        double inside = n == 1 ? selfTie : internal(service) / (n * (n - 1) / 2.0);
        Tie best = null;
        for (Map.Entry<String, Double> partner : new TreeMap<>(partners.getOrDefault(service, Map.of())).entrySet()) {
            int m = ownership.entitiesOf(partner.getKey()).size();
            double across = partner.getValue() / ((double) n * m);
            if (best == null || across > best.across()) {
                best = new Tie(partner.getKey(), inside, across);
            }
        }
        return Optional.ofNullable(best);
    }

    /** Partners by weight, heaviest first, ties by name. */
    List<Partner> partners(String service) {
        List<Partner> list = new ArrayList<>();
        partners.getOrDefault(service, Map.of()).forEach((name, w) -> list.add(new Partner(name, w)));
        list.sort(Comparator.comparingDouble(Partner::weight).reversed().thenComparing(Partner::service));
        return list;
    }
}
