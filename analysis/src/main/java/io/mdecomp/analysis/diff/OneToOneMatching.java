package io.mdecomp.analysis.diff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The best one-to-one matching of the clusters of two partitions: each cluster of A is paired with
 * at most one cluster of B and the other way round, so that the objects in matched pairs (the
 * {@link #overlap()}) are as many as possible. This is how a decomposition's accuracy against a
 * ground truth is usually defined ("accuracy under the best one-to-one mapping of identified to
 * true microservices").
 *
 * @param pairs   the matched pairs that share at least one object, sorted by A's cluster
 * @param overlap the number of objects in the same matched pair in both partitions (Σ of the pairs' overlaps)
 */
public record OneToOneMatching(List<Pair> pairs, int overlap) {

    /**
     * A matched pair of clusters.
     *
     * @param a       the cluster of A
     * @param b       the cluster of B
     * @param overlap how many objects are in both
     */
    public record Pair(String a, String b, int overlap) {
        public Pair {
            Objects.requireNonNull(a, "a");
            Objects.requireNonNull(b, "b");
        }
    }

    public OneToOneMatching {
        pairs = List.copyOf(pairs);
    }

    /** The B cluster {@code aCluster} is matched to, if any. */
    public java.util.Optional<String> partnerOf(String aCluster) {
        return pairs.stream().filter(p -> p.a().equals(aCluster)).map(Pair::b).findFirst();
    }

    /**
     * The best matching of {@code a}'s clusters to {@code b}'s over the objects both maps hold:
     * a maximum-weight bipartite matching on the contingency table vᵢⱼ = |Aᵢ ∩ Bⱼ|, found with the
     * Hungarian algorithm (Kuhn 1955, Munkres 1957; the O(n²·m) shortest-augmenting-path form with
     * potentials, n ≤ m the two cluster counts). Ties between equally good matchings are broken the
     * same way every time (clusters are taken in name order).
     */
    public static OneToOneMatching best(Map<String, String> a, Map<String, String> b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Map<String, Integer> rows = new TreeMap<>();
        Map<String, Integer> columns = new TreeMap<>();
        a.forEach((object, cluster) -> {
            String other = b.get(object);
            if (other != null) {
                rows.putIfAbsent(cluster, 0);
                columns.putIfAbsent(other, 0);
            }
        });
        List<String> rowNames = index(rows);
        List<String> columnNames = index(columns);
        long[][] overlap = new long[rowNames.size()][columnNames.size()];
        a.forEach((object, cluster) -> {
            String other = b.get(object);
            if (other != null) {
                overlap[rows.get(cluster)][columns.get(other)]++;
            }
        });
        int[] partner = maximumWeightAssignment(overlap);
        List<Pair> pairs = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < partner.length; i++) {
            if (partner[i] >= 0 && overlap[i][partner[i]] > 0) {
                int shared = (int) overlap[i][partner[i]];
                pairs.add(new Pair(rowNames.get(i), columnNames.get(partner[i]), shared));
                total += shared;
            }
        }
        return new OneToOneMatching(pairs, total);
    }

    private static List<String> index(Map<String, Integer> names) {
        List<String> ordered = new ArrayList<>(names.keySet());
        for (int i = 0; i < ordered.size(); i++) {
            names.put(ordered.get(i), i);
        }
        return ordered;
    }

    /**
     * For each row of a non-negative weight matrix, the column it is assigned to (−1 when there are
     * more rows than columns and it got none), maximising the total weight of a one-to-one assignment.
     */
    static int[] maximumWeightAssignment(long[][] weight) {
        int rows = weight.length;
        int columns = rows == 0 ? 0 : weight[0].length;
        int[] result = new int[rows];
        Arrays.fill(result, -1);
        if (rows == 0 || columns == 0) {
            return result;
        }
        boolean transpose = rows > columns;
        int n = transpose ? columns : rows;
        int m = transpose ? rows : columns;
        long max = 0;
        for (long[] row : weight) {
            for (long w : row) {
                max = Math.max(max, w);
            }
        }
        long[][] cost = new long[n + 1][m + 1];
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                cost[i][j] = max - (transpose ? weight[j - 1][i - 1] : weight[i - 1][j - 1]);
            }
        }
        int[] rowOfColumn = minimumCostAssignment(cost, n, m);
        for (int j = 1; j <= m; j++) {
            int i = rowOfColumn[j];
            if (i > 0) {
                if (transpose) {
                    result[j - 1] = i - 1;
                } else {
                    result[i - 1] = j - 1;
                }
            }
        }
        return result;
    }

    /**
     * The Hungarian algorithm on a 1-indexed n × m cost matrix, n ≤ m: every row gets a distinct
     * column and the total cost is least. Returns, per column (1..m), its row or 0.
     */
    private static int[] minimumCostAssignment(long[][] cost, int n, int m) {
        long infinity = Long.MAX_VALUE / 4;
        long[] u = new long[n + 1];
        long[] v = new long[m + 1];
        int[] rowOf = new int[m + 1];
        int[] way = new int[m + 1];
        for (int i = 1; i <= n; i++) {
            rowOf[0] = i;
            int column = 0;
            long[] slack = new long[m + 1];
            Arrays.fill(slack, infinity);
            boolean[] used = new boolean[m + 1];
            do {
                used[column] = true;
                int row = rowOf[column];
                long delta = infinity;
                int next = 0;
                for (int j = 1; j <= m; j++) {
                    if (!used[j]) {
                        long reduced = cost[row][j] - u[row] - v[j];
                        if (reduced < slack[j]) {
                            slack[j] = reduced;
                            way[j] = column;
                        }
                        if (slack[j] < delta) {
                            delta = slack[j];
                            next = j;
                        }
                    }
                }
                for (int j = 0; j <= m; j++) {
                    if (used[j]) {
                        u[rowOf[j]] += delta;
                        v[j] -= delta;
                    } else {
                        slack[j] -= delta;
                    }
                }
                column = next;
            } while (rowOf[column] != 0);
            do {
                int previous = way[column];
                rowOf[column] = rowOf[previous];
                column = previous;
            } while (column != 0);
        }
        return rowOf;
    }
}
