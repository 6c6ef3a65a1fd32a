package io.mdecomp.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mdecomp.importer.traces.ScenarioText;
import io.mdecomp.importer.traces.TraceImport;
import io.mdecomp.importer.traces.TraceImportOptions;
import io.mdecomp.importer.traces.TraceImporter;
import io.mdecomp.importer.traces.TraceReport;
import io.mdecomp.model.Call;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.format.ModelReader;
import io.mdecomp.simulator.RunOptions;
import io.mdecomp.simulator.Simulator;
import io.mdecomp.simulator.result.EstimateMetric;
import io.mdecomp.simulator.result.Replications;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.scenario.Scenario;
import io.mdecomp.simulator.scenario.ScenarioReader;
import io.mdecomp.simulator.trace.TraceFormat;
import io.mdecomp.simulator.trace.TraceOutput;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The round trip that tests trace export and import together: simulate with every request
 * traced, import the traces into a model and a scenario, simulate that, and compare. Per route
 * the mean and p99 latency (each averaged over replications) agree within 5%, and every optional
 * call's probability lies within three standard errors of the model's.
 */
class TraceRoundTripTest {

    private static final String MODEL = """
            system: shop
            version: 1
            domains:
              - name: Shop
                contexts: [{name: Front}, {name: Catalog}, {name: Pricing}, {name: Mail}]
            services:
              - name: api
                context: Front
                endpoints:
                  - name: listItems
                    method: GET
                    path: /items
                    serviceTime: {dist: lognormal, median: 2ms, p99: 10ms}
                    calls:
                      - {service: catalog, endpoint: getItem, probability: 0.7}
                      - {service: pricing, endpoint: quote}
                  - name: placeOrder
                    method: POST
                    path: /orders
                    serviceTime: {dist: gamma, mean: 4ms, cv: 0.6}
                    calls:
                      - {service: catalog, endpoint: getItem}
                      - {service: catalog, endpoint: getItem}
                      - {service: pricing, endpoint: quote, probability: 0.4}
                    publishes: [OrderPlaced]
                deployment: {instances: 2, workers: 16, queue: 100}
              - name: catalog
                context: Catalog
                endpoints:
                  - {name: getItem, method: GET, path: "/items/{id}", serviceTime: {dist: gamma, mean: 3ms, cv: 0.5}}
              - name: pricing
                context: Pricing
                endpoints:
                  - {name: quote, method: POST, path: /quotes, serviceTime: {dist: exponential, mean: 1ms}}
              - name: mailer
                context: Mail
                endpoints:
                  - {name: sendConfirmation, method: POST, path: /mails, serviceTime: 5ms}
                consumes:
                  - {event: OrderPlaced, endpoint: sendConfirmation}
            """;

    private static final String SCENARIOS = """
            scenarios:
              - name: shop
                duration: 120s
                seed: 5
                workload:
                  open: {rate: 150/s}
                  mix:
                    - {route: GET /items, weight: 3}
                    - {route: POST /orders, weight: 1}
                network: {latency: {dist: lognormal, median: 300us, p99: 2ms}}
            """;

    private static final int REPLICATIONS = 6;

    @TempDir
    Path dir;

    /** Every request of the scenario, traced in {@code format} and imported. */
    private TraceImport simulateAndImport(DomainModel original, Scenario scenario, TraceFormat format) throws IOException {
        Path traces = dir.resolve("traces-" + format.cliName() + ".json");
        try (Writer writer = Files.newBufferedWriter(traces, StandardCharsets.UTF_8)) {
            Simulator.run(original, List.of(scenario), RunOptions.DEFAULTS.withTraces(
                    new TraceOutput(format, 1, writer, TraceOutput.DEFAULT_EPOCH_NANOS)));
        }
        return new TraceImporter().importFiles(List.of(traces), TraceImportOptions.defaults().withWorkload(true));
    }

    /** Zipkin's microseconds lose nothing that matters: the calls and events come back the same. */
    @Test
    void importsZipkinTracesWithTheSameCalls() throws IOException {
        DomainModel original = ModelReader.readString("shop.yaml", MODEL);
        Scenario scenario = ScenarioReader.parse("shop-scenarios.yaml", SCENARIOS.replace("120s", "40s"), original).get(0);
        checkCallsAndStructure(simulateAndImport(original, scenario, TraceFormat.ZIPKIN));
    }

    @Test
    void simulatingTheImportedModelGivesTheSameLatenciesAndCalls() throws IOException {
        DomainModel original = ModelReader.readString("shop.yaml", MODEL);
        Scenario scenario = ScenarioReader.parse("shop-scenarios.yaml", SCENARIOS, original).get(0);
        TraceImport imported = simulateAndImport(original, scenario, TraceFormat.OTLP);
        Scenario importedScenario = ScenarioReader.parse("imported.yaml",
                ScenarioText.write("imported", imported.workload().orElseThrow()), imported.model()).get(0);

        Replications before = replications(original, scenario);
        Replications after = replications(imported.model(), importedScenario);
        for (String route : List.of("GET /items", "POST /orders")) {
            assertThat(estimate(after, EstimateMetric.ROUTE_MEAN, route))
                    .as("%s mean", route).isCloseTo(estimate(before, EstimateMetric.ROUTE_MEAN, route),
                            within(0.05 * estimate(before, EstimateMetric.ROUTE_MEAN, route)));
            assertThat(estimate(after, EstimateMetric.ROUTE_P99, route))
                    .as("%s p99", route).isCloseTo(estimate(before, EstimateMetric.ROUTE_P99, route),
                            within(0.05 * estimate(before, EstimateMetric.ROUTE_P99, route)));
        }
        checkCallsAndStructure(imported);
    }

    private static void checkCallsAndStructure(TraceImport imported) {
        withinThreeStandardErrors(imported, "api.listItems", "catalog.getItem", 0.7);
        withinThreeStandardErrors(imported, "api.listItems", "pricing.quote", 1.0);
        withinThreeStandardErrors(imported, "api.placeOrder", "catalog.getItem", 2.0);
        withinThreeStandardErrors(imported, "api.placeOrder", "pricing.quote", 0.4);
        List<Call> placeOrder = imported.model().service("api").orElseThrow().endpoint("postOrders").orElseThrow().calls();
        assertThat(placeOrder.stream().filter(c -> c.target().equals("catalog.getItemsById")).count()).isEqualTo(2);
        assertThat(imported.model().service("mailer").orElseThrow().consumes()).singleElement()
                .satisfies(s -> assertThat(s.event()).isEqualTo("OrderPlaced"));
        assertThat(imported.model().service("api").orElseThrow().deployment().instances()).isEqualTo(2);
    }

    private static void withinThreeStandardErrors(TraceImport imported, String caller, String callee, double truth) {
        String importedCaller = caller.equals("api.listItems") ? "api.getItems" : "api.postOrders";
        String importedCallee = callee.equals("catalog.getItem") ? "catalog.getItemsById" : "pricing.postQuotes";
        TraceReport.CallReport call = imported.report().calls().stream()
                .filter(c -> c.caller().equals(importedCaller) && c.callee().equals(importedCallee))
                .findFirst().orElseThrow();
        assertThat(call.perRequest()).as("%s -> %s", caller, callee)
                .isCloseTo(truth, within(Math.max(3 * call.standardError(), 1e-9)));
    }

    private static Replications replications(DomainModel model, Scenario scenario) {
        ScenarioResult result = Simulator.run(model, scenario, new RunOptions(OptionalLong.of(101), REPLICATIONS,
                RunOptions.Progress.NONE));
        return result.replications().orElseThrow();
    }

    private static double estimate(Replications replications, EstimateMetric metric, String route) {
        return replications.estimates().stream()
                .filter(e -> e.metric() == metric && e.route().map(route::equals).orElse(false))
                .findFirst().orElseThrow().mean();
    }

    @Test
    void writesTheSameTracesForTheSameSeedAndSamplesTheRequestedShare() throws IOException {
        DomainModel original = ModelReader.readString("shop.yaml", MODEL);
        Scenario scenario = ScenarioReader.parse("s.yaml", SCENARIOS.replace("120s", "10s"), original).get(0);
        String first = traces(original, scenario, 0.25);
        assertThat(traces(original, scenario, 0.25)).isEqualTo(first);
        TraceImport sampled = new TraceImporter().importFiles(List.of(Files.writeString(dir.resolve("s.json"), first)),
                TraceImportOptions.defaults().withWorkload(true).withSampling(0.25));
        long requests = sampled.report().routes().stream().mapToLong(TraceReport.RouteReport::requests).sum();
        assertThat(requests).isBetween(300L, 450L);
        assertThat(sampled.workload().orElseThrow().ratePerSecond()).isCloseTo(150, within(20.0));
    }

    private String traces(DomainModel model, Scenario scenario, double sample) throws IOException {
        java.io.StringWriter out = new java.io.StringWriter();
        Simulator.run(model, List.of(scenario), RunOptions.DEFAULTS.withTraces(
                new TraceOutput(TraceFormat.ZIPKIN, sample, out, TraceOutput.DEFAULT_EPOCH_NANOS)));
        return out.toString();
    }
}
