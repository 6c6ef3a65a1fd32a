package io.mdecomp.importer.traces;

import io.mdecomp.model.quantity.Duration;
import io.mdecomp.model.format.ModelWriter;
import io.mdecomp.model.yaml.YamlText;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an imported workload as a scenario file that {@code simulate scenarios} reads: an open
 * workload at the observed rate with the observed route mix, the observed duration, the network
 * latency, and each service's own failure rate as a {@code fail} fault over the whole run.
 */
public final class ScenarioText {

    private ScenarioText() {
    }

    /** The scenario file text, one scenario named {@code name}, with a comment saying where it comes from. */
    public static String write(String name, ImportedWorkload workload) {
        List<YamlText.Entry> scenario = new ArrayList<>();
        scenario.add(new YamlText.Entry("name", YamlText.string(name)));
        scenario.add(new YamlText.Entry("duration", YamlText.raw(workload.durationSeconds() + "s")));
        scenario.add(new YamlText.Entry("seed", YamlText.raw("1")));
        List<YamlText.Value> mix = new ArrayList<>();
        for (ImportedWorkload.RouteWeight route : workload.mix()) {
            mix.add(new YamlText.Mapping(List.of(new YamlText.Entry("route", YamlText.string(route.route())),
                    new YamlText.Entry("weight", YamlText.number(route.weight()))), false));
        }
        scenario.add(new YamlText.Entry("workload", new YamlText.Mapping(List.of(
                new YamlText.Entry("open", new YamlText.Mapping(List.of(
                        new YamlText.Entry("rate", YamlText.raw(plain(workload.ratePerSecond()) + "/s"))), false)),
                new YamlText.Entry("mix", new YamlText.Sequence(mix, true))), true)));
        workload.networkLatency().ifPresent(latency -> scenario.add(new YamlText.Entry("network", new YamlText.Mapping(
                List.of(new YamlText.Entry("latency", ModelWriter.distribution(latency))), false))));
        if (!workload.failures().isEmpty()) {
            List<YamlText.Value> faults = new ArrayList<>();
            for (ImportedWorkload.ServiceFailure failure : workload.failures()) {
                faults.add(new YamlText.Mapping(List.of(new YamlText.Entry("at", YamlText.raw("0s")),
                        new YamlText.Entry("for", ModelWriter.duration(Duration.ofSeconds(workload.durationSeconds()))),
                        new YamlText.Entry("fail", new YamlText.Mapping(List.of(
                                new YamlText.Entry("service", YamlText.string(failure.service())),
                                new YamlText.Entry("rate", YamlText.raw(plain(failure.rate() * 100) + "%"))), false))),
                        false));
            }
            scenario.add(new YamlText.Entry("faults", new YamlText.Sequence(faults, true)));
        }
        YamlText.Mapping root = new YamlText.Mapping(List.of(new YamlText.Entry("scenarios",
                new YamlText.Sequence(List.of(new YamlText.Mapping(scenario, true)), true))), true);
        return "# " + workload.summary() + "\n" + YamlText.write(root);
    }

    /** Six significant digits, without an exponent (the rate and percentage syntax has none). */
    static String plain(double value) {
        return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
