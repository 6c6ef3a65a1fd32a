package io.mdecomp.simulator.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.mdecomp.model.DomainModel;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.format.ModelReader;
import io.mdecomp.model.yaml.YamlDocument;
import io.mdecomp.model.yaml.YamlLoader;
import io.mdecomp.simulator.sweep.PointOutcome;
import io.mdecomp.simulator.sweep.ScenarioOutcome;
import io.mdecomp.simulator.sweep.Shard;
import io.mdecomp.simulator.sweep.SweepAggregator;
import io.mdecomp.simulator.sweep.SweepPlan;
import io.mdecomp.simulator.sweep.SweepPlanner;
import io.mdecomp.simulator.sweep.SweepReport;
import io.mdecomp.simulator.sweep.SweepRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Resilience tuning on the flaky-dependency sample: PricingService fails 30% of requests at
 * random; ShopService calls it at λ = 20 calls/s with 3 attempts 10 ms apart behind a count-window
 * breaker (window and minimum 100 calls, 10 half-open calls, 2 s open), and the sweep tries the
 * failure-rate thresholds 10%, 20%, 60% and 90%.
 *
 * <p>The hand computation. While closed a call makes 1 + 0.3 + 0.09 = 1.39 attempts, so the
 * breaker sees a = 27.8 attempts/s, and a call fails with 0.3³ = 2.7%.
 * <ul>
 *   <li>60%, 90%: the window's failure rate is Binomial(100, 0.3)/100, at least 60% with
 *       probability about 10⁻⁹: the breaker never opens. Error rate 2.7%; the runs are the same
 *       at both points (common random numbers), so they tie and keep their order.</li>
 *   <li>10%, 20%: the window's failure rate is at least 20% with probability 0.99, so the breaker
 *       opens as soon as it has 100 calls and after every half-open trial that fails often enough.
 *       A cycle is: open W = 2 s, half-open h = 10 / a = 0.36 s, and with the probability q that
 *       the 10 trial calls have fewer failures than the threshold, closed for c = 100 / a = 3.6 s
 *       before it opens again. q(10%) = P(no failure in 10) = 0.7¹⁰ = 0.028; q(20%) = P(at most
 *       one) = 0.028 + 10·0.3·0.7⁹ = 0.149. The share of time open, W / (W + h + q·c), is 0.81 at
 *       10% and 0.69 at 20%; every call then fails (circuit-open).</li>
 * </ul>
 * So the ranking by error budget spent (objectives missed first: the 5% error-rate objective holds
 * only at 60% and 90%) is 60%, 90%, 20%, 10%, and the recommended threshold is 60%.
 */
class ResilienceTuningTest {

    private static final Path SAMPLE = Path.of("..", "samples", "flaky-dependency");

    private static SweepPlanner.Options options() {
        return new SweepPlanner.Options(List.of(), OptionalInt.empty(), OptionalLong.empty(), 0.95, "test");
    }

    @Test
    void breakerThresholdsRankInTheHandComputedOrder() {
        DomainModel model = ModelReader.read(SAMPLE.resolve("model.yaml"));
        SweepPlan plan = ResilienceTuning.plan(YamlLoader.load(SAMPLE.resolve("scenarios.yaml")), model, options());
        SweepReport report = SweepAggregator.aggregate(plan.header(),
                SweepRunner.run(model, plan, Shard.ALL, 2, SweepRunner.Listener.NONE));
        ScenarioOutcome outcome = report.scenarios().get(0);
        assertThat(outcome.sweep().axes().get(0).values()).containsExactly("10%", "20%", "60%", "90%");
        assertThat(outcome.ranking()).containsExactly(2, 3, 1, 0);

        List<PointOutcome> points = outcome.points();
        assertThat(points.get(2).errorRate().mean()).isCloseTo(0.027, within(0.005));
        assertThat(points.get(3).errorRate().mean()).isEqualTo(points.get(2).errorRate().mean());
        assertThat(points.get(1).errorRate().mean()).isCloseTo(2 / (2 + 0.36 + 0.149 * 3.6), within(0.05));
        assertThat(points.get(0).errorRate().mean()).isCloseTo(2 / (2 + 0.36 + 0.028 * 3.6), within(0.05));
        assertThat(points.get(2).passed()).isTrue();
        assertThat(points.get(1).passed()).isFalse();
        assertThat(points.get(0).passed()).isFalse();
        // Attempts over calls over both pairs: gateway -> ShopService (1 each) and ShopService -> PricingService (1.39).
        assertThat(points.get(2).retryAmplification()).isCloseTo((1 + 1.39) / 2, within(0.01));

        ResilienceRecommendation recommended = ResilienceTuning.recommend(plan, report).get(0);
        assertThat(recommended.scenario()).isEqualTo("flaky-pricing");
        assertThat(recommended.settings()).containsExactly(
                "resilience.calls.ShopService -> PricingService.circuitBreaker.failureRateThreshold = 60%");
        assertThat(recommended.pareto()).extracting(PointOutcome::point).containsExactly(2, 3);
        assertThat(recommended.yaml()).isEqualTo("""
                resilience:
                  calls:
                    "ShopService -> PricingService":
                      timeout: 1s
                      retry: {maxAttempts: 3, wait: 10ms}
                      circuitBreaker: {window: 100, minimumCalls: 100, failureRateThreshold: 60%, waitInOpen: 2s, halfOpenCalls: 10}
                """);
    }

    @Test
    void theRecommendedBlockReadsBackAsTheBestPointsResilience() {
        DomainModel model = ModelReader.read(SAMPLE.resolve("model.yaml"));
        String block = """
                resilience:
                  calls:
                    "ShopService -> PricingService":
                      timeout: 1s
                      retry: {maxAttempts: 3, wait: 10ms}
                      circuitBreaker: {window: 100, minimumCalls: 100, failureRateThreshold: 60%, waitInOpen: 2s, halfOpenCalls: 10}
                """;
        String scenario = """
                scenarios:
                  - name: pasted
                    duration: 1s
                    workload: {open: {rate: 5/s}, mix: [{route: "GET /quotes/{sku}"}]}
                """ + block.indent(4);
        var read = io.mdecomp.simulator.scenario.ScenarioReader.read(YamlLoader.parse("s.yaml", scenario), model);
        SweepPlan plan = ResilienceTuning.plan(YamlLoader.load(SAMPLE.resolve("scenarios.yaml")), model, options());
        assertThat(read.get(0).resilience()).isEqualTo(plan.scenario(0, 2).resilience());
        assertThat(read.get(0).resilience()).isNotEqualTo(plan.scenario(0, 1).resilience());
        assertThat(ResilienceTuning.block("resilience", YamlLoader.parse("x.yaml", "{}").root(), ""))
                .isEqualTo("resilience: {}\n");
    }

    @Test
    void onlyResilienceSweepsQualify() {
        DomainModel model = ModelReader.read(SAMPLE.resolve("model.yaml"));
        YamlDocument rates = YamlLoader.parse("s.yaml", """
                scenarios:
                  - name: rates
                    duration: 1s
                    workload: {open: {rate: 5/s}, mix: [{route: "GET /quotes/{sku}"}]}
                    sweep:
                      parameters:
                        - {path: workload.open.rate, values: [5/s, 10/s]}
                  - name: plain
                    duration: 1s
                    workload: {open: {rate: 5/s}, mix: [{route: "GET /quotes/{sku}"}]}
                """);
        assertThatThrownBy(() -> ResilienceTuning.plan(rates, model, options())).isInstanceOf(InputException.class)
                .hasMessageContaining("s.yaml:7:11: error: tune resilience sweeps resilience settings only, but"
                        + " 'workload.open.rate' changes the scenario's 'workload'");
        SweepPlanner.Options plain = new SweepPlanner.Options(List.of("plain"), OptionalInt.empty(),
                OptionalLong.empty(), 0.95, "test");
        assertThatThrownBy(() -> ResilienceTuning.plan(rates, model, plain)).isInstanceOf(InputException.class)
                .hasMessageContaining("scenario 'plain' has no 'sweep:' section");
        YamlDocument none = YamlLoader.parse("n.yaml", """
                scenarios:
                  - name: plain
                    duration: 1s
                    workload: {open: {rate: 5/s}, mix: [{route: "GET /quotes/{sku}"}]}
                """);
        assertThatThrownBy(() -> ResilienceTuning.plan(none, model, options())).isInstanceOf(InputException.class)
                .hasMessageContaining("n.yaml:2:5: error: no scenario has a 'sweep:' section");
    }
}
