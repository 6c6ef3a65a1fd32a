package io.mdecomp.simulator.scenario;

import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Service;
import io.mdecomp.model.yaml.DiagnosticCollector;
import io.mdecomp.model.yaml.DoubleQuoted;
import io.mdecomp.model.yaml.YamlDocument;
import io.mdecomp.model.yaml.YamlLoader;
import io.mdecomp.model.yaml.YamlMap;
import io.mdecomp.model.yaml.YamlNode;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A deployment overlay: a file with one {@code deployment:} mapping, in the shape a scenario's
 * {@code deployment} has ({@code {Service: {instances, workers, queue}}}, each key optional), laid
 * over every scenario a run simulates: what it gives wins over the scenario's and the model's
 * values, key by key. {@code tune capacity} writes one; {@code simulate scenarios --deployment FILE}
 * reads it.
 *
 * @param services the overrides by service name
 */
public record DeploymentOverlay(SortedMap<String, DeploymentOverride> services) {

    public DeploymentOverlay {
        services = Collections.unmodifiableSortedMap(new TreeMap<>(services));
    }

    /** Reads {@code file} against {@code model}; throws {@code InputException} with every problem. */
    public static DeploymentOverlay read(Path file, DomainModel model) {
        return read(YamlLoader.load(file), model);
    }

    /** Reads a parsed overlay against {@code model}. */
    public static DeploymentOverlay read(YamlDocument document, DomainModel model) {
        DiagnosticCollector problems = new DiagnosticCollector(document.file());
        Map<String, DeploymentOverride> services = new TreeMap<>();
        document.root(problems).labelled("the deployment overlay").asMap().ifPresent(root -> {
            root.allowOnly("deployment");
            root.required("deployment").flatMap(YamlNode::asMap).ifPresent(d -> services.putAll(
                    DeploymentReader.read(d, (at, name) -> known(model, at, name))));
        });
        problems.throwIfErrors();
        return new DeploymentOverlay(new TreeMap<>(services));
    }

    private static boolean known(DomainModel model, YamlNode at, String name) {
        if (model.service(name).isPresent()) {
            return true;
        }
        at.error("ref", "unknown service '" + name + "' (known: "
                + model.services().stream().map(Service::name).collect(Collectors.joining(", ")) + ")");
        return false;
    }

    /** {@code scenario} with this overlay's values over its deployment. */
    public Scenario applyTo(Scenario scenario) {
        Map<String, DeploymentOverride> merged = new TreeMap<>(scenario.deployment());
        services.forEach((service, over) -> merged.merge(service, over, DeploymentOverlay::over));
        return scenario.toBuilder().deployment(merged).build();
    }

    private static DeploymentOverride over(DeploymentOverride base, DeploymentOverride top) {
        return new DeploymentOverride(or(top.instances(), base.instances()), or(top.workers(), base.workers()),
                or(top.queue(), base.queue()));
    }

    private static OptionalInt or(OptionalInt first, OptionalInt second) {
        return first.isPresent() ? first : second;
    }

    /**
     * This overlay as the YAML file {@link #read} reads back to an equal overlay: a
     * {@code deployment:} mapping, one line per service in name order, preceded by
     * {@code comment}'s lines as {@code #} comments (none when it is empty).
     */
    public String yaml(String comment) {
        StringBuilder text = new StringBuilder();
        if (!comment.isEmpty()) {
            comment.lines().forEach(line -> text.append(line.isBlank() ? "#" : "# " + line).append('\n'));
        }
        text.append("deployment:");
        if (services.isEmpty()) {
            return text.append(" {}\n").toString();
        }
        text.append('\n');
        services.forEach((service, override) -> {
            StringBuilder values = new StringBuilder();
            override.instances().ifPresent(n -> values.append("instances: ").append(n));
            override.workers().ifPresent(n -> values.append(values.isEmpty() ? "" : ", ").append("workers: ").append(n));
            override.queue().ifPresent(n -> values.append(values.isEmpty() ? "" : ", ").append("queue: ").append(n));
            text.append("  ").append(key(service)).append(": {").append(values).append("}\n");
        });
        return text.toString();
    }

    /** A service name as a YAML key: plain when it is safe so, else double-quoted. */
    private static String key(String name) {
        if (name.matches("[A-Za-z_][A-Za-z0-9_.-]*") && !name.matches("(?i)(true|false|yes|no|on|off|null|y|n)")) {
            return name;
        }
        return DoubleQuoted.of(name);
    }
}
