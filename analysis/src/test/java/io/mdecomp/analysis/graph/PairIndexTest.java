package io.mdecomp.analysis.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PairIndexTest {

    @Test
    void numbersPairsInTheOrderTheyAreFirstSeenWhicheverWayRound() {
        PairIndex index = new PairIndex();
        assertThat(index.numberOf(3, 1)).isZero();
        assertThat(index.numberOf(2, 2)).isEqualTo(1);
        assertThat(index.numberOf(1, 3)).isZero();
        assertThat(index.numberOf(0, 7)).isEqualTo(2);
        assertThat(index.size()).isEqualTo(3);
        assertThat(index.low(0)).isEqualTo(1);
        assertThat(index.high(0)).isEqualTo(3);
        assertThat(index.low(1)).isEqualTo(2);
        assertThat(index.high(1)).isEqualTo(2);
    }

    @Test
    void rejectsNegativeMembersAndUnknownNumbers() {
        PairIndex index = new PairIndex();
        assertThatThrownBy(() -> index.numberOf(-1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> index.low(0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    /** Against a HashMap of string keys, through many growths of the table. */
    @ParameterizedTest
    @ValueSource(longs = {1, 7, 42, 1234, 99999})
    void agreesWithAPlainMap(long seed) {
        Random random = new Random(seed);
        PairIndex index = new PairIndex();
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < 50_000; i++) {
            int a = random.nextInt(i % 3 == 0 ? 100 : 100_000);
            int b = random.nextInt(100_000);
            String key = Math.min(a, b) + "-" + Math.max(a, b);
            int number = index.numberOf(a, b);
            assertThat(number).isEqualTo(expected.computeIfAbsent(key, k -> expected.size()));
            assertThat(index.low(number)).isEqualTo(Math.min(a, b));
            assertThat(index.high(number)).isEqualTo(Math.max(a, b));
        }
        assertThat(index.size()).isEqualTo(expected.size());
    }
}
