package io.mdecomp.cli.render.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChartScaleTest {

    @Test
    void roundsALinearAxisUpToANiceTick() {
        ChartScale y = ChartScale.linear(437, false, 280, 50);
        assertThat(y.max()).isEqualTo(500);
        assertThat(y.ticks()).containsExactly(0.0, 100.0, 200.0, 300.0, 400.0, 500.0);
        assertThat(y.at(250)).isEqualTo(165);
    }

    @Test
    void keepsAnExactMaximumForTimeAxes() {
        ChartScale x = ChartScale.linear(75, true, 0, 750);
        assertThat(x.max()).isEqualTo(75);
        assertThat(x.ticks()).containsExactly(0.0, 20.0, 40.0, 60.0);
        assertThat(x.at(30)).isEqualTo(300);
    }

    @Test
    void fallsBackToZeroToOneWithoutData() {
        assertThat(ChartScale.linear(0, false, 0, 100).max()).isEqualTo(1);
        assertThat(ChartScale.linear(Double.NaN, false, 0, 100).max()).isEqualTo(1);
    }

    @Test
    void showsOnlyPowersOfTenOverMoreThanThreeDecades() {
        ChartScale x = ChartScale.logarithmic(0.809, 781.8, 0, 400);
        assertThat(x.min()).isEqualTo(0.1);
        assertThat(x.max()).isEqualTo(1000);
        assertThat(x.ticks()).containsExactly(0.1, 1.0, 10.0, 100.0, 1000.0);
        assertThat(x.at(10)).isEqualTo(200);
    }

    @Test
    void spansAtLeastOneDecadeAndClampsBelowTheFloor() {
        ChartScale x = ChartScale.logarithmic(0, 0, 0, 100);
        assertThat(x.min()).isEqualTo(0.001);
        assertThat(x.max()).isEqualTo(0.01);
        assertThat(x.at(0)).isZero();
        assertThat(x.at(1e9)).isEqualTo(100);
    }

    @Test
    void refusesAnEmptyOrNonPositiveLogDomain() {
        assertThatThrownBy(() -> new ChartScale(1, 1, 0, 10, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChartScale(0, 10, 0, 10, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"0.87,1", "1.3,2", "2,2", "2.1,5", "7,10", "87.4,100", "0.031,0.05"})
    void picksOneTwoOrFiveTimesAPowerOfTen(double rough, double step) {
        assertThat(ChartScale.niceStep(rough)).isCloseTo(step, org.assertj.core.data.Offset.offset(1e-12));
    }

    @ParameterizedTest
    @CsvSource({"0,0", "0.1,0.1", "1000,1000", "0.30000000000000004,0.3", "2.5e-3,0.0025", "1234567,1234570"})
    void labelsTicksWithoutExponentOrTrailingZeros(double value, String label) {
        assertThat(ChartScale.label(value)).isEqualTo(label);
    }
}
