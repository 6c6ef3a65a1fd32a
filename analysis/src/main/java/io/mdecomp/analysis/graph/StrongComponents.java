package io.mdecomp.analysis.graph;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/** Tarjan's strongly connected components over int adjacency arrays, iterative. O(n + m). */
public final class StrongComponents {

    private StrongComponents() {
    }

    /** A component id per vertex; ids are in reverse topological order of the condensation. */
    public static int[] of(int[][] successors) {
        int n = successors.length;
        int[] indexOf = new int[n];
        int[] low = new int[n];
        int[] component = new int[n];
        boolean[] onStack = new boolean[n];
        Arrays.fill(indexOf, -1);
        Deque<Integer> stack = new ArrayDeque<>();
        int[] edgePosition = new int[n];
        int[] callStack = new int[n];
        int counter = 0;
        int components = 0;
        for (int root = 0; root < n; root++) {
            if (indexOf[root] >= 0) {
                continue;
            }
            int depth = 0;
            callStack[depth] = root;
            indexOf[root] = low[root] = counter++;
            stack.push(root);
            onStack[root] = true;
            while (depth >= 0) {
                int v = callStack[depth];
                if (edgePosition[v] < successors[v].length) {
                    int w = successors[v][edgePosition[v]++];
                    if (indexOf[w] < 0) {
                        indexOf[w] = low[w] = counter++;
                        stack.push(w);
                        onStack[w] = true;
                        callStack[++depth] = w;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], indexOf[w]);
                    }
                } else {
                    if (low[v] == indexOf[v]) {
                        int w;
                        do {
                            w = stack.pop();
                            onStack[w] = false;
                            component[w] = components;
                        } while (w != v);
                        components++;
                    }
                    depth--;
                    if (depth >= 0) {
                        int parent = callStack[depth];
                        low[parent] = Math.min(low[parent], low[v]);
                    }
                }
            }
        }
        return component;
    }
}
