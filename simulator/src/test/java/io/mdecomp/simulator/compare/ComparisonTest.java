package io.mdecomp.simulator.compare;

import static io.mdecomp.simulator.TestModels.endpoint;
import static io.mdecomp.simulator.TestModels.model;
import static io.mdecomp.simulator.TestModels.ms;
import static io.mdecomp.simulator.TestModels.sync;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.distribution.Exponential;
import io.mdecomp.simulator.RandomSystems;
import io.mdecomp.simulator.RunOptions;
import io.mdecomp.simulator.component.WorkloadSettings;
import io.mdecomp.simulator.scenario.Scenario;
import io.mdecomp.simulator.scenario.Slo;
import io.mdecomp.simulator.scenario.SloMetric;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ComparisonTest {

    private static final RunOptions FIVE = new RunOptions(OptionalLong.empty(), 5, RunOptions.Progress.NONE);

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 12);
    }

    /**
     * A model compared with itself: every route metric and every objective has a difference of
     * exactly zero in every replication, so no significant difference anywhere, over random systems
     * with faults, resilience patterns and sagas (those of the laws test).
     */
    @ParameterizedTest
    @MethodSource("seeds")
    void aModelComparedWithItselfShowsNoSignificantDifferenceAnywhere(long seed) {
        DomainModel[] m = new DomainModel[1];
        Scenario s = RandomSystems.scenario(seed, m).toBuilder().duration(8).warmup(1)
                .slos(List.of(new Slo(Optional.of("GET /e0"), SloMetric.P99, 200, SourceLocation.UNKNOWN),
                        new Slo(Optional.empty(), SloMetric.AVAILABILITY, 0.99, SourceLocation.UNKNOWN)))
                .faults(List.of()).build();
        ComparisonReport report = Comparison.compare(m[0], m[0], List.of(new ScenarioPair(s, s)),
                new RunOptions(OptionalLong.empty(), 3, RunOptions.Progress.NONE));
        ScenarioComparison c = report.scenarios().get(0);
        assertThat(c.routes()).isNotEmpty();
        for (RouteComparison route : c.routes()) {
            route.metrics().forEach((metric, d) -> {
                assertThat(d.delta()).as("seed %d %s %s", seed, route.route(), metric).isZero();
                assertThat(d.verdict()).as("seed %d %s %s", seed, route.route(), metric)
                        .isIn(Verdict.NO_SIGNIFICANT_DIFFERENCE, Verdict.NOT_COMPARABLE);
            });
            assertThat(route.metrics().get(RouteMetric.ERROR_RATE).verdict()).as("seed %d", seed)
                    .isEqualTo(Verdict.NO_SIGNIFICANT_DIFFERENCE);
        }
        assertThat(c.slos()).hasSize(2).allSatisfy(slo -> {
            assertThat(slo.difference().verdict()).isIn(Verdict.NO_SIGNIFICANT_DIFFERENCE, Verdict.NOT_COMPARABLE);
            assertThat(slo.basePassed()).isEqualTo(slo.headPassed());
        });
        assertThat(report.regressed()).isFalse();
    }

    /** B serves /a at 4.8 erlangs of work; /c runs on C alone. */
    private static DomainModel system(int workersOfB) {
        return model()
                .service("A", new Deployment(2, 32, 100), endpoint("a", new Exponential(ms(1)), sync("B", "b")))
                .service("B", new Deployment(2, workersOfB, 50), endpoint("b", new Exponential(ms(8))))
                .service("C", new Deployment(1, 8, 50), endpoint("c", new Exponential(ms(3))))
                .build();
    }

    private static Scenario scenario() {
        WorkloadSettings workload = new WorkloadSettings(new WorkloadSettings.Open(800, List.of()), 100, List.of(
                new WorkloadSettings.MixEntry("GET /a", 3), new WorkloadSettings.MixEntry("GET /c", 1)));
        return Scenario.builder("load", 20, 7, workload).warmup(2)
                .slos(List.of(new Slo(Optional.of("GET /a"), SloMetric.P99, 100, SourceLocation.UNKNOWN),
                        new Slo(Optional.of("GET /c"), SloMetric.P99, 100, SourceLocation.UNKNOWN)))
                .build();
    }

    @Test
    void halfTheWorkersOnOneServiceIsWorseOnItsRouteAndNoDifferenceElsewhere() {
        Scenario s = scenario();
        ComparisonReport report = Comparison.compare(system(4), system(2), List.of(new ScenarioPair(s, s)), FIVE);
        ScenarioComparison c = report.scenarios().get(0);
        RouteComparison a = c.routes().get(0);
        assertThat(a.route()).isEqualTo("GET /a");
        assertThat(a.metrics().get(RouteMetric.MEAN_LATENCY).verdict()).isEqualTo(Verdict.WORSE);
        assertThat(a.metrics().get(RouteMetric.P99_LATENCY).verdict()).isEqualTo(Verdict.WORSE);
        assertThat(a.metrics().get(RouteMetric.P99_LATENCY).lower()).isPositive();
        RouteComparison other = c.routes().get(1);
        assertThat(other.route()).isEqualTo("GET /c");
        assertThat(other.metrics().values()).allSatisfy(d -> {
            assertThat(d.verdict()).isEqualTo(Verdict.NO_SIGNIFICANT_DIFFERENCE);
            assertThat(d.delta()).isZero();
        });
        SloComparison onA = c.slos().get(0);
        assertThat(onA.basePassed()).isTrue();
        assertThat(onA.headPassed()).isFalse();
        assertThat(onA.regressed()).isTrue();
        assertThat(c.slos().get(1).regressed()).isFalse();
        assertThat(report.regressed()).isTrue();
    }

    @Test
    void twiceTheWorkersIsBetterAndDoesNotRegress() {
        Scenario s = scenario();
        ComparisonReport report = Comparison.compare(system(2), system(4), List.of(new ScenarioPair(s, s)), FIVE);
        RouteComparison a = report.scenarios().get(0).routes().get(0);
        assertThat(a.metrics().get(RouteMetric.MEAN_LATENCY).verdict()).isEqualTo(Verdict.BETTER);
        assertThat(a.metrics().get(RouteMetric.MEAN_LATENCY).upper()).isNegative();
        assertThat(report.regressed()).isFalse();
    }

    @Test
    void needsTwoReplicationsForAnInterval() {
        Scenario s = scenario();
        assertThatThrownBy(() -> Comparison.compare(system(4), system(4), List.of(new ScenarioPair(s, s)),
                RunOptions.DEFAULTS)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2");
    }

    @Test
    void aScenarioThatDoesNotFitTheHeadModelIsReportedAsAboutTheHeadModel(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("scenarios.yaml");
        Files.writeString(file, """
                scenarios:
                  - name: s
                    duration: 10s
                    workload: {open: {rate: 10/s}, mix: [{route: GET /a}]}
                    faults: [{at: 1s, for: 1s, kill: {service: B}}]
                """);
        DomainModel noB = model()
                .service("A", Deployment.DEFAULT, endpoint("a", new Exponential(ms(1))))
                .service("Bee", Deployment.DEFAULT, endpoint("b", new Exponential(ms(1)))).build();
        assertThat(ScenarioPair.read(file, system(4), system(2), "head.yaml")).hasSize(1);
        assertThatThrownBy(() -> ScenarioPair.read(file, system(4), noB, "head.yaml"))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ":5:48: error: with the head model head.yaml: unknown service 'B' (known: A, Bee)"
                        + " [ref]");
    }
}
