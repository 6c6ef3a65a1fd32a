package io.mdecomp.simulator.sweep;

import io.mdecomp.model.DomainModel;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.yaml.TreeNode;
import io.mdecomp.model.yaml.YamlDocument;
import io.mdecomp.simulator.scenario.Scenario;
import io.mdecomp.simulator.scenario.ScenarioReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Turns a scenario file into a {@link SweepPlan}: reads the scenarios as written (their problems
 * first), reads their sweeps, and reads every point as a scenario of its own, with the point's
 * values put in place in the YAML, so each value is checked exactly as if it had been written in
 * the scenario, and a value the scenario refuses is reported at the line of the sweep that gives
 * it. A scenario without a sweep is a sweep of one point.
 */
public final class SweepPlanner {

    /** The most distinct problems collected over all points before giving up. */
    private static final int MAX_PROBLEMS = 50;

    private SweepPlanner() {
    }

    /** How to plan: which scenarios, and what the command line overrides. */
    public record Options(List<String> scenarios, OptionalInt replications, OptionalLong seed, double confidence,
                          String source) {
        public Options {
            scenarios = List.copyOf(scenarios);
            Objects.requireNonNull(replications, "replications");
            Objects.requireNonNull(seed, "seed");
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * The plan of the scenarios named in {@code options} (all when none is named) of
     * {@code document}; throws {@code InputException} with every problem, and
     * {@code IllegalArgumentException} for a scenario name the file does not have.
     */
    public static SweepPlan plan(YamlDocument document, DomainModel model, Options options) {
        List<Scenario> base = ScenarioReader.read(document, model);
        Map<String, SweepDefinition> sweeps = SweepReader.read(document);
        List<String> names = options.scenarios().isEmpty() ? base.stream().map(Scenario::name).toList()
                : options.scenarios();
        List<ScenarioSweep> headers = new ArrayList<>();
        List<List<Scenario>> scenarios = new ArrayList<>();
        List<List<TreeNode.Mapping>> trees = new ArrayList<>();
        Set<Diagnostic> problems = new LinkedHashSet<>();
        long runs = 0;
        for (String name : names) {
            Scenario scenario = base.stream().filter(s -> s.name().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown scenario '" + name + "'"));
            SweepDefinition sweep = Optional.ofNullable(sweeps.get(name))
                    .orElseGet(() -> SweepDefinition.single(1, scenario.location()));
            if (options.replications().isPresent()) {
                sweep = sweep.withReplications(options.replications().getAsInt());
            }
            TreeNode.Mapping item = item(document, name);
            if (options.seed().isPresent()) {
                TreeNode at = item;
                item = SweepPath.parse("seed").apply(item, new TreeNode.Scalar(
                        Long.toString(options.seed().getAsLong()), false, at.line(), at.column()));
            }
            List<Scenario> points = new ArrayList<>();
            List<TreeNode.Mapping> pointTrees = new ArrayList<>();
            ScenarioSweep header = new ScenarioSweep(name, scenario.seed(), sweep.replications(), sweep.randomNumbers(),
                    sweep.parameters().stream().map(SweepParameter::axis).toList(), scenario.slos());
            for (int p = 0; p < header.points() && problems.size() < MAX_PROBLEMS; p++) {
                int[] at = header.coordinates(p);
                TreeNode.Mapping tree = item;
                boolean placed = true;
                for (int a = 0; a < at.length && placed; a++) {
                    SweepParameter parameter = sweep.parameters().get(a);
                    try {
                        tree = parameter.path().apply(tree, parameter.values().get(at[a]));
                    } catch (SweepPath.PathException e) {
                        problems.add(Diagnostic.error(parameter.location(), "value", e.getMessage()));
                        placed = false;
                    }
                }
                if (!placed) {
                    break;
                }
                try {
                    points.add(read(document, tree, model));
                    pointTrees.add(tree);
                } catch (InputException e) {
                    problems.addAll(e.diagnostics());
                }
            }
            runs += header.runs();
            headers.add(header);
            scenarios.add(points);
            trees.add(pointTrees);
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems.stream().sorted(Diagnostic.ORDER).toList());
        }
        if (runs > SweepDefinition.MAX_RUNS) {
            throw new InputException(Diagnostic.error(base.get(0).location(), "limit", "the sweep makes " + runs
                    + " runs (points × replications); at most " + SweepDefinition.MAX_RUNS + " ("
                    + SweepDefinition.LIMIT_REASON + "): sweep fewer values or run fewer replications"));
        }
        String system = model.system();
        return new SweepPlan(new SweepHeader(system, options.source(), options.confidence(), headers), scenarios, trees);
    }

    private static Scenario read(YamlDocument document, TreeNode.Mapping item, DomainModel model) {
        TreeNode.Mapping root = new TreeNode.Mapping(List.of(new TreeNode.Entry(
                new TreeNode.Scalar("scenarios", false, item.line(), item.column()),
                new TreeNode.Sequence(List.of(item), item.line(), item.column()))), 0, 0);
        return ScenarioReader.read(new YamlDocument(document.file(), document.text(), root), model).get(0);
    }

    /** The mapping of scenario {@code name} in the document. */
    private static TreeNode.Mapping item(YamlDocument document, String name) {
        TreeNode.Mapping root = (TreeNode.Mapping) document.root();
        for (TreeNode.Entry entry : root.entries()) {
            if (entry.key() instanceof TreeNode.Scalar key && key.value().equals("scenarios")
                    && entry.value() instanceof TreeNode.Sequence items) {
                for (TreeNode item : items.items()) {
                    if (item instanceof TreeNode.Mapping mapping && name.equals(name(mapping))) {
                        return mapping;
                    }
                }
            }
        }
        throw new IllegalStateException("scenario '" + name + "' was read but is not in the document");
    }

    private static String name(TreeNode.Mapping mapping) {
        for (TreeNode.Entry entry : mapping.entries()) {
            if (entry.key() instanceof TreeNode.Scalar key && key.value().equals("name")
                    && entry.value() instanceof TreeNode.Scalar value) {
                return value.value().strip();
            }
        }
        return null;
    }
}
