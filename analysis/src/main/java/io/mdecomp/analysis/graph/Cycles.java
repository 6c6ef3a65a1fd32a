package io.mdecomp.analysis.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Simple cycles of a directed graph given as sorted adjacency lists, listed deterministically.
 *
 * <p>Each cycle is found once, from its lexicographically smallest vertex, by a depth-first search
 * restricted to that vertex's strongly connected component and to larger vertices; cycles come out
 * in lexicographic order of their vertex sequences and are closed ({@code [A, B, A]}). The listing
 * is bounded: at most {@code limit} cycles and a search budget of {@value #STEP_BUDGET} steps, since
 * a dense component can hold exponentially many cycles. {@link Result#truncated()} says when a
 * bound was hit. Cost O((n + m) · (c + 1)) for c cycles listed, within the budget.
 */
public final class Cycles {

    /** The most depth-first steps spent listing cycles. */
    public static final int STEP_BUDGET = 1_000_000;

    private Cycles() {
    }

    /** The cycles found and whether the listing stopped at a bound. */
    public record Result(List<List<String>> cycles, boolean truncated) {
        public Result {
            cycles = cycles.stream().map(List::copyOf).toList();
        }
    }

    /** Lists up to {@code limit} simple cycles of {@code adjacency} (vertex → sorted successors). */
    public static Result of(Map<String, List<String>> adjacency, int limit) {
        List<String> vertices = new ArrayList<>(new java.util.TreeSet<>(adjacency.keySet()));
        Map<String, Integer> index = new HashMap<>();
        for (String v : vertices) {
            index.put(v, index.size());
        }
        int n = vertices.size();
        int[][] successors = new int[n][];
        for (int i = 0; i < n; i++) {
            successors[i] = adjacency.getOrDefault(vertices.get(i), List.of()).stream()
                    .filter(index::containsKey).mapToInt(index::get).sorted().toArray();
        }
        int[] component = StrongComponents.of(successors);
        List<List<String>> cycles = new ArrayList<>();
        int[] path = new int[n];
        int[] position = new int[n];
        boolean[] onPath = new boolean[n];
        int steps = 0;
        boolean truncated = false;
        // Depth-first from each start over higher-numbered vertices of its strong component, with an
        // explicit stack (path, and each level's next successor), so a long chain costs no call stack.
        for (int start = 0; start < n && !truncated; start++) {
            int length = 1;
            path[0] = start;
            position[0] = 0;
            onPath[start] = true;
            while (length > 0 && !truncated) {
                int at = path[length - 1];
                if (position[length - 1] == successors[at].length) {
                    onPath[at] = false;
                    length--;
                    continue;
                }
                int next = successors[at][position[length - 1]++];
                if (++steps > STEP_BUDGET) {
                    truncated = true;
                } else if (next == start) {
                    if (cycles.size() >= limit) {
                        truncated = true;
                    } else {
                        List<String> cycle = new ArrayList<>(length + 1);
                        for (int k = 0; k < length; k++) {
                            cycle.add(vertices.get(path[k]));
                        }
                        cycle.add(vertices.get(start));
                        cycles.add(cycle);
                    }
                } else if (next > start && !onPath[next] && component[next] == component[start]) {
                    path[length] = next;
                    position[length] = 0;
                    onPath[next] = true;
                    length++;
                }
            }
        }
        return new Result(cycles, truncated);
    }
}
