package io.mdecomp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.DomainModel;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Progress is reported each hundredth of a run, in order, and changes nothing in the results. */
class ProgressReportTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 2);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyHundredthIsReportedInOrderAndTheResultStaysTheSame(long seed) {
        DomainModel[] m = new DomainModel[1];
        Scenario s = RandomSystems.scenario(seed, m);
        List<Double> fractions = new ArrayList<>();
        RunOptions reporting = new RunOptions(OptionalLong.empty(), 1, (scenario, replication, fraction) -> {
            assertThat(scenario).isEqualTo(s.name());
            assertThat(replication).isZero();
            fractions.add(fraction);
        });
        ScenarioResult reported = Simulator.run(m[0], s, reporting);
        ScenarioResult silent = Simulator.run(m[0], s, RunOptions.DEFAULTS);

        assertThat(fractions).as("seed %d", seed)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 100).mapToObj(i -> i / 100.0).toList());
        assertThat(reported).as("seed %d", seed).usingRecursiveComparison().ignoringFields("wallSeconds", "events")
                .isEqualTo(silent);
        assertThat(reported.events()).as("seed %d: the 99 progress events", seed).isEqualTo(silent.events() + 99);
    }
}
