package io.mdecomp.simulator.theory;

import static io.mdecomp.simulator.TestModels.endpoint;
import static io.mdecomp.simulator.TestModels.model;
import static io.mdecomp.simulator.TestModels.ms;
import static io.mdecomp.simulator.TestModels.open;
import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.distribution.Constant;
import io.mdecomp.model.distribution.Distribution;
import io.mdecomp.model.distribution.Exponential;
import io.mdecomp.model.distribution.Uniform;
import io.mdecomp.simulator.RunOptions;
import io.mdecomp.simulator.Simulator;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Single-station queues against their closed forms. Each metric is the mean over 8 independent
 * replications of 100 simulated seconds (about 80,000 customers each, the first 10 s discarded);
 * the closed form must lie within 3 standard errors of it. Service times have a mean of 1 ms and
 * every utilization is 0.8.
 */
class QueueTheoryTest {

    private static final int REPLICATIONS = 8;

    private static ScenarioResult run(Distribution service, Deployment deployment, double rate, long seed) {
        DomainModel model = model().service("S", deployment, endpoint("e", service)).build();
        Scenario scenario = Scenario.builder("theory", 100, seed, open(rate, "GET /e")).warmup(10).build();
        return Simulator.run(model, scenario, RunOptions.DEFAULTS);
    }

    private static double meanResponseMs(Distribution service, Deployment deployment, double rate, long seed) {
        return run(service, deployment, rate, seed).routes().get(0).latencyMs().mean();
    }

    @Test
    void mm1ResponseTimeMatchesOneOverMuMinusLambda() {
        // W = 1 / (μ − λ) = 1 / (1000 − 800) s = 5 ms
        Replicated w = Replicated.of(REPLICATIONS, seed -> meanResponseMs(new Exponential(ms(1)),
                new Deployment(1, 1, 1_000_000), 800, seed));
        assertThat(w.agreesWith(5.0)).as("M/M/1 W %s vs 5 ms", w).isTrue();
    }

    @Test
    void mmcResponseTimeMatchesErlangC() {
        // c = 4, λ = 3200/s, μ = 1000/s: W = C(4, 3.2) / (cμ − λ) + 1/μ
        double expected = (Queueing.erlangC(4, 3.2) / (4000 - 3200) + 0.001) * 1000;
        Replicated w = Replicated.of(REPLICATIONS, seed -> meanResponseMs(new Exponential(ms(1)),
                new Deployment(1, 4, 1_000_000), 3200, seed));
        assertThat(expected).isCloseTo(1.7455, org.assertj.core.data.Offset.offset(0.001));
        assertThat(w.agreesWith(expected)).as("M/M/4 W %s vs %s", w, expected).isTrue();
    }

    @Test
    void md1ResponseTimeMatchesPollaczekKhinchine() {
        // Wq = ρ / (2 μ (1 − ρ)) = 0.8 / (2 · 1000 · 0.2) s = 2 ms; W = 3 ms
        Replicated w = Replicated.of(REPLICATIONS, seed -> meanResponseMs(new Constant(ms(1)),
                new Deployment(1, 1, 1_000_000), 800, seed));
        assertThat(w.agreesWith(3.0)).as("M/D/1 W %s vs 3 ms", w).isTrue();
    }

    @Test
    void mg1WithUniformServiceMatchesPollaczekKhinchine() {
        // S ~ U(0, 2 ms): E[S] = 1 ms, E[S²] = 4/3 ms²; Wq = 800 · (4/3)e-6 / (2 · 0.2) s = 2.667 ms
        double expected = (Queueing.pkWait(800, 0.001, 4.0 / 3 * 1e-6) + 0.001) * 1000;
        Replicated w = Replicated.of(REPLICATIONS, seed -> meanResponseMs(new Uniform(ms(0), ms(2)),
                new Deployment(1, 1, 1_000_000), 800, seed));
        assertThat(expected).isCloseTo(3.6667, org.assertj.core.data.Offset.offset(0.001));
        assertThat(w.agreesWith(expected)).as("M/G/1 W %s vs %s", w, expected).isTrue();
    }

    @Test
    void mmckRejectsTheBlockingShareOfArrivals() {
        // c = 2 workers, queue 3 (K = 5), a = 1.6: p_n ∝ 1, 1.6, 1.28, 1.024, 0.8192, 0.65536; p_5 = 0.10274
        double expected = Queueing.mmckBlocking(2, 5, 1.6);
        Replicated share = Replicated.of(REPLICATIONS, seed -> {
            ScenarioResult r = run(new Exponential(ms(1)), new Deployment(1, 2, 3), 1600, seed);
            return r.requests().failed() / (double) r.requests().total();
        });
        assertThat(expected).isCloseTo(0.65536 / 6.37856, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(share.agreesWith(expected)).as("M/M/2/5 blocking %s vs %s", share, expected).isTrue();
    }

    @Test
    void erlangBGivesTheLossOfWorkersWithoutQueue() {
        // c = 3 workers, no queue, a = 2: B(3, 2) = (8/6) / (1 + 2 + 2 + 8/6) = 0.2105
        double expected = Queueing.erlangB(3, 2);
        Replicated share = Replicated.of(REPLICATIONS, seed -> {
            ScenarioResult r = run(new Exponential(ms(1)), new Deployment(1, 3, 0), 2000, seed);
            return r.requests().failed() / (double) r.requests().total();
        });
        assertThat(expected).isCloseTo(4.0 / 19, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(share.agreesWith(expected)).as("Erlang B %s vs %s", share, expected).isTrue();
    }

    @Test
    void littlesLawHoldsBetweenTimeAverageAndResponseTime() {
        // L (time-average number in system) = λ W, both measured in one run
        ScenarioResult r = run(new Exponential(ms(1)), new Deployment(1, 2, 1_000_000), 1500, 7);
        double lambda = r.requests().total() / 90.0;
        double w = r.routes().get(0).latencyMs().mean() / 1000;
        double utilization = r.services().get(0).utilization();
        double l = r.services().get(0).meanQueueLength() + utilization * 2;
        assertThat(l).isCloseTo(lambda * w, org.assertj.core.data.Percentage.withPercentage(2));
    }
}
