package io.mdecomp.simulator;

import static io.mdecomp.simulator.TestModels.endpoint;
import static io.mdecomp.simulator.TestModels.model;
import static io.mdecomp.simulator.TestModels.ms;
import static io.mdecomp.simulator.TestModels.open;
import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.distribution.Exponential;
import io.mdecomp.simulator.result.Replications;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.result.SloResult;
import io.mdecomp.simulator.scenario.Scenario;
import io.mdecomp.simulator.scenario.Slo;
import io.mdecomp.simulator.scenario.SloMetric;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Objectives over replications: "passes in k of R" counts the replications that pass it, each
 * run on its own, and the verdict on the confidence bound asks whether the whole interval of the
 * actual value lies on the passing side.
 */
class ReplicationVerdictTest {

    private static final int R = 8;

    /** An M/M/1 at ρ = 0.8 (mean sojourn 5 ms) over short runs, so replications differ. */
    private static final DomainModel MM1 = model()
            .service("A", new Deployment(1, 1, 100000), endpoint("a", new Exponential(ms(1)))).build();

    private static Scenario scenario(double meanTargetMs) {
        Slo mean = new Slo(Optional.empty(), SloMetric.MEAN, meanTargetMs, SourceLocation.UNKNOWN);
        Slo errors = new Slo(Optional.empty(), SloMetric.ERROR_RATE, 0.01, SourceLocation.UNKNOWN);
        return Scenario.builder("mm1", 20, 5, open(800, "GET /a")).warmup(2).slos(List.of(mean, errors)).build();
    }

    private static Replications.Verdict verdict(ScenarioResult r, int slo) {
        SloResult result = r.slos().get(slo);
        return r.replications().orElseThrow().verdict(result).orElseThrow();
    }

    @Test
    void passesInKOfRCountsTheReplicationsThatPass() {
        Scenario s = scenario(5);
        ScenarioResult r = Simulator.run(MM1, s, new RunOptions(OptionalLong.empty(), R, RunOptions.Progress.NONE));
        long passing = IntStream.range(0, R)
                .filter(i -> Simulator.replication(MM1, s, i, RunOptions.Progress.NONE).slos().get(0).passed()).count();
        Replications.Verdict mean = verdict(r, 0);
        assertThat(mean.count()).isEqualTo(R);
        assertThat(mean.passed()).isEqualTo((int) passing).isBetween(1, R - 1);
        assertThat(mean.lower()).isLessThan(5).isGreaterThan(3);
        assertThat(mean.upper()).isGreaterThan(5).isLessThan(7);
        assertThat(mean.passedOnBound()).as("the interval straddles the target").isFalse();
        Replications.Verdict errors = verdict(r, 1);
        assertThat(errors.passed()).isEqualTo(R);
        assertThat(errors.passedOnBound()).as("no request fails").isTrue();
    }

    @Test
    void aTargetAboveTheWholeIntervalPassesOnTheBound() {
        ScenarioResult r = Simulator.run(MM1, scenario(20),
                new RunOptions(OptionalLong.empty(), R, RunOptions.Progress.NONE));
        Replications.Verdict mean = verdict(r, 0);
        assertThat(mean.passed()).isEqualTo(R);
        assertThat(mean.passedOnBound()).isTrue();
    }

    @Test
    void oneRunHasNoVerdictOverReplications() {
        ScenarioResult r = Simulator.run(MM1, scenario(5), RunOptions.DEFAULTS);
        assertThat(r.replications()).isEmpty();
    }
}
