package io.mdecomp.model.importer.servicecutter;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups entities into aggregates (a union-find over entity names) and picks each aggregate's
 * root: a member no COMPOSITION points at, preferring one whose name starts the name of a user
 * aggregate that formed the group, then the first in declaration order.
 */
final class Aggregates {

    private final List<String> order;
    private final Map<String, String> parent = new HashMap<>();
    private final Set<String> composed = new HashSet<>();
    private final Set<String> hinted = new HashSet<>();

    Aggregates(List<String> entitiesInOrder) {
        this.order = List.copyOf(entitiesInOrder);
        order.forEach(e -> parent.put(e, e));
    }

    /** {@code whole} is composed of {@code part}: both in one aggregate, the part not its root. */
    void compose(String whole, String part) {
        composed.add(part);
        union(whole, part);
    }

    /** A user-declared aggregate {@code name} with these member entities. */
    void group(String name, List<String> members) {
        for (int i = 1; i < members.size(); i++) {
            union(members.get(0), members.get(i));
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        members.stream().filter(m -> lower.startsWith(m.toLowerCase(java.util.Locale.ROOT))).forEach(hinted::add);
    }

    /** The root of the aggregate {@code entity} belongs to ({@code entity} itself when alone). */
    String rootOf(String entity) {
        String set = find(entity);
        String best = null;
        int bestRank = Integer.MAX_VALUE;
        for (String candidate : order) {
            if (!find(candidate).equals(set)) {
                continue;
            }
            int rank = (composed.contains(candidate) ? 2 : 0) + (hinted.contains(candidate) ? 0 : 1);
            if (rank < bestRank) {
                bestRank = rank;
                best = candidate;
            }
        }
        return best;
    }

    private void union(String a, String b) {
        String rootA = find(a);
        String rootB = find(b);
        if (!rootA.equals(rootB)) {
            parent.put(rootB, rootA);
        }
    }

    private String find(String entity) {
        String current = entity;
        while (!parent.get(current).equals(current)) {
            current = parent.get(current);
        }
        return current;
    }
}
