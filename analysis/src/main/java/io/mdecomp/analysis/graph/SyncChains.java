package io.mdecomp.analysis.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Longest chains of synchronous calls in the service graph.
 *
 * <p>The depth of a service is the number of sync calls in the longest chain starting at it. The
 * longest simple path is NP-hard in general, so cycles are handled on the condensation: a strongly
 * connected group of k services adds k − 1 calls (walking once through the group) and the chain
 * continues from the group's deepest successor; without cycles this is the exact longest path.
 * O(n + m).
 */
public final class SyncChains {

    private final Map<String, Integer> depth;
    private final Map<String, List<String>> successors;
    private final Map<String, Cycle> cycles;

    private SyncChains(Map<String, Integer> depth, Map<String, List<String>> successors,
                       Map<String, Cycle> cycles) {
        this.depth = depth;
        this.successors = successors;
        this.cycles = cycles;
    }

    /** The sync chains of {@code graph}. */
    public static SyncChains of(ServiceGraph graph) {
        Map<String, List<String>> adjacency = graph.adjacency(true);
        List<String> names = new ArrayList<>(adjacency.keySet());
        Map<String, Integer> index = new HashMap<>();
        for (String name : names) {
            index.put(name, index.size());
        }
        int n = names.size();
        int[][] successors = new int[n][];
        for (int i = 0; i < n; i++) {
            successors[i] = adjacency.get(names.get(i)).stream().mapToInt(index::get).toArray();
        }
        int[] component = StrongComponents.of(successors);
        int components = 0;
        for (int c : component) {
            components = Math.max(components, c + 1);
        }
        int[] size = new int[components];
        for (int c : component) {
            size[c]++;
        }
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c < components; c++) {
            members.add(new ArrayList<>());
        }
        for (int v = 0; v < n; v++) {
            members.get(component[v]).add(v);
        }
        int[] componentDepth = new int[components];
        // component ids are in reverse topological order: successors have smaller ids
        for (int c = 0; c < components; c++) {
            int best = -1;
            for (int v : members.get(c)) {
                for (int w : successors[v]) {
                    if (component[w] != c) {
                        best = Math.max(best, componentDepth[component[w]]);
                    }
                }
            }
            componentDepth[c] = (size[c] - 1) + (best >= 0 ? best + 1 : 0);
        }
        Map<String, Integer> depth = new LinkedHashMap<>();
        Map<String, Cycle> cycleOf = new HashMap<>();
        for (int v = 0; v < n; v++) {
            depth.put(names.get(v), componentDepth[component[v]]);
            if (size[component[v]] > 1) {
                cycleOf.put(names.get(v), new Cycle(component[v], size[component[v]]));
            }
        }
        return new SyncChains(Collections.unmodifiableMap(depth), adjacency, Collections.unmodifiableMap(cycleOf));
    }

    /** The number of sync calls in the longest chain starting at {@code service}. */
    public int depth(String service) {
        return depth.getOrDefault(service, 0);
    }

    /**
     * A sync cycle: a strongly connected component of sync calls holding more than one service,
     * numbered {@code id}. Its services share their depth, and each starts a chain through all of them.
     */
    public record Cycle(int id, int size) {
    }

    /** The sync cycle {@code service} is on; empty when it is on none. */
    public Optional<Cycle> cycle(String service) {
        return Optional.ofNullable(cycles.get(service));
    }

    /** The largest depth of any service (0 without sync calls). */
    public int maxDepth() {
        return depth.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /**
     * A witness chain from {@code service}: each step goes to the not yet visited sync callee with
     * the largest depth (ties by name). Without cycles its length is exactly {@link #depth}.
     */
    public List<String> chain(String service) {
        List<String> chain = new ArrayList<>();
        java.util.Set<String> visited = new java.util.HashSet<>();
        String at = service;
        while (at != null) {
            chain.add(at);
            visited.add(at);
            String next = null;
            for (String candidate : successors.getOrDefault(at, List.of())) {
                if (!visited.contains(candidate) && (next == null || depth(candidate) > depth(next))) {
                    next = candidate;
                }
            }
            at = next;
        }
        return chain;
    }
}
