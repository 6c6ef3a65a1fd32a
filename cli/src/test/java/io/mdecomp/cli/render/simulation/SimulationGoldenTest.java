package io.mdecomp.cli.render.simulation;

import io.mdecomp.cli.Golden;
import io.mdecomp.cli.Main;
import io.mdecomp.simulator.component.EndpointRef;
import io.mdecomp.simulator.result.GatewayResult;
import io.mdecomp.simulator.result.SagaResult;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.result.SimulationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every simulation format of a hand-built report (with a saga and a gateway pool) against a golden
 * file, so a change of the renderers shows as a reviewed diff; and the JSON of a real short run,
 * so a change of the simulator's numbers does too.
 */
class SimulationGoldenTest {

    @TempDir
    Path dir;

    /** The sample report, its first scenario with a saga and a gateway worker pool added. */
    static SimulationReport report() {
        SimulationReport sample = SampleSimulations.report();
        ScenarioResult base = sample.scenarios().get(0);
        SagaResult saga = new SagaResult(SampleSimulations.NASTY_ROUTE, 100, 70, 25, 3, 2, 31, 4,
                List.of(new SagaResult.Step(new EndpointRef("Inventory", "reserve"),
                        Optional.of(new EndpointRef("Inventory", "release")), 20),
                        new SagaResult.Step(new EndpointRef("Payment", "charge"), Optional.empty(), 8)));
        ScenarioResult first = new ScenarioResult(base.name(), base.seed(), base.simulatedSeconds(),
                base.wallSeconds(), base.events(), base.requests(), base.routes(), base.services(), base.calls(),
                base.breakers(), base.topics(), base.timeseries(), base.slos(), base.passed(), base.replications(),
                List.of(saga), Optional.of(new GatewayResult(64, 100, 5000, 12, 0.5, 0.25)));
        List<ScenarioResult> scenarios = new ArrayList<>(sample.scenarios());
        scenarios.set(0, first);
        return new SimulationReport(sample.schemaVersion(), sample.model(), scenarios);
    }

    @ParameterizedTest
    @EnumSource(value = SimulationFormat.class, names = "HTML", mode = EnumSource.Mode.EXCLUDE)
    void rendersTheSampleReportAsItsGoldenFile(SimulationFormat format) throws IOException {
        StringWriter out = new StringWriter();
        format.renderer(false, SampleSimulations.marks()).render(report(), out);
        Golden.assertMatches("simulation-sample." + format.label(), out.toString());
    }

    @Test
    void aShortRunOfTheSampleGivesItsGoldenJson() throws IOException {
        Path scenarios = dir.resolve("scenarios.yaml");
        Files.writeString(scenarios, """
                scenarios:
                  - name: short
                    duration: 20s
                    warmup: 2s
                    seed: 3
                    workload:
                      open: {rate: 200/s}
                      clients: 100
                      mix: [{route: "GET /products/{sku}", weight: 3}, {route: POST /orders, weight: 1}]
                    gateway: {latency: 1ms, auth: {latency: 1ms, reject: 1%}}
                    network: {latency: {dist: lognormal, median: 500us, p99: 3ms}}
                    loadBalancer: {strategy: power-of-two-choices}
                    resilience:
                      defaults:
                        timeout: 300ms
                        retry: {maxAttempts: 2, wait: 10ms, jitter: 0.5}
                        circuitBreaker: {window: 20, minimumCalls: 10, waitInOpen: 2s, halfOpenCalls: 3}
                    faults:
                      - {at: 5s, for: 5s, fail: {service: PaymentService, rate: 60%}}
                      - {at: 12s, for: 3s, kill: {service: InventoryService, instances: 1}}
                    slos:
                      - {route: POST /orders, p99: 500ms, errorRate: 1%}
                      - {availability: 99%}
                """);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "simulate", "scenarios",
                "../samples/ecommerce/model.yaml", scenarios.toString(), "--format", "json", "--no-progress");
        assertThat(code).as(err.toString()).isIn(0, 1);
        String json = out.toString().replaceAll("\"wallSeconds\": [0-9.Ee-]+", "\"wallSeconds\": 0")
                .replace(scenarios.toString(), "scenarios.yaml");
        Golden.assertMatches("simulation-short-run.json", json);
    }
}
