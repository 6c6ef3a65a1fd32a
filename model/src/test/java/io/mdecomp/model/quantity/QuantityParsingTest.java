package io.mdecomp.model.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityParsingTest {

    @ParameterizedTest
    @CsvSource({"750us, 0.00075", "5ms, 0.005", "1.5s, 1.5", "2m, 120", "2min, 120", "1h, 3600", "0ms, 0", "100ns, 1e-7"})
    void parsesDurationsWithTheirUnit(String text, double seconds) {
        assertThat(Duration.parse(text).seconds()).isCloseTo(seconds, within(1e-12));
    }

    @Test
    void refusesABareNumberAndSuggestsUnits() {
        assertThatThrownBy(() -> Duration.parse("5"))
                .isInstanceOf(QuantityFormatException.class)
                .hasMessage("duration '5' has no unit; write e.g. '5ms' or '5s' (units: us, ms, s, m, h)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5ms", "fast", "5 parsecs", "NaNs", "", "1e3ms"})
    void refusesWhatIsNotADuration(String text) {
        assertThatThrownBy(() -> Duration.parse(text)).isInstanceOf(QuantityFormatException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"750us", "5ms", "1.5s", "2m", "1h", "0ms", "12.25ms", "90s"})
    void durationTextRoundTrips(String text) {
        Duration once = Duration.parse(text);
        assertThat(Duration.parse(once.toString())).isEqualTo(once);
    }

    @ParameterizedTest
    @CsvSource({"200/s, 200", "12000/min, 200", "36/h, 0.01", "0.5/s, 0.5"})
    void parsesRates(String text, double perSecond) {
        assertThat(Rate.parse(text).perSecond()).isCloseTo(perSecond, within(1e-12));
    }

    @Test
    void refusesZeroAndNegativeRates() {
        assertThatThrownBy(() -> Rate.parse("0/s")).hasMessage("rate '0/s' must be greater than zero");
        assertThatThrownBy(() -> Rate.parse("-3/s")).hasMessage("rate '-3/s' must be greater than zero");
        assertThatThrownBy(() -> Rate.parse("200")).hasMessage("rate '200' has no unit; write e.g. '200/s' or '200/min'");
    }

    @ParameterizedTest
    @CsvSource({"1%, 0.01", "0.1%, 0.001", "99.5%, 0.995", "100%, 1", "0%, 0"})
    void parsesPercentages(String text, double fraction) {
        assertThat(Percentage.parse(text).fraction()).isCloseTo(fraction, within(1e-12));
    }

    @Test
    void refusesPercentagesOutOfRange() {
        assertThatThrownBy(() -> Percentage.parse("101%"))
                .hasMessage("percentage '101%' is out of range; use 0% to 100%");
        assertThatThrownBy(() -> Percentage.parse("-1%"))
                .hasMessage("percentage '-1%' is out of range; use 0% to 100%");
        assertThatThrownBy(() -> Percentage.parse("0.5"))
                .hasMessage("'0.5' is not a percentage; write e.g. 1% or 0.1%");
    }
}
