package io.mdecomp.analysis.propose;

import io.mdecomp.analysis.graph.StrongComponents;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The synchronous dependencies between proposed services while interactions are added, to tell
 * whether one more synchronous call from P to Q would close a sync cycle (MD001), make a sync chain
 * longer than MD009's threshold, or give P more sync dependencies than MD010's threshold. Chains
 * are measured as {@code analyze} measures them: a strongly connected group of k services adds
 * k − 1 calls and the chain continues from its deepest successor. Reachability is kept as calls
 * are added (O(n²/64) per call), so a cycle check is O(1); a chain check costs O(n + m).
 */
final class SyncGraph {

    private final Map<String, Integer> index = new HashMap<>();
    private final List<Set<Integer>> out = new ArrayList<>();
    /** Per service, the services it reaches by sync calls, itself included (kept as calls are added). */
    private final List<BitSet> reach = new ArrayList<>();
    private final double chainLimit;
    private final double fanOutLimit;

    /**
     * @param services    the proposed services
     * @param chainLimit  the most sync calls a chain may have (MD009's threshold; infinite when off)
     * @param fanOutLimit the most sync dependencies a service may have (MD010's threshold; infinite when off)
     */
    SyncGraph(Iterable<String> services, double chainLimit, double fanOutLimit) {
        for (String service : services) {
            index.putIfAbsent(service, index.size());
            if (out.size() < index.size()) {
                out.add(new TreeSet<>());
                BitSet self = new BitSet();
                self.set(out.size() - 1);
                reach.add(self);
            }
        }
        this.chainLimit = chainLimit;
        this.fanOutLimit = fanOutLimit;
    }

    void add(String from, String to) {
        Integer a = index.get(from);
        Integer b = index.get(to);
        if (a != null && b != null && !a.equals(b) && out.get(a).add(b)) {
            BitSet reached = reach.get(b);
            for (BitSet reaching : reach) {
                if (reaching.get(a)) {
                    reaching.or(reached);
                }
            }
        }
    }

    boolean has(String from, String to) {
        Integer a = index.get(from);
        Integer b = index.get(to);
        return a != null && b != null && out.get(a).contains(b);
    }

    /** What a new sync call from {@code from} to {@code to} would cause; empty when it is harmless. */
    Optional<Interaction.Hazard> hazard(String from, String to) {
        if (from.equals(to) || has(from, to)) {
            return Optional.empty();
        }
        int a = index.get(from);
        int b = index.get(to);
        if (reaches(b, a)) {
            return Optional.of(Interaction.Hazard.SYNC_CYCLE);
        }
        if (out.get(a).size() + 1 > fanOutLimit) {
            return Optional.of(Interaction.Hazard.FAN_OUT);
        }
        if (depths(false)[a] + 1 + depths(true)[b] > chainLimit) {
            return Optional.of(Interaction.Hazard.LONG_CHAIN);
        }
        return Optional.empty();
    }

    private boolean reaches(int from, int to) {
        return reach.get(from).get(to);
    }

    /**
     * Per service, the sync calls of the longest chain starting at it ({@code forward}) or ending at
     * it (otherwise), on the condensation.
     */
    private int[] depths(boolean forward) {
        int n = out.size();
        List<List<Integer>> edges = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            edges.add(new ArrayList<>());
        }
        for (int v = 0; v < n; v++) {
            for (int w : out.get(v)) {
                edges.get(forward ? v : w).add(forward ? w : v);
            }
        }
        int[][] successors = new int[n][];
        for (int v = 0; v < n; v++) {
            successors[v] = edges.get(v).stream().mapToInt(Integer::intValue).toArray();
        }
        int[] component = StrongComponents.of(successors);
        int count = Arrays.stream(component).max().orElse(-1) + 1;
        int[] size = new int[count];
        for (int c : component) {
            size[c]++;
        }
        // components are numbered in reverse topological order: successors come first
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            members.add(new ArrayList<>());
        }
        for (int v = 0; v < n; v++) {
            members.get(component[v]).add(v);
        }
        int[] depth = new int[count];
        for (int c = 0; c < count; c++) {
            int best = -1;
            for (int v : members.get(c)) {
                for (int w : edges.get(v)) {
                    if (component[w] != c) {
                        best = Math.max(best, depth[component[w]]);
                    }
                }
            }
            depth[c] = size[c] - 1 + (best >= 0 ? best + 1 : 0);
        }
        int[] result = new int[n];
        for (int v = 0; v < n; v++) {
            result[v] = depth[component[v]];
        }
        return result;
    }
}
