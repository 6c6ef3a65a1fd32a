package io.mdecomp.simulator.scenario;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.yaml.YamlMap;
import io.mdecomp.model.yaml.YamlNode;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.BiPredicate;

/**
 * Reads a {@code deployment} mapping, {@code {Service: {instances, workers, queue}}} with every key
 * optional, as scenarios and deployment overlays write it; values within the model's limits.
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
                o.allowOnly("instances", "workers", "queue");
                result.put(entry.name(), new DeploymentOverride(intOpt(o, "instances", 1, Deployment.MAX_INSTANCES),
                        intOpt(o, "workers", 1, Deployment.MAX_WORKERS), intOpt(o, "queue", 0, Deployment.MAX_QUEUE)));
            });
        }
        return result;
    }

    private static OptionalInt intOpt(YamlMap map, String key, int min, int max) {
        return map.optional(key).flatMap(n -> n.asIntIn(min, max, Deployment.LIMIT_REASON)).map(OptionalInt::of)
                .orElse(OptionalInt.empty());
    }
}
