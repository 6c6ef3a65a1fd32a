package io.mdecomp.simulator.tune;

import io.mdecomp.model.DomainModel;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.yaml.TreeNode;
import io.mdecomp.model.yaml.YamlDocument;
import io.mdecomp.simulator.scenario.Scenario;
import io.mdecomp.simulator.scenario.ScenarioReader;
import io.mdecomp.simulator.sweep.FlowText;
import io.mdecomp.simulator.sweep.PointOutcome;
import io.mdecomp.simulator.sweep.ScenarioOutcome;
import io.mdecomp.simulator.sweep.SweepDefinition;
import io.mdecomp.simulator.sweep.SweepParameter;
import io.mdecomp.simulator.sweep.SweepPlan;
import io.mdecomp.simulator.sweep.SweepPlanner;
import io.mdecomp.simulator.sweep.SweepReader;
import io.mdecomp.simulator.sweep.SweepReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Resilience tuning: a sweep over a scenario's resilience settings (timeouts, retries, breakers,
 * bulkheads, per call or as defaults), run like any sweep (every combination, common random
 * numbers by default, ranked by objectives met, error budget spent and retry amplification), and
 * the best point's {@code resilience:} block written back as YAML.
 *
 * <p>Only sweeps whose every parameter lies under {@code resilience} qualify: a point that also
 * changed the load or the deployment would recommend settings for a system other than the one
 * the scenario describes.
 */
public final class ResilienceTuning {

    private ResilienceTuning() {
    }

    /**
     * The plan of the resilience sweeps of {@code document}: of the scenarios named in
     * {@code options}, or of every scenario with a sweep when none is named. Throws
     * {@code InputException} (located) when a chosen scenario has no sweep, a sweep changes
     * something other than resilience settings, or the file has no sweep at all.
     */
    public static SweepPlan plan(YamlDocument document, DomainModel model, SweepPlanner.Options options) {
        List<Scenario> scenarios = ScenarioReader.read(document, model);
        Map<String, SweepDefinition> sweeps = SweepReader.read(document);
        List<String> names = options.scenarios().isEmpty() ? List.copyOf(sweeps.keySet()) : options.scenarios();
        List<Diagnostic> problems = new ArrayList<>();
        if (names.isEmpty()) {
            SourceLocation at = scenarios.isEmpty() ? new SourceLocation(document.file(), 1, 1)
                    : scenarios.get(0).location();
            problems.add(Diagnostic.error(at, "missing-key", "no scenario has a 'sweep:' section; tune resilience"
                    + " needs one over resilience settings, e.g. {path: \"resilience.calls.A -> B.circuitBreaker"
                    + ".failureRateThreshold\", values: [25%, 50%]}"));
        }
        for (String name : names) {
            SweepDefinition sweep = sweeps.get(name);
            if (sweep == null) {
                SourceLocation at = scenarios.stream().filter(s -> s.name().equals(name)).findFirst()
                        .map(Scenario::location).orElse(new SourceLocation(document.file(), 1, 1));
                problems.add(Diagnostic.error(at, "missing-key", "scenario '" + name + "' has no 'sweep:' section;"
                        + " tune resilience needs one over resilience settings"));
                continue;
            }
            for (SweepParameter parameter : sweep.parameters()) {
                if (!parameter.path().head().equals("resilience")) {
                    problems.add(Diagnostic.error(parameter.location(), "value", "tune resilience sweeps"
                            + " resilience settings only, but '" + parameter.path().text() + "' changes the scenario's '"
                            + parameter.path().head() + "'; run this sweep with 'mdecomp sweep run'"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems.stream().sorted(Diagnostic.ORDER).toList());
        }
        return SweepPlanner.plan(document, model, new SweepPlanner.Options(names, options.replications(),
                options.seed(), options.confidence(), options.source()));
    }

    /** Per scenario of {@code report}, the best point's settings and {@code resilience:} block. */
    public static List<ResilienceRecommendation> recommend(SweepPlan plan, SweepReport report) {
        List<ResilienceRecommendation> recommendations = new ArrayList<>();
        for (int s = 0; s < report.scenarios().size(); s++) {
            ScenarioOutcome outcome = report.scenarios().get(s);
            PointOutcome best = outcome.best();
            List<String> settings = new ArrayList<>();
            for (int a = 0; a < outcome.sweep().axes().size(); a++) {
                settings.add(outcome.sweep().axes().get(a).path() + " = " + best.values().get(a));
            }
            List<PointOutcome> pareto = outcome.ranking().stream().map(outcome.points()::get)
                    .filter(PointOutcome::pareto).toList();
            TreeNode resilience = value(plan.tree(s, best.point()), "resilience");
            recommendations.add(new ResilienceRecommendation(outcome.sweep().name(), settings, best, pareto,
                    block("resilience", resilience, "")));
        }
        return recommendations;
    }

    private static TreeNode value(TreeNode.Mapping mapping, String key) {
        for (TreeNode.Entry entry : mapping.entries()) {
            if (entry.key() instanceof TreeNode.Scalar k && k.value().equals(key)) {
                return entry.value();
            }
        }
        return new TreeNode.Mapping(List.of(), mapping.line(), mapping.column());
    }

    /**
     * {@code key: value} as YAML: a mapping that holds a mapping in block style, one entry a line,
     * indented by two; any other value (a mapping of scalars, a list, a scalar) in flow style on
     * the key's line.
     */
    static String block(String key, TreeNode value, String indent) {
        StringBuilder text = new StringBuilder(indent).append(FlowText.scalar(key)).append(':');
        if (value instanceof TreeNode.Mapping mapping && !mapping.entries().isEmpty()
                && mapping.entries().stream().anyMatch(e -> e.value() instanceof TreeNode.Mapping)) {
            text.append('\n');
            for (TreeNode.Entry entry : mapping.entries()) {
                String name = entry.key() instanceof TreeNode.Scalar k ? k.value() : FlowText.of(entry.key());
                text.append(block(name, entry.value(), indent + "  "));
            }
            return text.toString();
        }
        return text.append(' ').append(FlowText.of(value)).append('\n').toString();
    }
}
