package io.mdecomp.analysis.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class AgreementTest {

    private static Map<String, String> partition(String... clusters) {
        Map<String, String> result = new LinkedHashMap<>();
        for (int c = 0; c < clusters.length; c++) {
            for (String object : clusters[c].split(",")) {
                result.put(object, "C" + c);
            }
        }
        return result;
    }

    @Test
    void identicalPartitionsAgreeFully() {
        Map<String, String> cut = partition("1,2,3", "4,5");
        assertThat(Agreement.mno(cut, cut)).isZero();
        assertThat(Agreement.mojoFm(cut, cut)).isEqualTo(100.0);
        assertThat(Agreement.adjustedRand(cut, cut)).isEqualTo(1.0);
    }

    @Test
    void oneMisplacedObjectCostsOneMoveOutOfFour() {
        Map<String, String> a = partition("1,2", "3,4,5,6");
        Map<String, String> b = partition("1,2,3", "4,5,6");
        assertThat(Agreement.mno(a, b)).isEqualTo(1);
        // worst case against b: n − min_k(k + s_{k+1}) = 6 − 2 = 4
        assertThat(Agreement.mojoFm(a, b)).isEqualTo(75.0);
        // index 4, row pairs 7, column pairs 6, expected 7·6/15 = 2.8, max 6.5
        assertThat(Agreement.adjustedRand(a, b)).isCloseTo(1.2 / 3.7, within(1e-12));
    }

    @Test
    void singletonsAgainstOneClusterAreTheFarthestPartition() {
        Map<String, String> a = partition("1", "2", "3", "4");
        Map<String, String> b = partition("1,2,3,4");
        assertThat(Agreement.mno(a, b)).isEqualTo(3);
        assertThat(Agreement.mojoFm(a, b)).isEqualTo(0.0);
        assertThat(Agreement.adjustedRand(a, b)).isEqualTo(0.0);
    }

    @Test
    void joinsAndMovesAddUp() {
        // A1 = {1,2} and A2 = {3} both belong in B1; A3 = {4,5,9} holds 9 which belongs in B3
        Map<String, String> a = partition("1,2", "3", "4,5,9");
        Map<String, String> b = partition("1,2,3", "4,5", "9");
        // moves: 9 out of A3 (1); joins: A1 with A2 (1)
        assertThat(Agreement.mno(a, b)).isEqualTo(2);
    }

    @Test
    void comparesOnlyTheObjectsBothPartitionsHave() {
        Map<String, String> a = partition("1,2,3", "4,5,6,x");
        Map<String, String> b = partition("1,2,3", "4,5,6", "y");
        assertThat(Agreement.mojoFm(a, b)).isEqualTo(100.0);
        assertThat(Agreement.adjustedRand(a, b)).isEqualTo(1.0);
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 60);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void scoresStayInRangeAndIgnoreClusterNames(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 2 + random.nextInt(40);
        Map<String, String> a = new TreeMap<>();
        Map<String, String> b = new TreeMap<>();
        Map<String, String> renamed = new TreeMap<>();
        int ka = 1 + random.nextInt(8);
        int kb = 1 + random.nextInt(8);
        IntStream.range(0, n).forEach(i -> {
            String cluster = "A" + random.nextInt(ka);
            a.put("o" + i, cluster);
            renamed.put("o" + i, "renamed-" + cluster);
            b.put("o" + i, "B" + random.nextInt(kb));
        });
        double mojo = Agreement.mojoFm(a, b);
        double ari = Agreement.adjustedRand(a, b);
        assertThat(mojo).as("seed %d", seed).isBetween(0.0, 100.0);
        assertThat(ari).as("seed %d", seed).isLessThanOrEqualTo(1.0 + 1e-12);
        assertThat(Agreement.mojoFm(renamed, b)).as("seed %d", seed).isEqualTo(mojo);
        assertThat(Agreement.adjustedRand(renamed, b)).as("seed %d", seed).isCloseTo(ari, within(1e-12));
        assertThat(Agreement.adjustedRand(b, a)).as("seed %d", seed).isCloseTo(ari, within(1e-12));
        assertThat(Agreement.mojoFm(a, a)).isEqualTo(100.0);
    }
}
