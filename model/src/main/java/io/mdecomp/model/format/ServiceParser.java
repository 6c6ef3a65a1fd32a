package io.mdecomp.model.format;

import io.mdecomp.model.Cache;
import io.mdecomp.model.Call;
import io.mdecomp.model.CallMode;
import io.mdecomp.model.Deployment;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.PublishRule;
import io.mdecomp.model.HttpMethod;
import io.mdecomp.model.Service;
import io.mdecomp.model.Subscription;
import io.mdecomp.model.distribution.Distribution;
import io.mdecomp.model.quantity.Duration;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.yaml.YamlMap;
import io.mdecomp.model.yaml.YamlNode;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * The services part of a model document: services, endpoints, calls, subscriptions and
 * deployments. {@code owns} is left empty when absent, and {@link ModelReader} fills in the default.
 */
final class ServiceParser {

    private final ModelParser parent;
    private final Set<SourceLocation> explicitOwns = new HashSet<>();

    ServiceParser(ModelParser parent) {
        this.parent = parent;
    }

    /** The locations of the services that list {@code owns} themselves. */
    Set<SourceLocation> explicitOwns() {
        return explicitOwns;
    }

    Optional<Service> service(YamlNode node) {
        return node.asMap().flatMap(map -> {
            Optional<String> name = map.name("name");
            YamlMap service = map.labelled(name.map(n -> "service '" + n + "'").orElse(map.label()));
            service.allowOnly("name", "context", "team", "complexity", "owns", "endpoints", "consumes", "deployment");
            parent.recordName(service);
            Optional<String> context = parent.required(service, "context");
            Optional<String> team = parent.single(service, "team");
            Optional<Double> complexity = service.optional("complexity").flatMap(n -> n.asDoubleIn(0, true, 1, true));
            List<String> owns = parent.names(service, "owns");
            if (service.has("owns")) {
                explicitOwns.add(service.location());
            }
            List<Endpoint> endpoints = service.optional("endpoints")
                    .flatMap(n -> n.asListOf("a list of endpoints", this::endpoint)).orElse(List.of());
            List<Subscription> consumes = service.optional("consumes")
                    .flatMap(n -> n.asListOf("a list of subscriptions such as {event: OrderPlaced, endpoint: onOrder}",
                            this::subscription)).orElse(List.of());
            Deployment deployment = service.optional("deployment").flatMap(this::deployment).orElse(Deployment.DEFAULT);
            if (name.isEmpty()) {
                return Optional.empty();
            }
            // a missing context is already reported; keeping the service avoids follow-up errors
            return Optional.of(new Service(name.get(), context.orElse(""), team,
                    complexity.map(OptionalDouble::of).orElse(OptionalDouble.empty()), owns, endpoints, consumes,
                    deployment, service.location()));
        });
    }

    private Optional<Endpoint> endpoint(YamlNode node) {
        return node.asMap().flatMap(map -> {
            Optional<String> name = map.name("name");
            YamlMap endpoint = map.labelled(name.map(n -> "endpoint '" + n + "'").orElse(map.label()));
            endpoint.allowOnly("name", "method", "path", "reads", "writes", "serviceTime", "calls", "publishes", "cache");
            parent.recordName(endpoint);
            HttpMethod method = endpoint.optional("method").flatMap(n -> n.asEnum(HttpMethod.class)).orElse(HttpMethod.GET);
            Optional<String> path = endpoint.optional("path").flatMap(this::path);
            List<String> reads = parent.names(endpoint, "reads");
            List<String> writes = parent.names(endpoint, "writes");
            Optional<Distribution> serviceTime = endpoint.optional("serviceTime").flatMap(YamlNode::asDistribution);
            List<Call> calls = endpoint.optional("calls")
                    .flatMap(n -> n.asListOf("a list of calls such as {service: S, endpoint: e}", this::call))
                    .orElse(List.of());
            TreeMap<String, PublishRule> rules = new TreeMap<>();
            List<String> publishes = parent.publications(endpoint, "publishes", rules);
            Optional<Cache> cache = endpoint.optional("cache").flatMap(this::cache);
            return name.map(n -> new Endpoint(n, method, path.orElse("/" + n), reads, writes, serviceTime, calls,
                    publishes, cache, endpoint.location(), rules));
        });
    }

    private Optional<String> path(YamlNode node) {
        return node.asName().filter(text -> {
            boolean ok = text.startsWith("/") && text.chars().noneMatch(Character::isWhitespace);
            if (!ok) {
                node.error("value", "path '" + text + "' must start with '/' and contain no spaces, e.g. /orders");
            }
            return ok;
        });
    }

    private Optional<Call> call(YamlNode node) {
        return node.asMap().flatMap(map -> {
            map.allowOnly("service", "endpoint", "mode", "probability", "parallel", "timeout");
            Optional<String> service = parent.required(map, "service");
            Optional<String> endpoint = parent.required(map, "endpoint");
            CallMode mode = map.optional("mode").flatMap(n -> n.asEnum(CallMode.class)).orElse(CallMode.SYNC);
            double probability = map.optional("probability").flatMap(n -> n.asDoubleIn(0, false, 1, true)).orElse(1.0);
            boolean parallel = map.optional("parallel").flatMap(YamlNode::asBoolean).orElse(false);
            Optional<Duration> timeout = map.optional("timeout").flatMap(YamlNode::asDuration);
            return service.flatMap(s -> endpoint.map(e -> new Call(s, e, mode, probability, parallel, timeout,
                    map.location())));
        });
    }

    private Optional<Cache> cache(YamlNode node) {
        return node.asMap().flatMap(map -> {
            map.allowOnly("hitRatio");
            return map.required("hitRatio").flatMap(n -> n.asDoubleIn(0, true, 1, true)).map(Cache::new);
        });
    }

    private Optional<Subscription> subscription(YamlNode node) {
        return node.asMap().flatMap(map -> {
            map.allowOnly("event", "endpoint");
            Optional<String> event = parent.required(map, "event");
            Optional<String> endpoint = parent.required(map, "endpoint");
            return event.flatMap(ev -> endpoint.map(en -> new Subscription(ev, en, map.location())));
        });
    }

    private Optional<Deployment> deployment(YamlNode node) {
        return node.asMap().flatMap(map -> {
            map.allowOnly("instances", "workers", "queue");
            String why = Deployment.LIMIT_REASON;
            Optional<Integer> instances = map.optional("instances")
                    .map(n -> n.asIntIn(1, Deployment.MAX_INSTANCES, why))
                    .orElse(Optional.of(Deployment.DEFAULT.instances()));
            Optional<Integer> workers = map.optional("workers").map(n -> n.asIntIn(1, Deployment.MAX_WORKERS, why))
                    .orElse(Optional.of(Deployment.DEFAULT.workers()));
            Optional<Integer> queue = map.optional("queue").map(n -> n.asIntIn(0, Deployment.MAX_QUEUE, why))
                    .orElse(Optional.of(Deployment.DEFAULT.queue()));
            if (instances.isEmpty() || workers.isEmpty() || queue.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Deployment(instances.get(), workers.get(), queue.get()));
        });
    }
}
