package io.mdecomp.bench.simulation;

import io.mdecomp.model.DomainModel;
import io.mdecomp.model.format.ModelReader;
import io.mdecomp.simulator.RunOptions;
import io.mdecomp.simulator.Simulator;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.scenario.Scenario;
import io.mdecomp.simulator.scenario.ScenarioReader;
import java.nio.file.Path;

/** The e-commerce sample's {@code steady-state} scenario, with a chosen simulated duration. */
final class EcommerceRun {

    final DomainModel model;
    final Scenario scenario;

    EcommerceRun(Path samples, String scenarioName, double seconds) {
        this.model = ModelReader.read(samples.resolve("model.yaml"));
        Scenario base = ScenarioReader.read(samples.resolve("scenarios.yaml"), model).stream()
                .filter(s -> s.name().equals(scenarioName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scenario " + scenarioName));
        this.scenario = base.toBuilder().duration(seconds).warmup(0).maxEvents(Long.MAX_VALUE)
                .bucketSeconds(Math.max(1, seconds / 60)).build();
    }

    ScenarioResult run() {
        return Simulator.run(model, scenario, RunOptions.DEFAULTS);
    }

    static Path samples() {
        return Path.of(System.getProperty("mdecomp.samples", "samples/ecommerce"));
    }
}
