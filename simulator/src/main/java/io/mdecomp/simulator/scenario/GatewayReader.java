package io.mdecomp.simulator.scenario;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.distribution.Distribution;
import io.mdecomp.model.yaml.YamlMap;
import io.mdecomp.model.yaml.YamlNode;
import io.mdecomp.simulator.component.GatewaySettings;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads a scenario's {@code gateway:} map: {@code latency}, {@code rateLimit}, {@code auth}, and
 * the worker pool {@code workers} (at least 1) with its {@code queue} (at least 0; default 100,
 * an instance's default, when {@code workers} is given alone; an error without {@code workers}).
 */
final class GatewayReader {

    /** The gateway's waiting room when {@code workers} is given without {@code queue}: as an instance's. */
    static final int DEFAULT_QUEUE = Deployment.DEFAULT.queue();

    private GatewayReader() {
    }

    static GatewaySettings read(YamlMap g) {
        g.allowOnly("latency", "rateLimit", "auth", "workers", "queue");
        Optional<Distribution> latency = g.optional("latency").flatMap(Values::latency);
        OptionalDouble perRoute = OptionalDouble.empty();
        OptionalDouble perClient = OptionalDouble.empty();
        double burst = 1;
        Optional<YamlMap> limit = g.optional("rateLimit").flatMap(YamlNode::asMap);
        if (limit.isPresent()) {
            limit.get().allowOnly("perRoute", "perClient", "burst");
            perRoute = rate(limit.get(), "perRoute");
            perClient = rate(limit.get(), "perClient");
            burst = limit.get().optional("burst").flatMap(Values::positiveSeconds).orElse(1.0);
        }
        double authLatency = 0;
        double reject = 0;
        Optional<YamlMap> auth = g.optional("auth").flatMap(YamlNode::asMap);
        if (auth.isPresent()) {
            auth.get().allowOnly("latency", "reject");
            authLatency = Values.seconds(auth.get(), "latency", 0);
            reject = Values.fraction(auth.get(), "reject", 0);
        }
        GatewaySettings settings = new GatewaySettings(latency, authLatency, reject, perRoute, perClient, burst);
        Optional<Integer> workers = g.optional("workers")
                .flatMap(n -> n.asIntIn(1, ScenarioLimits.GATEWAY_WORKERS, ScenarioLimits.REASON));
        Optional<Integer> queue = g.optional("queue")
                .flatMap(n -> n.asIntIn(0, ScenarioLimits.GATEWAY_QUEUE, ScenarioLimits.REASON));
        if (g.has("queue") && !g.has("workers")) {
            g.optional("queue").ifPresent(n -> n.error("value", "the gateway's 'queue' needs 'workers':"
                    + " without workers the gateway is a pure delay and nothing waits"));
        }
        return workers.isPresent() ? settings.withWorkers(workers.get(), queue.orElse(DEFAULT_QUEUE))
                : settings;
    }

    private static OptionalDouble rate(YamlMap map, String key) {
        return map.optional(key).flatMap(YamlNode::asRate).map(r -> OptionalDouble.of(r.perSecond()))
                .orElse(OptionalDouble.empty());
    }

}
