package io.mdecomp.simulator.scenario;

import static io.mdecomp.simulator.TestModels.endpoint;
import static io.mdecomp.simulator.TestModels.model;
import static io.mdecomp.simulator.TestModels.ms;
import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.distribution.Constant;
import io.mdecomp.simulator.component.DiscoverySettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scenario's discovery timers, load-balancer cache and lease expiry. */
class DiscoveryReaderTest {

    private static final DomainModel MODEL = model()
            .service("B", new Deployment(3, 8, 10), endpoint("b", new Constant(ms(5)))).build();

    private static String scenario(String discovery) {
        return """
                scenarios:
                  - name: s
                    duration: 10s
                    workload: {open: {rate: 10/s}, mix: [{route: GET /b}]}
                    discovery: %s
                """.formatted(discovery);
    }

    private static DiscoverySettings read(String discovery) {
        return ScenarioReader.parse("scenarios.yaml", scenario(discovery), MODEL).get(0).infrastructure().discovery();
    }

    @Test
    void defaultsAreEurekasWithSeededTimers() {
        assertThat(read("{}")).isEqualTo(DiscoverySettings.EUREKA);
        assertThat(DiscoverySettings.EUREKA.alignedTimers()).isFalse();
        assertThat(read("{timers: seeded}")).isEqualTo(DiscoverySettings.EUREKA);
    }

    @Test
    void readsTimersTheLoadBalancerCacheAndTheLeaseExpiry() {
        assertThat(read("{timers: aligned}")).isEqualTo(DiscoverySettings.EUREKA.aligned());
        DiscoverySettings d = read("{timers: seeded, loadBalancerCache: {}, leaseExpiry: doubled}");
        assertThat(d.alignedTimers()).isFalse();
        assertThat(d.loadBalancerCacheTtl()).isEqualTo(35);
        assertThat(d.doubledLeaseExpiry()).isTrue();
        assertThat(d.expiry()).isEqualTo(180);
        assertThat(read("{loadBalancerCache: {ttl: 5s}}").loadBalancerCacheTtl()).isEqualTo(5);
    }

    @Test
    void badValuesAreLocatedErrors() {
        try {
            ScenarioReader.parse("scenarios.yaml", scenario("{timers: random, leaseExpiry: forever}"), MODEL);
            throw new AssertionError("expected errors");
        } catch (InputException e) {
            List<String> problems = e.diagnostics().stream().map(Diagnostic::format).toList();
            assertThat(problems).containsExactly(
                    "scenarios.yaml:5:25: error: 'timers' must be seeded or aligned, got 'random' [value]",
                    "scenarios.yaml:5:46: error: 'leaseExpiry' must be ttl or doubled, got 'forever' [value]");
        }
    }

    @Test
    void refusesTimersThatWouldFireMoreOftenThanEveryMillisecond() {
        try {
            ScenarioReader.parse("scenarios.yaml", scenario(
                    "{evictionInterval: 1ns, serverCacheTtl: 1us, clientCacheTtl: 0.5ms, loadBalancerCache: {ttl: 1ns}}"),
                    MODEL);
            throw new AssertionError("expected errors");
        } catch (InputException e) {
            List<String> problems = e.diagnostics().stream().map(Diagnostic::format).toList();
            assertThat(problems).hasSize(4).allSatisfy(p -> assertThat(p).contains("must be at least 1ms, got")
                    .contains("(it runs a timer, and each firing is an event; real ones run every few seconds)"));
            assertThat(problems.get(0)).startsWith("scenarios.yaml:5:35: error: 'evictionInterval' must be at least"
                    + " 1ms, got 0.001us");
        }
        assertThat(read("{evictionInterval: 1ms, loadBalancerCache: {ttl: 1ms}}").evictionInterval()).isEqualTo(0.001);
    }
}
