package io.mdecomp.analysis.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The explanation's number format is exactly {@code %.2f} (integers without decimals). */
class ScoreFormatTest {

    @Test
    void integersHaveNoDecimals() {
        assertThat(EntityGraphBuilder.format(3.0)).isEqualTo("3");
        assertThat(EntityGraphBuilder.format(-10.0)).isEqualTo("-10");
        assertThat(EntityGraphBuilder.format(0.0)).isEqualTo("0");
    }

    @Test
    void halfWaysRoundUpFromTheShortestDecimalForm() {
        assertThat(EntityGraphBuilder.format(0.125)).isEqualTo("0.13");
        assertThat(EntityGraphBuilder.format(1.005)).isEqualTo(String.format(Locale.ROOT, "%.2f", 1.005));
        assertThat(EntityGraphBuilder.format(2.675)).isEqualTo(String.format(Locale.ROOT, "%.2f", 2.675));
        assertThat(EntityGraphBuilder.format(-0.001)).isEqualTo("-0.00");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    void agreesWithStringFormatOnRandomValues(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 5_000; i++) {
            double magnitude = Math.pow(10, random.nextInt(9) - 4);
            double value = (random.nextDouble() - 0.3) * magnitude;
            if (random.nextInt(10) == 0) {
                value = Math.round(value * 1000) / 1000.0; // short decimals hit the half-way cases
            }
            assertThat(EntityGraphBuilder.format(value)).as("%s", value)
                    .isEqualTo(value == Math.rint(value) ? Long.toString((long) value)
                            : String.format(Locale.ROOT, "%.2f", value));
        }
    }
}
