package io.mdecomp.analysis.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class OneToOneMatchingTest {

    private static Map<String, String> partition(String... clusters) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String cluster : clusters) {
            String[] parts = cluster.split(":");
            for (String object : parts[1].split(",")) {
                result.put(object, parts[0]);
            }
        }
        return result;
    }

    @Test
    void theBestMatchingCanLeaveTheLargestOverlapUnused() {
        // A1 = {1,2,3}: 2 in B1, 1 in B2; A2 = {4,5}: both in B1.
        // Largest cell first (A1-B1 = 2, then A2 gets nothing) gives 2 + 0 = 2;
        // the best pairs A1-B2 (1) and A2-B1 (2) = 3.
        Map<String, String> a = partition("A1:1,2,3", "A2:4,5");
        Map<String, String> b = partition("B1:1,2,4,5", "B2:3");
        OneToOneMatching matching = OneToOneMatching.best(a, b);
        assertThat(matching.overlap()).isEqualTo(3);
        assertThat(matching.pairs()).containsExactly(new OneToOneMatching.Pair("A1", "B2", 1),
                new OneToOneMatching.Pair("A2", "B1", 2));
        assertThat(matching.partnerOf("A2")).contains("B1");
    }

    @Test
    void moreClustersOnOneSideLeaveSomeUnmatched() {
        Map<String, String> a = partition("A:1,2,3,4,5,6");
        Map<String, String> b = partition("P:1,2", "Q:3,4,5", "R:6");
        OneToOneMatching matching = OneToOneMatching.best(a, b);
        assertThat(matching.pairs()).containsExactly(new OneToOneMatching.Pair("A", "Q", 3));
        assertThat(matching.overlap()).isEqualTo(3);
        assertThat(OneToOneMatching.best(b, a).overlap()).isEqualTo(3);
    }

    @Test
    void onlyObjectsInBothPartitionsCount() {
        Map<String, String> a = partition("A:1,2,x");
        Map<String, String> b = partition("P:1,2,y");
        assertThat(OneToOneMatching.best(a, b).overlap()).isEqualTo(2);
        assertThat(OneToOneMatching.best(Map.of(), b).pairs()).isEmpty();
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 80);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void findsTheSameTotalAsTryingEveryMatching(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int rows = 1 + random.nextInt(6);
        int columns = 1 + random.nextInt(6);
        long[][] weight = new long[rows][columns];
        for (long[] row : weight) {
            for (int j = 0; j < columns; j++) {
                row[j] = random.nextInt(4) == 0 ? 0 : random.nextInt(20);
            }
        }
        int[] assignment = OneToOneMatching.maximumWeightAssignment(weight);
        Set<Integer> usedColumns = new HashSet<>();
        long total = 0;
        for (int i = 0; i < rows; i++) {
            if (assignment[i] >= 0) {
                assertThat(usedColumns.add(assignment[i])).as("seed %d: column used twice", seed).isTrue();
                total += weight[i][assignment[i]];
            }
        }
        assertThat(total).as("seed %d", seed).isEqualTo(bruteForce(weight, 0, new boolean[columns]));
    }

    private static long bruteForce(long[][] weight, int row, boolean[] used) {
        if (row == weight.length) {
            return 0;
        }
        long best = bruteForce(weight, row + 1, used);
        for (int j = 0; j < used.length; j++) {
            if (!used[j]) {
                used[j] = true;
                best = Math.max(best, weight[row][j] + bruteForce(weight, row + 1, used));
                used[j] = false;
            }
        }
        return best;
    }
}
