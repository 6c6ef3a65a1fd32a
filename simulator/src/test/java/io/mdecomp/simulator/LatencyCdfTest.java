package io.mdecomp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.DomainModel;
import io.mdecomp.simulator.result.RouteResult;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.scenario.Scenario;
import io.mdecomp.simulator.stats.Latencies;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The compact latency CDF of a route: its fixed percentiles, hand-worked values, and its agreement with the summary. */
class LatencyCdfTest {

    @Test
    void readsTheLatencyAtEachFixedPercentileFromTheHistogram() {
        Latencies latencies = new Latencies();
        for (int i = 1; i <= 20; i++) {
            latencies.record(i * 100e-6);   // 0.1 ms .. 2.0 ms, exact in the histogram below 2048 µs
        }
        Map<Double, Double> cdf = new TreeMap<>();
        ResultAssembler.cdf(latencies).forEach(p -> cdf.put(p.percentile(), p.ms()));

        assertThat(cdf).hasSize(RouteResult.CDF_PERCENTILES.size());
        assertThat(cdf.get(0.0)).isEqualTo(0.1);
        assertThat(cdf.get(5.0)).isEqualTo(0.1);
        assertThat(cdf.get(10.0)).isEqualTo(0.2);
        assertThat(cdf.get(50.0)).isEqualTo(1.0);
        assertThat(cdf.get(90.0)).isEqualTo(1.8);
        assertThat(cdf.get(99.0)).isEqualTo(2.0);
        assertThat(cdf.get(100.0)).isEqualTo(2.0);
    }

    @Test
    void isEmptyWithoutLatencies() {
        assertThat(ResultAssembler.cdf(new Latencies())).isEmpty();
    }

    @Test
    void fixedPercentilesRiseFromZeroToHundred() {
        List<Double> p = RouteResult.CDF_PERCENTILES;
        assertThat(p.get(0)).isZero();
        assertThat(p.get(p.size() - 1)).isEqualTo(100.0);
        assertThat(p).isSorted().doesNotHaveDuplicates().contains(50.0, 90.0, 99.0, 99.9);
    }

    @ParameterizedTest
    @MethodSource("io.mdecomp.simulator.LawsTest#seeds")
    void agreesWithTheLatencySummaryAndNeverFalls(long seed) {
        DomainModel[] m = new DomainModel[1];
        Scenario scenario = LawsTest.scenario(seed, m);
        ScenarioResult r = Simulator.run(m[0], scenario, RunOptions.DEFAULTS);
        for (RouteResult route : r.routes()) {
            List<RouteResult.CdfPoint> cdf = route.latencyCdf();
            if (route.ok() == 0) {
                assertThat(cdf).as("seed %d", seed).isEmpty();
                continue;
            }
            assertThat(cdf).extracting(RouteResult.CdfPoint::percentile).as("seed %d", seed)
                    .isEqualTo(RouteResult.CDF_PERCENTILES);
            assertThat(cdf).extracting(RouteResult.CdfPoint::ms).as("seed %d", seed).isSorted();
            Map<Double, Double> at = new TreeMap<>();
            cdf.forEach(p -> at.put(p.percentile(), p.ms()));
            assertThat(at.get(50.0)).as("seed %d", seed).isEqualTo(route.latencyMs().p50());
            assertThat(at.get(90.0)).as("seed %d", seed).isEqualTo(route.latencyMs().p90());
            assertThat(at.get(99.0)).as("seed %d", seed).isEqualTo(route.latencyMs().p99());
            assertThat(at.get(99.9)).as("seed %d", seed).isEqualTo(route.latencyMs().p999());
            assertThat(at.get(100.0)).as("seed %d", seed).isEqualTo(route.latencyMs().max());
        }
    }
}
