package io.mdecomp.model.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdecomp.model.EntityKind;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.distribution.Constant;
import io.mdecomp.model.distribution.Distribution;
import io.mdecomp.model.distribution.Empirical;
import io.mdecomp.model.distribution.Erlang;
import io.mdecomp.model.distribution.Exponential;
import io.mdecomp.model.distribution.Gamma;
import io.mdecomp.model.distribution.HyperExponential;
import io.mdecomp.model.distribution.LogNormal;
import io.mdecomp.model.distribution.Normal;
import io.mdecomp.model.distribution.Uniform;
import io.mdecomp.model.quantity.Duration;
import io.mdecomp.model.quantity.Percentage;
import io.mdecomp.model.quantity.Rate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YamlNodeTest {

    private final DiagnosticCollector problems = new DiagnosticCollector("m.yaml");

    private YamlMap map(String yaml) {
        return YamlLoader.parse("m.yaml", yaml).root(problems).asMap().orElseThrow();
    }

    private YamlNode value(String yaml) {
        return map("v: " + yaml + "\n").optional("v").orElseThrow();
    }

    private List<String> messages() {
        return problems.diagnostics().stream().map(Diagnostic::format).toList();
    }

    private <T> String failure(String yaml, Function<YamlNode, Optional<T>> reader) {
        assertThat(reader.apply(value(yaml))).isEmpty();
        assertThat(problems.diagnostics()).hasSize(1);
        return problems.diagnostics().get(0).format();
    }

    @Test
    void suggestsTheClosestKnownKeyForAnUnknownOne() {
        map("name: a\nreadz: [X]\n").allowOnly("name", "reads", "writes");
        assertThat(messages()).containsExactly(
                "m.yaml:2:1: error: unknown key 'readz' in the document; did you mean 'reads'? [unknown-key]");
    }

    @Test
    void listsTheKnownKeysWhenNoneIsClose() {
        map("name: a\ncolour: red\n").allowOnly("name", "reads");
        assertThat(messages()).containsExactly(
                "m.yaml:2:1: error: unknown key 'colour' in the document (known: name, reads) [unknown-key]");
    }

    @Test
    void reportsAMissingRequiredKeyAtTheMapping() {
        assertThat(map("a: 1\n").labelled("service 'X'").name("name")).isEmpty();
        assertThat(messages()).containsExactly(
                "m.yaml:1:1: error: service 'X' is missing the required key 'name' [missing-key]");
    }

    @Test
    void treatsAnEmptyValueAsAbsent() {
        assertThat(map("owns:\nname: a\n").optional("owns")).isEmpty();
    }

    @Test
    void explainsAMappingWhereAListOfNamesBelongs() {
        assertThat(failure("{a: 1}", YamlNode::asNames))
                .isEqualTo("m.yaml:1:4: error: 'v' must be a list of names, got a mapping [type]");
    }

    @Test
    void readsAListOfNames() {
        assertThat(value("[Order, Order Item]").asNames()).contains(List.of("Order", "Order Item"));
    }

    @Test
    void reportsAListItemByItsPosition() {
        assertThat(value("[a, [b]]").asNames()).contains(List.of("a"));
        assertThat(messages()).containsExactly("m.yaml:1:8: error: item 2 of 'v' must be a name, got a list [type]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        ".nan      | m.yaml:1:4: error: 'v' must be a finite number, got '.nan' [value]",
        "NaN       | m.yaml:1:4: error: 'v' must be a finite number, got 'NaN' [value]",
        "-.inf     | m.yaml:1:4: error: 'v' must be a finite number, got '-.inf' [value]",
        "Infinity  | m.yaml:1:4: error: 'v' must be a finite number, got 'Infinity' [value]",
        "1e400     | m.yaml:1:4: error: 'v' must be a finite number, got '1e400' [value]",
        "high      | m.yaml:1:4: error: 'v' must be a number, got 'high' [type]",
        "20%       | m.yaml:1:4: error: 'v' must be a number, got '20%' (write a fraction such as 0.2, not a percentage) [type]",
    })
    void refusesNumbersThatAreNotFinite(String yaml, String expected) {
        assertThat(failure(yaml, YamlNode::asDouble)).isEqualTo(expected);
    }

    @Test
    void readsNumbers() {
        assertThat(value("0.25").asDouble()).contains(0.25);
        assertThat(value("1_000").asInt()).contains(1000);
        assertThat(value("-3").asDouble()).contains(-3.0);
    }

    @Test
    void checksRanges() {
        assertThat(failure("0", n -> n.asDoubleIn(0, false, 1, true)))
                .isEqualTo("m.yaml:1:4: error: 'v' must lie in (0, 1], got 0 [value]");
    }

    @Test
    void refusesAFractionWhereAWholeNumberBelongs() {
        assertThat(failure("2.5", YamlNode::asInt)).isEqualTo("m.yaml:1:4: error: 'v' must be a whole number, got 2.5 [value]");
    }

    @Test
    void acceptsOnlyTrueAndFalseAsBooleans() {
        assertThat(value("true").asBoolean()).contains(true);
        assertThat(failure("yes", YamlNode::asBoolean)).isEqualTo("m.yaml:1:4: error: 'v' must be true or false, got 'yes' [type]");
    }

    @Test
    void listsEnumValuesAndSuggestsTheClosest() {
        assertThat(value("Aggregate-Root").asEnum(EntityKind.class)).contains(EntityKind.AGGREGATE_ROOT);
        assertThat(failure("aggregate-rot", n -> n.asEnum(EntityKind.class))).isEqualTo("m.yaml:1:4: error: 'v' must be one"
                + " of aggregate-root, entity, value-object, got 'aggregate-rot'; did you mean 'aggregate-root'? [value]");
    }

    @Test
    void refusesADurationWithoutAUnit() {
        assertThat(failure("5", YamlNode::asDuration)).isEqualTo("m.yaml:1:4: error: 'v': duration '5' has no unit;"
                + " write e.g. '5ms' or '5s' (units: us, ms, s, m, h) [value]");
    }

    @Test
    void readsQuantities() {
        assertThat(value("1.5s").asDuration()).contains(Duration.ofSeconds(1.5));
        assertThat(value("12000/min").asRate()).contains(Rate.perSecond(200));
        assertThat(value("0.1%").asPercentage()).contains(Percentage.ofFraction(0.001));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0/s  | m.yaml:1:4: error: 'v': rate '0/s' must be greater than zero [value]",
        "-5/s | m.yaml:1:4: error: 'v': rate '-5/s' must be greater than zero [value]",
        "200  | m.yaml:1:4: error: 'v': rate '200' has no unit; write e.g. '200/s' or '200/min' [value]",
    })
    void refusesZeroNegativeAndUnitlessRates(String yaml, String expected) {
        assertThat(failure(yaml, YamlNode::asRate)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "150%  | m.yaml:1:4: error: 'v': percentage '150%' is out of range; use 0% to 100% [value]",
        "-1%   | m.yaml:1:4: error: 'v': percentage '-1%' is out of range; use 0% to 100% [value]",
        "0.5   | m.yaml:1:4: error: 'v': '0.5' has no % sign; write e.g. '0.5%' (or '50%' if 0.5 is a fraction) [value]",
        "0.005 | m.yaml:1:4: error: 'v': '0.005' has no % sign; write e.g. '0.005%' (or '0.5%' if 0.005 is a fraction) [value]",
        "1     | m.yaml:1:4: error: 'v': '1' has no % sign; write e.g. '1%' (or '100%' if 1 is a fraction) [value]",
        "5     | m.yaml:1:4: error: 'v': '5' has no % sign; write e.g. '5%' [value]",
    })
    void refusesPercentagesOutOfRangeOrWithoutSign(String yaml, String expected) {
        assertThat(failure(yaml, YamlNode::asPercentage)).isEqualTo(expected);
    }

    @Test
    void readsEveryDistributionKind() {
        Duration ms5 = Duration.ofMillis(5);
        assertThat(dist("5ms")).isEqualTo(new Exponential(ms5));
        assertThat(dist("{dist: constant, value: 5ms}")).isEqualTo(new Constant(ms5));
        assertThat(dist("{dist: exponential, mean: 5ms}")).isEqualTo(new Exponential(ms5));
        assertThat(dist("{dist: uniform, min: 1ms, max: 5ms}")).isEqualTo(new Uniform(Duration.ofMillis(1), ms5));
        assertThat(dist("{dist: lognormal, median: 4ms, p99: 30ms}"))
                .isEqualTo(new LogNormal(Duration.ofMillis(4), Duration.ofMillis(30)));
        assertThat(dist("{dist: lognormal, mean: 5ms, cv: 0.5}")).isEqualTo(LogNormal.ofMeanCv(ms5, 0.5));
        assertThat(dist("{dist: gamma, mean: 5ms, cv: 0.5}")).isEqualTo(new Gamma(ms5, 0.5));
        assertThat(dist("{dist: erlang, k: 3, mean: 5ms}")).isEqualTo(new Erlang(3, ms5));
        assertThat(dist("{dist: hyperexponential, mean: 5ms, scv: 4}")).isEqualTo(new HyperExponential(ms5, 4));
        assertThat(dist("{dist: normal, mean: 5ms, sd: 1ms}")).isEqualTo(new Normal(ms5, Duration.ofMillis(1)));
        assertThat(dist("{dist: empirical, points: [[0.5, 3ms], [0.99, 40ms], [1.0, 120ms]]}"))
                .isEqualTo(new Empirical(List.of(new Empirical.Point(0.5, Duration.ofMillis(3)),
                        new Empirical.Point(0.99, Duration.ofMillis(40)), new Empirical.Point(1.0, Duration.ofMillis(120)))));
        assertThat(problems.hasErrors()).isFalse();
    }

    private Distribution dist(String yaml) {
        return value(yaml).asDistribution().orElseThrow(() -> new AssertionError(messages()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{dist: lognormal, median: 4ms}                    | m.yaml:1:4: error: the lognormal distribution is missing the required key 'p99' [missing-key]",
        "{dist: lognormal, median: 4ms, p99: 1ms}          | m.yaml:1:4: error: invalid lognormal distribution: lognormal needs p99 >= median, got median 4ms and p99 1ms [value]",
        "{dist: lognormal, median: 4ms, cv: 1}             | m.yaml:1:4: error: a lognormal distribution takes either median and p99, or mean and cv, not both [value]",
        "{dist: logNormal, median: 4ms, p99: 9ms}          | m.yaml:1:11: error: unknown distribution 'logNormal' (known: constant, exponential, uniform, lognormal, gamma, erlang, hyperexponential, normal, empirical); did you mean 'lognormal'? [value]",
        "{dist: exponential, mean: 5}                      | m.yaml:1:30: error: 'mean': duration '5' has no unit; write e.g. '5ms' or '5s' (units: us, ms, s, m, h) [value]",
        "{dist: exponential, mean: 5ms, man: 3ms}          | m.yaml:1:35: error: unknown key 'man' in the exponential distribution; did you mean 'mean'? [unknown-key]",
        "{dist: erlang, k: 0, mean: 5ms}                   | m.yaml:1:22: error: 'k' must be at least 1, got 0 [value]",
        "{dist: empirical, points: [[0.5, 3ms], [1.0]]}    | m.yaml:1:43: error: item 2 of 'points' must be a [quantile, duration] pair, got 1 values [type]",
        "{dist: empirical, points: [[0.5, 3ms], [0.9, 1ms]]} | m.yaml:1:4: error: invalid empirical distribution: empirical values must not fall, but 1ms follows 3ms [value]",
        "[5ms]                                             | m.yaml:1:4: error: 'v' must be a duration or a distribution such as {dist: lognormal, median: 4ms, p99: 30ms}, got a list [type]",
    })
    void explainsBadDistributions(String yaml, String expected) {
        value(yaml.strip()).asDistribution();
        assertThat(messages()).containsExactly(expected);
    }

    @Test
    void collectsEveryProblemOfTheDocumentAndThrowsThemTogether() {
        YamlMap root = map("name: [x]\nrate: 0/s\ntimeout: 5\nenabled: yes\nextra: 1\n");
        root.allowOnly("name", "rate", "timeout", "enabled");
        root.name("name");
        root.optional("rate").flatMap(YamlNode::asRate);
        root.optional("timeout").flatMap(YamlNode::asDuration);
        root.optional("enabled").flatMap(YamlNode::asBoolean);
        assertThatThrownBy(problems::throwIfErrors).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).diagnostics()).extracting(Diagnostic::location)
                        .extracting(l -> l.line()).containsExactly(1, 2, 3, 4, 5));
    }

    @Test
    void capsTheNumberOfErrorsAndSaysHowManyWereLeftOut() {
        DiagnosticCollector few = new DiagnosticCollector("m.yaml", 2);
        for (int i = 1; i <= 5; i++) {
            few.error(new io.mdecomp.model.diagnostic.SourceLocation("m.yaml", i, 1), "value", "bad " + i);
        }
        assertThatThrownBy(few::throwIfErrors).hasMessage("m.yaml: error: 5 errors in total; only the first 2 are shown"
                + " [too-many]\nm.yaml:1:1: error: bad 1 [value]\nm.yaml:2:1: error: bad 2 [value]");
    }
}
