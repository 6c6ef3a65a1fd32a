package io.mdecomp.analysis.plan;

import io.mdecomp.analysis.graph.Ownership;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Service;
import io.mdecomp.model.Subscription;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the planner reads about a model many times while it tries candidates on it, computed once:
 * ownership, which services depend on which (calls, declared dependencies, consumed events), the
 * security zones each service holds and each service's team. O(model).
 */
final class Facts {

    private final DomainModel model;
    private final Ownership ownership;
    private final Set<String> dependencies = new HashSet<>();
    private final Map<String, Set<String>> zones = new HashMap<>();
    private final Map<String, Optional<String>> teams = new HashMap<>();

    Facts(DomainModel model) {
        this.model = model;
        this.ownership = Ownership.of(model);
        Map<String, Set<String>> publishers = new HashMap<>();
        for (Service service : model.services()) {
            teams.putIfAbsent(service.name(), service.team());
            for (Endpoint endpoint : service.endpoints()) {
                endpoint.calls().forEach(c -> dependencies.add(key(service.name(), c.service())));
                endpoint.publishes().forEach(e -> publishers.computeIfAbsent(e, k -> new HashSet<>()).add(service.name()));
            }
        }
        for (Service service : model.services()) {
            for (Subscription subscription : service.consumes()) {
                publishers.getOrDefault(subscription.event(), Set.of())
                        .forEach(p -> dependencies.add(key(service.name(), p)));
            }
        }
        model.dependencies().forEach(d -> dependencies.add(key(d.from(), d.to())));
        Map<String, String> zoneOf = new HashMap<>();
        model.entities().forEach(e -> e.securityZone().ifPresent(z -> zoneOf.put(e.name(), z)));
        for (Service service : model.services()) {
            Set<String> held = new TreeSet<>();
            service.owns().forEach(e -> {
                if (zoneOf.containsKey(e)) {
                    held.add(zoneOf.get(e));
                }
            });
            zones.putIfAbsent(service.name(), held);
        }
    }

    DomainModel model() {
        return model;
    }

    Ownership ownership() {
        return ownership;
    }

    /** True when {@code from} depends on {@code to} by a call, a declared dependency or a consumed event. */
    boolean dependsOn(String from, String to) {
        return dependencies.contains(key(from, to));
    }

    /** Every "from\0to" pair of {@link #dependsOn}. */
    Set<String> dependencies() {
        return dependencies;
    }

    /** The security zones of the entities {@code service} owns. */
    Set<String> zones(String service) {
        return zones.getOrDefault(service, Set.of());
    }

    /** Service → zones, for every service. */
    Map<String, Set<String>> zones() {
        return zones;
    }

    Optional<String> team(String service) {
        return teams.getOrDefault(service, Optional.empty());
    }

    static String key(String from, String to) {
        return from + "\u0000" + to;
    }
}
