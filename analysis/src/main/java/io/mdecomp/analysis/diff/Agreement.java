package io.mdecomp.analysis.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How much two partitions of the same objects agree. Pure functions over {@code object → cluster}
 * maps; only the objects present in both maps are compared.
 */
public final class Agreement {

    private Agreement() {
    }

    /**
     * MoJoFM(A, B) = (1 − mno(A, B) / max over all A' of mno(A', B)) × 100, after Wen and Tzerpos,
     * "An effectiveness measure for software clustering algorithms" (IWPC 2004): 100 when A equals
     * B, 0 for the partition farthest from B. mno is the least number of Move and Join operations
     * turning A into B, computed exactly: with v(i, j) = |Aᵢ ∩ Bⱼ|, mno = (n − Σᵢ maxⱼ v(i, j)) + (l − g),
     * where l is the number of clusters of A and g the size of a maximum bipartite matching between
     * the clusters of A and, for each, the B clusters reaching its maximum. The maximum over A' is
     * n − minₖ (k + sₖ₊₁) with B's cluster sizes s sorted in decreasing order (s beyond the last = 0).
     * O(n + l·b·(l + b)).
     *
     * @param a the partition to score (e.g. the head cut)
     * @param b the reference partition (e.g. the base cut)
     * @return a percentage in [0, 100]; 100 when fewer than two objects are shared
     */
    public static double mojoFm(Map<String, String> a, Map<String, String> b) {
        List<String> objects = shared(a, b);
        int n = objects.size();
        if (n < 2) {
            return 100.0;
        }
        long max = maxMno(objects, b);
        if (max == 0) {
            return 100.0;
        }
        return (1.0 - (double) mno(objects, a, b) / max) * 100.0;
    }

    /** The MoJo distance mno(A, B): the least number of moves and joins turning A into B. */
    public static long mno(Map<String, String> a, Map<String, String> b) {
        return mno(shared(a, b), a, b);
    }

    /**
     * The adjusted Rand index of Hubert and Arabie (1985): (Σᵢⱼ C(nᵢⱼ, 2) − E) / (½(Σᵢ C(aᵢ, 2) + Σⱼ C(bⱼ, 2)) − E)
     * with E = Σᵢ C(aᵢ, 2) · Σⱼ C(bⱼ, 2) / C(n, 2), over the contingency table nᵢⱼ of the two
     * partitions. 1 for identical partitions, about 0 for independent ones, negative below chance.
     * Returns 1 when the denominator is 0 (both partitions trivial and equal in shape). O(n).
     */
    public static double adjustedRand(Map<String, String> a, Map<String, String> b) {
        List<String> objects = shared(a, b);
        int n = objects.size();
        if (n < 2) {
            return 1.0;
        }
        Map<String, Integer> cells = new HashMap<>();
        Map<String, Integer> rows = new HashMap<>();
        Map<String, Integer> columns = new HashMap<>();
        for (String object : objects) {
            String row = a.get(object);
            String column = b.get(object);
            cells.merge(row + "\u0000" + column, 1, Integer::sum);
            rows.merge(row, 1, Integer::sum);
            columns.merge(column, 1, Integer::sum);
        }
        double index = cells.values().stream().mapToDouble(Agreement::pairs).sum();
        double sumRows = rows.values().stream().mapToDouble(Agreement::pairs).sum();
        double sumColumns = columns.values().stream().mapToDouble(Agreement::pairs).sum();
        double expected = sumRows * sumColumns / pairs(n);
        double maximum = (sumRows + sumColumns) / 2.0;
        if (maximum - expected == 0) {
            return 1.0;
        }
        return (index - expected) / (maximum - expected);
    }

    private static double pairs(int count) {
        return count * (count - 1) / 2.0;
    }

    private static List<String> shared(Map<String, String> a, Map<String, String> b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return a.keySet().stream().filter(b::containsKey).sorted().toList();
    }

    private static long mno(List<String> objects, Map<String, String> a, Map<String, String> b) {
        Map<String, Integer> aIndex = new TreeMap<>();
        Map<String, Integer> bIndex = new TreeMap<>();
        for (String object : objects) {
            aIndex.putIfAbsent(a.get(object), aIndex.size());
            bIndex.putIfAbsent(b.get(object), bIndex.size());
        }
        int l = aIndex.size();
        int[][] v = new int[l][bIndex.size()];
        for (String object : objects) {
            v[aIndex.get(a.get(object))][bIndex.get(b.get(object))]++;
        }
        long kept = 0;
        List<List<Integer>> edges = new ArrayList<>();
        for (int i = 0; i < l; i++) {
            int best = Arrays.stream(v[i]).max().orElse(0);
            kept += best;
            List<Integer> tags = new ArrayList<>();
            for (int j = 0; j < v[i].length; j++) {
                if (v[i][j] == best) {
                    tags.add(j);
                }
            }
            edges.add(tags);
        }
        int g = maximumMatching(edges, bIndex.size());
        return (objects.size() - kept) + (l - g);
    }

    private static long maxMno(List<String> objects, Map<String, String> b) {
        Map<String, Integer> sizes = new HashMap<>();
        objects.forEach(o -> sizes.merge(b.get(o), 1, Integer::sum));
        int[] s = sizes.values().stream().mapToInt(Integer::intValue).sorted().toArray();
        int count = s.length;
        long best = Long.MAX_VALUE;
        for (int k = 0; k <= count; k++) {
            long next = k < count ? s[count - 1 - k] : 0;
            best = Math.min(best, k + next);
        }
        return objects.size() - best;
    }

    /** Kuhn's augmenting-path maximum matching of a bipartite graph given as left → right lists. */
    private static int maximumMatching(List<List<Integer>> edges, int rightSize) {
        int[] matchOfRight = new int[rightSize];
        Arrays.fill(matchOfRight, -1);
        int matched = 0;
        for (int left = 0; left < edges.size(); left++) {
            if (augment(left, edges, matchOfRight, new boolean[rightSize])) {
                matched++;
            }
        }
        return matched;
    }

    private static boolean augment(int left, List<List<Integer>> edges, int[] matchOfRight, boolean[] seen) {
        for (int right : edges.get(left)) {
            if (seen[right]) {
                continue;
            }
            seen[right] = true;
            if (matchOfRight[right] < 0 || augment(matchOfRight[right], edges, matchOfRight, seen)) {
                matchOfRight[right] = left;
                return true;
            }
        }
        return false;
    }
}
