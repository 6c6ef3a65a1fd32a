package io.mdecomp.simulator.tune;

import static io.mdecomp.simulator.TestModels.endpoint;
import static io.mdecomp.simulator.TestModels.model;
import static io.mdecomp.simulator.TestModels.ms;
import static io.mdecomp.simulator.TestModels.open;
import static io.mdecomp.simulator.TestModels.sync;
import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.distribution.Exponential;
import io.mdecomp.simulator.scenario.Scenario;
import io.mdecomp.simulator.scenario.Slo;
import io.mdecomp.simulator.scenario.SloMetric;
import io.mdecomp.simulator.theory.Queueing;
import java.util.List;
import java.util.Optional;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Capacity tuning against queueing theory: on an M/M/c station (one instance, c workers, one
 * queue) the fewest workers that meet a mean or p99 objective are the smallest c that Erlang C
 * says meets it.
 */
class CapacityTunerTest {

    /** Service time 10 ms (μ = 100/s), arrivals 900/s: offered load a = 9 workers. */
    private static final double MU = 100;
    private static final double LAMBDA = 900;

    private static DomainModel station() {
        return model().service("Q", new Deployment(1, 32, 100_000), endpoint("q", new Exponential(ms(10)))).build();
    }

    private static Scenario scenario(SloMetric metric, double targetMs) {
        return Scenario.builder("mmc", 120, 11, open(LAMBDA, "GET /q")).warmup(10)
                .slos(List.of(new Slo(Optional.of("GET /q"), metric, targetMs, SourceLocation.UNKNOWN))).build();
    }

    private static CapacityOptions workers() {
        return new CapacityOptions(1, 64, 3, 0.95, true, 2);
    }

    /** Mean response time of M/M/c in ms: 1/μ + C(c, a) / (cμ − λ). */
    static double meanMs(int c) {
        return 1000 * (1 / MU + Queueing.erlangC(c, LAMBDA / MU) / (c * MU - LAMBDA));
    }

    /**
     * The p99 of M/M/c response time in ms. T = W + S, W = 0 with probability 1 − C, else
     * exponential with rate θ = cμ − λ; S exponential with rate μ:
     * P(T > t) = (1 − C)e^{−μt} + C(θe^{−μt} − μe^{−θt})/(θ − μ), and (1 − C)e^{−μt} + Ce^{−μt}(1 + μt)
     * when θ = μ (W + S is then Erlang-2). Solved by bisection.
     */
    static double p99Ms(int c) {
        double pc = Queueing.erlangC(c, LAMBDA / MU);
        double theta = c * MU - LAMBDA;
        java.util.function.DoubleUnaryOperator tail = t -> (1 - pc) * Math.exp(-MU * t) + pc * (theta == MU
                ? Math.exp(-MU * t) * (1 + MU * t)
                : (theta * Math.exp(-MU * t) - MU * Math.exp(-theta * t)) / (theta - MU));
        double lo = 0;
        double hi = 10;
        for (int i = 0; i < 200; i++) {
            double mid = (lo + hi) / 2;
            if (tail.applyAsDouble(mid) > 0.01) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 1000 * (lo + hi) / 2;
    }

    /** The smallest c ≥ ⌈a⌉ with {@code measure(c) <= target}. */
    private static int smallestC(IntToDoubleFunction measure, double target) {
        int c = (int) Math.ceil(LAMBDA / MU + 1e-9);
        while (measure.applyAsDouble(c) > target) {
            c++;
        }
        return c;
    }

    @Test
    void fewestWorkersForAMeanObjectiveIsErlangCsSmallestC() {
        double target = 13;
        int expected = smallestC(CapacityTunerTest::meanMs, target);
        assertThat(expected).as("Erlang C: mean 16.7 ms at c = 10, 12.0 ms at c = 11").isEqualTo(11);

        CapacityReport report = CapacityTuner.tune(station(), List.of(scenario(SloMetric.MEAN, target)), workers(),
                CapacityTuner.Listener.NONE);

        assertThat(report.feasible()).isTrue();
        CapacityReport.ServiceCapacity q = report.services().get(0);
        assertThat(q.instances()).isEqualTo(1);
        assertThat(q.workers()).isEqualTo(expected);
        assertThat(q.missedWithOneWorkerFewer()).containsExactly("mmc: GET /q mean <= 13ms");
        assertThat(q.load().busyWorkers()).isCloseTo(LAMBDA / MU, org.assertj.core.data.Offset.offset(0.3));
        assertThat(report.answer().holds()).isTrue();
    }

    @Test
    void fewestWorkersForAP99ObjectiveIsErlangCsSmallestC() {
        double target = (p99Ms(11) + p99Ms(12)) / 2;
        int expected = smallestC(CapacityTunerTest::p99Ms, target);
        assertThat(expected).isEqualTo(12);

        CapacityReport report = CapacityTuner.tune(station(), List.of(scenario(SloMetric.P99, target)), workers(),
                CapacityTuner.Listener.NONE);

        assertThat(report.services().get(0).workers()).isEqualTo(expected);
        assertThat(report.runs()).isEqualTo(3L * report.evaluations().size());
    }

    @Test
    void everyServiceOnTheRouteGetsWhatItNeedsAndNoMore() {
        DomainModel model = model()
                .service("Front", new Deployment(6, 1, 1000), endpoint("front", new Exponential(ms(2)),
                        sync("Back", "back")))
                .service("Back", new Deployment(6, 1, 1000), endpoint("back", new Exponential(ms(8))))
                .service("Idle", new Deployment(4, 2, 10), endpoint("idle", new Exponential(ms(1))))
                .build();
        Scenario scenario = Scenario.builder("chain", 60, 5, open(300, "GET /front")).warmup(5)
                .slos(List.of(new Slo(Optional.of("GET /front"), SloMetric.P99, 80, SourceLocation.UNKNOWN))).build();

        CapacityReport report = CapacityTuner.tune(model, List.of(scenario), new CapacityOptions(20, 64, 2, 0.95,
                false, 2), CapacityTuner.Listener.NONE);

        assertThat(report.feasible()).isTrue();
        assertThat(report.answer().holds()).isTrue();
        var byName = report.services().stream().collect(java.util.stream.Collectors.toMap(
                CapacityReport.ServiceCapacity::service, s -> s));
        assertThat(byName.get("Idle").instances()).as("a service no route waits on").isEqualTo(1);
        // Back holds a worker 8 ms per request at 300/s: 2.4 busy workers, so at least 3 instances of 1 worker.
        assertThat(byName.get("Back").instances()).isGreaterThanOrEqualTo(3);
        // Front holds its worker through Back's answer too: more busy workers than Back.
        assertThat(byName.get("Front").load().busyWorkers()).isGreaterThan(byName.get("Back").load().busyWorkers());
        for (CapacityReport.ServiceCapacity service : report.services()) {
            if (service.instances() > 1) {
                assertThat(service.missedWithOneInstanceFewer()).as(service.service()).isNotEmpty();
            }
        }
        assertThat(report.totalInstances()).isLessThan(report.modelInstances());
    }

    @Test
    void anObjectiveNoCapacityMeetsEndsTheSearchAsInfeasible() {
        Scenario scenario = scenario(SloMetric.MEAN, 5);
        CapacityReport report = CapacityTuner.tune(station(), List.of(scenario), new CapacityOptions(3, 64, 1, 0.95,
                false, 1), CapacityTuner.Listener.NONE);
        assertThat(report.feasible()).isFalse();
        assertThat(report.reason()).contains("at the most instances allowed (3)");
        assertThat(report.answer().missed()).isNotEmpty();
    }
}
