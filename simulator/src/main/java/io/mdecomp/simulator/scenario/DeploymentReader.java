package io.mdecomp.simulator.scenario;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.yaml.YamlMap;
import io.mdecomp.model.yaml.YamlNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * Reads a {@code deployment} mapping, {@code {Service: {instances, workers, queue, speeds}}} with
 * every key optional, as scenarios and deployment overlays write it; values within the model's
 * limits, speed factors in [0.001, 1000] and, when {@code instances} is given beside them, no more
 * factors than instances.
 */
final class DeploymentReader {

    private DeploymentReader() {
    }

    /** The overrides by service; {@code knownService} reports a name the model does not have and says false. */
    static Map<String, DeploymentOverride> read(YamlMap d, BiPredicate<YamlNode, String> knownService) {
        Map<String, DeploymentOverride> result = new TreeMap<>();
        for (YamlMap.Entry entry : d.entries()) {
            if (!knownService.test(entry.key(), entry.name())) {
                continue;
            }
            entry.value().labelled("deployment of '" + entry.name() + "'").asMap().ifPresent(o -> {
                o.allowOnly("instances", "workers", "queue", "speeds");
                OptionalInt instances = intOpt(o, "instances", 1, Deployment.MAX_INSTANCES);
                result.put(entry.name(), new DeploymentOverride(instances,
                        intOpt(o, "workers", 1, Deployment.MAX_WORKERS), intOpt(o, "queue", 0, Deployment.MAX_QUEUE),
                        speeds(o, instances)));
            });
        }
        return result;
    }

    private static List<Double> speeds(YamlMap o, OptionalInt instances) {
        Optional<YamlNode> node = o.optional("speeds");
        if (node.isEmpty()) {
            return List.of();
        }
        List<Double> speeds = node.get().asListOf("a list of speed factors such as [1, 1, 0.5]",
                n -> n.labelled("a speed factor").asDoubleIn(1 / DeploymentOverride.MAX_SPEED, true,
                        DeploymentOverride.MAX_SPEED, true)).orElse(List.of());
        if (instances.isPresent() && speeds.size() > instances.getAsInt()) {
            node.get().error("value", speeds.size() + " speed factors for " + instances.getAsInt()
                    + " instances: give one per instance, or fewer to repeat them");
            return List.of();
        }
        return speeds;
    }

    private static OptionalInt intOpt(YamlMap map, String key, int min, int max) {
        return map.optional(key).flatMap(n -> n.asIntIn(min, max, Deployment.LIMIT_REASON)).map(OptionalInt::of)
                .orElse(OptionalInt.empty());
    }
}
