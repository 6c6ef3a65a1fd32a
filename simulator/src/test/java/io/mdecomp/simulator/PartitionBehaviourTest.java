package io.mdecomp.simulator;

import static io.mdecomp.simulator.TestModels.endpoint;
import static io.mdecomp.simulator.TestModels.model;
import static io.mdecomp.simulator.TestModels.ms;
import static io.mdecomp.simulator.TestModels.open;
import static io.mdecomp.simulator.TestModels.sync;
import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.distribution.Constant;
import io.mdecomp.simulator.component.ErrorCause;
import io.mdecomp.simulator.component.Fault;
import io.mdecomp.simulator.component.Resilience;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.result.TimeSeries;
import io.mdecomp.simulator.scenario.ResiliencePolicy;
import io.mdecomp.simulator.scenario.Scenario;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * A partition answers nothing: a call sent across it fails as {@code partitioned} when its caller
 * gives up (time limiter, or the client's connect timeout), not at once. A cuts off from B from
 * 40 s to 50 s; A calls B on every request (50/s).
 */
class PartitionBehaviourTest {

    private static final Deployment ROOMY = new Deployment(1, 1000, 1000);
    private static final DomainModel MODEL = model()
            .service("A", ROOMY, endpoint("a", new Constant(ms(1)), sync("B", "b")))
            .service("B", ROOMY, endpoint("b", new Constant(ms(1)))).build();

    private static ScenarioResult run(Optional<Double> timeLimiter, Fault.Partition partition) {
        Scenario s = Scenario.builder("partition", 120, 5, open(50, "GET /a"))
                .faults(List.of(new Fault(40, 10, partition))).build();
        if (timeLimiter.isPresent()) {
            s = s.toBuilder().resilience(ResiliencePolicy.of(new Resilience(OptionalDouble.of(timeLimiter.get()), Optional.empty(),
                    Optional.empty(), OptionalInt.empty()), Map.of())).build();
        }
        return Simulator.run(MODEL, s, RunOptions.DEFAULTS);
    }

    /** Failed requests that ended in [from, to), and in all. */
    private static long[] failures(ScenarioResult r, double from, double to) {
        long inside = 0;
        long all = 0;
        for (TimeSeries.Bucket bucket : r.timeseries().buckets()) {
            all += bucket.failed();
            if (bucket.atSeconds() >= from && bucket.atSeconds() + r.timeseries().bucketSeconds() <= to) {
                inside += bucket.failed();
            }
        }
        return new long[] {inside, all};
    }

    @Test
    void withoutATimeLimiterCallsFailAtTheConnectTimeout() {
        ScenarioResult r = run(Optional.empty(), new Fault.Partition("A", "B", 10));
        // sent from 40 s to 50 s, each given up on 10 s later: every failure ends in [50, 60)
        long[] f = failures(r, 50, 60);
        assertThat(f[1]).isBetween(400L, 600L);
        assertThat(f[0]).isEqualTo(f[1]);
        assertThat(r.routes().get(0).errors()).containsOnlyKeys(ErrorCause.PARTITIONED);
        assertThat(r.services().get(1).calls()).as("nothing reached B").isLessThan(120L * 50 - 400);
    }

    /**
     * Every caller has the 2 s limiter: the gateway's, started first, gives up first, so the route
     * sees timeouts, while A records its call into the partition as partitioned. Calls into the
     * partition start from 40 s (a request that arrived in the millisecond before calls B after
     * it) to 50 s, so every failure ends in [40, 52).
     */
    @Test
    void aTimeLimiterShorterThanTheConnectTimeoutEndsTheCallFirst() {
        ScenarioResult r = run(Optional.of(2.0), new Fault.Partition("A", "B", 10));
        long[] f = failures(r, 40, 52);
        assertThat(f[1]).isBetween(400L, 600L);
        assertThat(f[0]).isEqualTo(f[1]);
        assertThat(r.routes().get(0).errors()).containsOnlyKeys(ErrorCause.TIMEOUT);
        assertThat(r.services().get(0).errors()).containsOnlyKeys(ErrorCause.PARTITIONED);
    }

    @Test
    void aConnectTimeoutShorterThanTheTimeLimiterEndsTheCallFirst() {
        ScenarioResult r = run(Optional.of(30.0), new Fault.Partition("A", "B", 4));
        long[] f = failures(r, 44, 54);
        assertThat(f[1]).isBetween(400L, 600L);
        assertThat(f[0]).isEqualTo(f[1]);
    }

    @Test
    void theDefaultConnectTimeoutIsTenSeconds() {
        assertThat(new Fault.Partition("A", "B").connectTimeoutSeconds()).isEqualTo(10);
    }
}
