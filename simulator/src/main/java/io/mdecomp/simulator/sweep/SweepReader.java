package io.mdecomp.simulator.sweep;

import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.yaml.DiagnosticCollector;
import io.mdecomp.model.yaml.TreeNode;
import io.mdecomp.model.yaml.YamlDocument;
import io.mdecomp.model.yaml.YamlMap;
import io.mdecomp.model.yaml.YamlNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code sweep:} sections of a scenario file, reporting every problem at once as
 * located diagnostics ({@code InputException}):
 *
 * <pre>{@code
 * sweep:
 *   replications: 3                # default 1
 *   randomNumbers: common          # common (default) | independent
 *   parameters:
 *     - {path: workload.open.rate, values: [500/s, 1000/s, 1500/s]}
 *     - {path: "resilience.calls.OrderService -> PaymentService.circuitBreaker.failureRateThreshold",
 *        range: {from: 20%, to: 80%, step: 20%}}
 * }</pre>
 *
 * A value may be any YAML value (a mapping replaces a whole section); a range's {@code from},
 * {@code to} and {@code step} are numbers with the same unit ({@code 100ms}, {@code 20%},
 * {@code 200/s}, or none). Whether each value suits its place is checked when the points are
 * read as scenarios ({@link SweepPlanner}).
 */
public final class SweepReader {

    private static final Pattern NUMBER = Pattern.compile("([-+]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?)\\s*(.*)");

    private SweepReader() {
    }

    /**
     * The sweep of each scenario that declares one, by scenario name in file order; throws
     * {@code InputException} with every problem of the sections.
     */
    public static Map<String, SweepDefinition> read(YamlDocument document) {
        DiagnosticCollector problems = new DiagnosticCollector(document.file());
        Map<String, SweepDefinition> sweeps = new LinkedHashMap<>();
        Optional<YamlMap> root = document.root(problems).asMap();
        Optional<List<YamlNode>> items = root.flatMap(r -> r.optional("scenarios"))
                .flatMap(n -> n.asList("a list of scenarios"));
        for (YamlNode item : items.orElse(List.of())) {
            Optional<YamlMap> scenario = item.asMap();
            if (scenario.isEmpty()) {
                continue;
            }
            Optional<String> name = scenario.get().optional("name").flatMap(YamlNode::asName);
            Optional<YamlNode> sweep = scenario.get().optional("sweep");
            if (name.isPresent() && sweep.isPresent()) {
                sweep.get().labelled("'sweep' of scenario '" + name.get() + "'").asMap()
                        .flatMap(SweepReader::definition).ifPresent(d -> sweeps.putIfAbsent(name.get(), d));
            }
        }
        problems.throwIfErrors();
        return sweeps;
    }

    private static Optional<SweepDefinition> definition(YamlMap sweep) {
        sweep.allowOnly("parameters", "replications", "randomNumbers");
        int replications = sweep.optional("replications")
                .flatMap(n -> n.asIntIn(1, io.mdecomp.simulator.RunOptions.MAX_REPLICATIONS, SweepDefinition.LIMIT_REASON))
                .orElse(1);
        RandomNumbers mode = sweep.optional("randomNumbers").flatMap(n -> n.asName().flatMap(label -> {
            Optional<RandomNumbers> named = RandomNumbers.named(label);
            if (named.isEmpty()) {
                n.error("value", "unknown 'randomNumbers' '" + label + "' (known: common, independent)");
            }
            return named;
        })).orElse(RandomNumbers.COMMON);
        List<SweepParameter> parameters = new ArrayList<>();
        Set<String> paths = new LinkedHashSet<>();
        Optional<List<YamlNode>> items = sweep.required("parameters").flatMap(n -> n.asList("a list of parameters"));
        for (YamlNode item : items.orElse(List.of())) {
            item.asMap().flatMap(SweepReader::parameter).ifPresent(p -> {
                if (!paths.add(p.path().text())) {
                    sweep.problems().error(p.location(), "duplicate", "path '" + p.path().text()
                            + "' is swept twice; give all its values in one parameter");
                } else {
                    parameters.add(p);
                }
            });
        }
        if (items.isPresent() && items.get().isEmpty()) {
            sweep.problems().error(sweep.location(), "value", "'parameters' is empty; sweep at least one value");
            return Optional.empty();
        }
        long points = 1;
        for (SweepParameter p : parameters) {
            points *= p.values().size();
            if (points > SweepDefinition.MAX_POINTS) {
                sweep.problems().error(sweep.location(), "limit", "the sweep has more than "
                        + SweepDefinition.MAX_POINTS + " points (" + SweepDefinition.LIMIT_REASON
                        + "); sweep fewer values");
                return Optional.empty();
            }
        }
        return Optional.of(new SweepDefinition(parameters, replications, mode, sweep.location()));
    }

    private static Optional<SweepParameter> parameter(YamlMap p) {
        p.allowOnly("path", "values", "range");
        Optional<YamlNode> pathNode = p.required("path");
        Optional<SweepPath> path = pathNode.flatMap(YamlNode::asName).flatMap(text -> {
            try {
                SweepPath parsed = SweepPath.parse(text);
                if (parsed.head().equals("name") || parsed.head().equals("sweep")) {
                    pathNode.get().error("value", "a sweep cannot change the scenario's '" + parsed.head() + "'");
                    return Optional.empty();
                }
                return Optional.of(parsed);
            } catch (SweepPath.PathException e) {
                pathNode.get().error("value", e.getMessage());
                return Optional.empty();
            }
        });
        Optional<YamlNode> values = p.optional("values");
        Optional<YamlNode> range = p.optional("range");
        List<TreeNode> nodes = new ArrayList<>();
        if (values.isPresent() == range.isPresent()) {
            p.problems().error(p.location(), "value", "a parameter needs either 'values' (a list) or 'range'"
                    + " ({from, to, step}), not " + (values.isPresent() ? "both" : "neither"));
        } else if (values.isPresent()) {
            values.get().asList("a list of values").ifPresent(list -> {
                if (list.isEmpty()) {
                    values.get().error("value", "'values' is empty; give at least one value");
                }
                if (list.size() > SweepDefinition.MAX_VALUES) {
                    values.get().error("limit", "'values' has " + list.size() + " values; at most "
                            + SweepDefinition.MAX_VALUES);
                    return;
                }
                list.forEach(v -> nodes.add(v.tree()));
            });
        } else {
            range.get().labelled("'range'").asMap().ifPresent(r -> nodes.addAll(range(r)));
        }
        if (path.isEmpty() || nodes.isEmpty()) {
            return Optional.empty();
        }
        List<String> labels = nodes.stream().map(FlowText::of).toList();
        Set<String> distinct = new LinkedHashSet<>(labels);
        if (distinct.size() != labels.size()) {
            p.problems().error(p.location(), "duplicate", "path '" + path.get().text() + "' takes a value twice ("
                    + String.join(", ", labels) + "); each value once");
            return Optional.empty();
        }
        return Optional.of(new SweepParameter(path.get(), nodes, labels, p.location()));
    }

    /** The values {@code from, from + step, ...} up to {@code to}, in the unit they are written in. */
    private static List<TreeNode> range(YamlMap r) {
        r.allowOnly("from", "to", "step");
        Optional<Quantity> from = r.required("from").flatMap(SweepReader::quantity);
        Optional<Quantity> to = r.required("to").flatMap(SweepReader::quantity);
        Optional<Quantity> step = r.required("step").flatMap(SweepReader::quantity);
        if (from.isEmpty() || to.isEmpty() || step.isEmpty()) {
            return List.of();
        }
        String unit = from.get().unit;
        if (!to.get().unit.equals(unit) || !step.get().unit.equals(unit)) {
            r.problems().error(r.location(), "value", "write 'from', 'to' and 'step' of a range in one unit, got '"
                    + from.get().text + "', '" + to.get().text + "' and '" + step.get().text + "'");
            return List.of();
        }
        if (step.get().value.signum() <= 0) {
            r.problems().error(step.get().location, "value", "'step' must be above zero, got '" + step.get().text + "'");
            return List.of();
        }
        if (to.get().value.compareTo(from.get().value) < 0) {
            r.problems().error(to.get().location, "value", "'to' (" + to.get().text + ") is below 'from' ("
                    + from.get().text + ")");
            return List.of();
        }
        BigDecimal count = to.get().value.subtract(from.get().value).divide(step.get().value,
                java.math.MathContext.DECIMAL64).setScale(0, java.math.RoundingMode.FLOOR).add(BigDecimal.ONE);
        if (count.compareTo(BigDecimal.valueOf(SweepDefinition.MAX_VALUES)) > 0) {
            String many = count.precision() > 15 ? count.round(new java.math.MathContext(3)).toString() : count.toPlainString();
            r.problems().error(r.location(), "limit", "the range has " + many + " values; at most "
                    + SweepDefinition.MAX_VALUES + " (" + SweepDefinition.LIMIT_REASON + "); make 'step' larger");
            return List.of();
        }
        List<TreeNode> values = new ArrayList<>();
        SourceLocation at = r.location();
        for (int i = 0; i < count.intValue(); i++) {
            BigDecimal value = from.get().value.add(step.get().value.multiply(BigDecimal.valueOf(i)));
            String text = plain(value) + unit;
            values.add(new TreeNode.Scalar(text, false, at.line() - 1, at.column() - 1));
        }
        return values;
    }

    private static String plain(BigDecimal value) {
        String text = value.stripTrailingZeros().toPlainString();
        return text.equals("-0") ? "0" : text;
    }

    /** A number and the unit written after it. */
    private record Quantity(BigDecimal value, String unit, String text, SourceLocation location) {
    }

    private static Optional<Quantity> quantity(YamlNode node) {
        return node.asString().flatMap(text -> {
            Matcher m = NUMBER.matcher(text.strip());
            if (!m.matches()) {
                node.error("value", node.label() + " must be a number with an optional unit (20%, 100ms, 200/s),"
                        + " got " + node.describe());
                return Optional.empty();
            }
            return Optional.of(new Quantity(new BigDecimal(m.group(1)), m.group(2), text.strip(), node.location()));
        });
    }
}
