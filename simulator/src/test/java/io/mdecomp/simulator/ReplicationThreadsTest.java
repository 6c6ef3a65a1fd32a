package io.mdecomp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.DomainModel;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.scenario.Scenario;
import java.util.OptionalLong;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Replications run at once give the result of replications run one after the other. */
class ReplicationThreadsTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 6);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void theNumberOfThreadsDoesNotChangeTheResult(long seed) {
        DomainModel[] m = new DomainModel[1];
        Scenario s = RandomSystems.scenario(seed, m);
        RunOptions sequential = new RunOptions(OptionalLong.empty(), 5, RunOptions.Progress.NONE);
        ScenarioResult one = Simulator.run(m[0], s, sequential);
        ScenarioResult three = Simulator.run(m[0], s, sequential.withThreads(3));
        assertThat(one.replications()).as("seed %d", seed).isPresent();
        assertThat(three).as("seed %d", seed).usingRecursiveComparison().ignoringFields("wallSeconds")
                .isEqualTo(one);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void replicationsDrawFromTheirOwnSeeds(long seed) {
        DomainModel[] m = new DomainModel[1];
        Scenario s = RandomSystems.scenario(seed, m);
        ScenarioResult first = Simulator.run(m[0], s, RunOptions.DEFAULTS);
        ScenarioResult replicated = Simulator.run(m[0], s,
                new RunOptions(OptionalLong.empty(), 4, RunOptions.Progress.NONE).withThreads(4));
        assertThat(replicated).as("seed %d: replication 0 is the plain run", seed)
                .usingRecursiveComparison().ignoringFields("wallSeconds", "replications").isEqualTo(first);
        assertThat(replicated.replications().orElseThrow().count()).isEqualTo(4);
    }
}
