package io.mdecomp.analysis.plan;

import io.mdecomp.model.Call;
import io.mdecomp.model.Dependency;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Entity;
import io.mdecomp.model.Service;
import io.mdecomp.model.Subscription;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * One change of ownership applied to a model with as little else changed as possible: the
 * services it names get their new entities, the endpoints of the services that lose entities go
 * where what they write (else read) now lives, and nothing of any other service moves.
 *
 * <p>An endpoint of a changed service goes to the changed service that now owns most of the
 * entities it writes (else reads); it stays where it is on a tie with its own service or when it
 * touches none of them, and goes to its service's successor when its service is gone. A name taken
 * in its new service gets the old service's name appended, a route taken there gets the old
 * service's name as a first path segment. Calls to moved endpoints follow them (a call that ends
 * up inside one service stays: the work still happens, in-process); subscriptions follow their
 * endpoint; declared dependencies follow their services' successors, and one that ends up inside
 * a service is dropped. O(model).
 *
 * @param owns       each service after the change that the change touches → the entities it owns,
 *                   in model order
 * @param base       each of those services → the current service it takes its team, deployment and
 *                   location from (itself when it exists now)
 * @param complexity each of those services → its complexity after the change
 * @param successor  each current service the change removes → the service that takes what is left
 *                   of it (its endpoints that touch none of the moved entities)
 */
record Recut(Map<String, List<String>> owns, Map<String, String> base, Map<String, OptionalDouble> complexity,
             Map<String, String> successor) {

    Recut {
        owns = copy(owns);
        base = Map.copyOf(base);
        complexity = Map.copyOf(complexity);
        successor = Map.copyOf(successor);
        for (String service : owns.keySet()) {
            Objects.requireNonNull(base.get(service), () -> "no base service for " + service);
        }
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> owns) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        owns.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(copy);
    }

    /** The services the change removes or rewrites (they exist now). */
    Set<String> sources(DomainModel model) {
        Set<String> sources = new HashSet<>(successor.keySet());
        model.services().forEach(s -> {
            if (owns.containsKey(s.name())) {
                sources.add(s.name());
            }
        });
        return sources;
    }

    /** The model after the change, before any interaction is added. */
    Applied apply(DomainModel model) {
        Map<String, Service> current = new LinkedHashMap<>();
        model.services().forEach(s -> current.putIfAbsent(s.name(), s));
        Map<String, String> ownerAfter = new HashMap<>();
        owns.forEach((service, entities) -> entities.forEach(e -> ownerAfter.put(e, service)));
        Set<String> sources = sources(model);

        // where each endpoint of a changed service goes, and under which name and path
        Map<String, List<Endpoint>> hosted = new LinkedHashMap<>();
        Map<String, Set<String>> names = new HashMap<>();
        Map<String, Set<String>> routes = new HashMap<>();
        owns.keySet().forEach(name -> {
            hosted.put(name, new ArrayList<>());
            names.put(name, new HashSet<>());
            routes.put(name, new HashSet<>());
        });
        Map<EndpointRef, EndpointRef> moved = new HashMap<>();
        List<String[]> placements = new ArrayList<>();
        for (Service service : current.values()) {
            if (!sources.contains(service.name())) {
                continue;
            }
            for (Endpoint endpoint : service.endpoints()) {
                String host = host(service.name(), endpoint, ownerAfter);
                placements.add(new String[] {service.name(), endpoint.name(), host});
            }
        }
        // an endpoint that stays claims its name and route first
        placements.sort(java.util.Comparator.comparing((String[] p) -> p[0].equals(p[2]) ? 0 : 1));
        for (String[] placement : placements) {
            Service service = current.get(placement[0]);
            Endpoint endpoint = service.endpoint(placement[1]).orElseThrow();
            String host = placement[2];
            String prefix = service.name().replaceAll("[^A-Za-z0-9]", "");
            String name = endpoint.name();
            if (!names.get(host).add(name)) {
                name = endpoint.name() + prefix;
                names.get(host).add(name);
            }
            String path = endpoint.path();
            if (!routes.get(host).add(endpoint.method().yamlName() + " " + path)) {
                path = "/" + prefix.toLowerCase(Locale.ROOT) + (path.startsWith("/") ? "" : "/") + path;
                routes.get(host).add(endpoint.method().yamlName() + " " + path);
            }
            moved.put(new EndpointRef(service.name(), endpoint.name()), new EndpointRef(host, name));
            hosted.get(host).add(new Endpoint(name, endpoint.method(), path, endpoint.reads(), endpoint.writes(),
                    endpoint.serviceTime(), endpoint.calls(), endpoint.publishes(), endpoint.cache(),
                    endpoint.location(), endpoint.publishRules()));
        }
        Map<String, List<Subscription>> consumes = new LinkedHashMap<>();
        owns.keySet().forEach(name -> consumes.put(name, new ArrayList<>()));
        for (String source : sources) {
            for (Subscription subscription : current.get(source).consumes()) {
                EndpointRef to = moved.get(new EndpointRef(source, subscription.endpoint()));
                consumes.get(to.service()).add(new Subscription(subscription.event(), to.endpoint(),
                        subscription.location()));
            }
        }

        List<Service> services = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (Service service : current.values()) {
            if (!sources.contains(service.name())) {
                services.add(rewriteCalls(service, moved));
                continue;
            }
            // a rewritten service takes its place; services made from it follow it, in the change's order
            for (String after : owns.keySet()) {
                boolean here = after.equals(service.name())
                        || (!current.containsKey(after) && base.get(after).equals(service.name()));
                if (here && placed.add(after)) {
                    services.add(rewriteCalls(build(model, after, hosted.get(after), consumes.get(after),
                            current), moved));
                }
            }
        }
        for (String after : owns.keySet()) {
            if (placed.add(after)) {
                services.add(rewriteCalls(build(model, after, hosted.get(after), consumes.get(after), current),
                        moved));
            }
        }
        DomainModel result = new DomainModel(model.system(), model.version(), model.domains(), services,
                dependencies(model), model.useCases(), model.components(), model.location());
        return new Applied(result, moved);
    }

    /** The model after the change, and where each endpoint of a changed service went. */
    record Applied(DomainModel model, Map<EndpointRef, EndpointRef> moved) {
    }

    private String host(String service, Endpoint endpoint, Map<String, String> ownerAfter) {
        String stay = owns.containsKey(service) ? service : successor.get(service);
        for (List<String> entities : List.of(endpoint.writes(), endpoint.reads())) {
            Map<String, Integer> votes = new LinkedHashMap<>();
            for (String entity : new java.util.LinkedHashSet<>(entities)) {
                String owner = ownerAfter.get(entity);
                if (owner != null) {
                    votes.merge(owner, 1, Integer::sum);
                }
            }
            if (votes.isEmpty()) {
                continue;
            }
            int most = votes.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            if (votes.getOrDefault(stay, 0) == most) {
                return stay;
            }
            for (Map.Entry<String, Integer> vote : votes.entrySet()) {
                if (vote.getValue() == most) {
                    return vote.getKey();
                }
            }
        }
        return stay;
    }

    private Service build(DomainModel model, String name, List<Endpoint> endpoints, List<Subscription> consumes,
                          Map<String, Service> current) {
        Service from = current.get(base.get(name));
        List<String> owned = owns.get(name);
        return new Service(name, context(model, owned, from.context()), from.team(),
                complexity.getOrDefault(name, from.complexity()), owned, endpoints, consumes, from.deployment(),
                from.location());
    }

    /** The context most of {@code owned} belongs to (the first to reach the count wins), else {@code fallback}. */
    private static String context(DomainModel model, List<String> owned, String fallback) {
        Set<String> mine = new HashSet<>(owned);
        Map<String, Integer> votes = new LinkedHashMap<>();
        model.entities().filter(e -> mine.contains(e.name())).map(Entity::context)
                .forEach(c -> votes.merge(c, 1, Integer::sum));
        String best = fallback;
        int most = 0;
        for (Map.Entry<String, Integer> vote : votes.entrySet()) {
            if (vote.getValue() > most) {
                best = vote.getKey();
                most = vote.getValue();
            }
        }
        return votes.containsKey(fallback) && votes.get(fallback) == most ? fallback : best;
    }

    private static Service rewriteCalls(Service service, Map<EndpointRef, EndpointRef> moved) {
        List<Endpoint> endpoints = new ArrayList<>();
        boolean changed = false;
        for (Endpoint endpoint : service.endpoints()) {
            List<Call> calls = new ArrayList<>();
            for (Call call : endpoint.calls()) {
                EndpointRef to = moved.get(new EndpointRef(call.service(), call.endpoint()));
                if (to == null) {
                    calls.add(call);
                } else {
                    changed = true;
                    calls.add(new Call(to.service(), to.endpoint(), call.mode(), call.probability(), call.parallel(),
                            call.timeout(), call.location()));
                }
            }
            endpoints.add(new Endpoint(endpoint.name(), endpoint.method(), endpoint.path(), endpoint.reads(),
                    endpoint.writes(), endpoint.serviceTime(), calls, endpoint.publishes(), endpoint.cache(),
                    endpoint.location(), endpoint.publishRules()));
        }
        return changed ? new Service(service.name(), service.context(), service.team(), service.complexity(),
                service.owns(), endpoints, service.consumes(), service.deployment(), service.location()) : service;
    }

    private List<Dependency> dependencies(DomainModel model) {
        Map<String, Dependency> result = new LinkedHashMap<>();
        for (Dependency dependency : model.dependencies()) {
            String from = successor.getOrDefault(dependency.from(), dependency.from());
            String to = successor.getOrDefault(dependency.to(), dependency.to());
            if (!from.equals(to)) {
                result.putIfAbsent(from + "\u0000" + to + "\u0000" + dependency.protocol(),
                        from.equals(dependency.from()) && to.equals(dependency.to()) ? dependency
                                : new Dependency(from, to, dependency.protocol(), dependency.location()));
            }
        }
        return new ArrayList<>(result.values());
    }
}
