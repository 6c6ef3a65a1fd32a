package io.mdecomp.simulator;

import static io.mdecomp.simulator.TestModels.endpoint;
import static io.mdecomp.simulator.TestModels.model;
import static io.mdecomp.simulator.TestModels.ms;
import static io.mdecomp.simulator.TestModels.sync;
import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.distribution.Exponential;
import io.mdecomp.simulator.component.Fault;
import io.mdecomp.simulator.component.WorkloadSettings;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.result.TimeSeries;
import io.mdecomp.simulator.scenario.Scenario;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The workload's streams are its own: an open workload sends the same requests, at the same
 * times, to the same routes, whatever the model behind the gateway does with them. This is what
 * lets two models be compared on common random numbers.
 */
class CommonRandomNumbersTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 8);
    }

    private static DomainModel chain(int workersOfB) {
        return model()
                .service("A", new Deployment(2, 8, 50), endpoint("a", new Exponential(ms(2)), sync("B", "b")),
                        endpoint("x", new Exponential(ms(1))))
                .service("B", new Deployment(1, workersOfB, 50), endpoint("b", new Exponential(ms(4))))
                .build();
    }

    /** The requests that arrived after the warm-up, route by route. */
    private static long[] requestsPerRoute(ScenarioResult r) {
        return r.routes().stream().mapToLong(x -> x.requests()).toArray();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void anOpenWorkloadSendsTheSameRequestsToModelsOfDifferentCapacityAndFaults(long seed) {
        WorkloadSettings workload = new WorkloadSettings(new WorkloadSettings.Open(400, List.of()), 50,
                List.of(new WorkloadSettings.MixEntry("GET /a", 3), new WorkloadSettings.MixEntry("GET /x", 1)));
        Scenario base = Scenario.builder("crn", 20, seed, workload).warmup(2).build();
        Scenario faulty = base.toBuilder().faults(List.of(new Fault(5, 5, new Fault.Fail("B", 0.5)),
                new Fault(12, 3, new Fault.Slow("A", 4)))).build();
        ScenarioResult roomy = Simulator.run(chain(16), base, RunOptions.DEFAULTS);
        ScenarioResult tight = Simulator.run(chain(1), faulty, RunOptions.DEFAULTS);
        assertThat(requestsPerRoute(tight)).as("seed %d", seed).containsExactly(requestsPerRoute(roomy));
        assertThat(tight.requests().failed()).as("the faults and the small B did fail requests")
                .isGreaterThan(roomy.requests().failed());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aServiceNobodyCallsDoesNotChangeTheOthersNumbers(long seed) {
        WorkloadSettings workload = TestModels.open(300, "GET /a");
        Scenario scenario = Scenario.builder("crn", 10, seed, workload).build();
        DomainModel plus = model()
                .service("A", new Deployment(2, 8, 50), endpoint("a", new Exponential(ms(2)), sync("B", "b")),
                        endpoint("x", new Exponential(ms(1))))
                .service("B", new Deployment(1, 16, 50), endpoint("b", new Exponential(ms(4))))
                .service("Idle", Deployment.DEFAULT, endpoint("idle", new Exponential(ms(3))))
                .build();
        ScenarioResult a = Simulator.run(chain(16), scenario, RunOptions.DEFAULTS);
        ScenarioResult b = Simulator.run(plus, scenario, RunOptions.DEFAULTS);
        assertThat(b.routes().get(0)).as("seed %d", seed).isEqualTo(a.routes().get(0));
        assertThat(b.timeseries().buckets()).extracting(TimeSeries.Bucket::p99Ms)
                .isEqualTo(a.timeseries().buckets().stream().map(TimeSeries.Bucket::p99Ms).toList());
    }
}
