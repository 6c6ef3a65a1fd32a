package io.mdecomp.analysis.propose;

import io.mdecomp.model.Call;
import io.mdecomp.model.Dependency;
import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Entity;
import io.mdecomp.model.Service;
import io.mdecomp.model.Subscription;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Builds the proposed model: the input's domains, entities and use cases unchanged; one service per
 * proposed cluster owning its entities. A service that keeps a current name keeps that service's
 * team, complexity and deployment; a new one takes the team of the current service it drew most
 * entities from. Its context is the one most of its entities belong to. Each endpoint goes to the
 * proposed service owning most of the entities it writes (else reads; else the successor of its
 * service: the proposed service that received most of its entities); a name taken there gets its
 * old service's name appended. Calls, subscriptions and coarse dependencies follow their endpoints
 * and services; calls and dependencies that end up inside one service become in-process and are
 * dropped. The result keeps every reference resolvable.
 */
final class ProposedModelBuilder {

    private final DomainModel model;
    private final Map<String, List<String>> proposed;
    private final Map<String, String> assignment;
    private final Map<String, Service> current = new LinkedHashMap<>();
    private final Map<String, String> successor = new HashMap<>();
    /** "oldService\0endpoint" → {newService, newEndpoint}. */
    private final Map<String, String[]> endpointMoves = new HashMap<>();
    private final Map<String, String> currentOwner = new HashMap<>();
    private final Map<String, Entity> byName = new HashMap<>();
    /** Proposed service → its position among the proposed services (ties go to the first). */
    private final Map<String, Integer> proposedOrder = new HashMap<>();

    ProposedModelBuilder(DomainModel model, Map<String, List<String>> proposed, Map<String, String> assignment) {
        this.model = model;
        this.proposed = proposed;
        this.assignment = new HashMap<>(assignment);
        proposed.keySet().forEach(name -> proposedOrder.put(name, proposedOrder.size()));
        model.services().forEach(s -> current.putIfAbsent(s.name(), s));
        current.values().forEach(s -> s.owns().forEach(e -> currentOwner.putIfAbsent(e, s.name())));
        model.entities().forEach(e -> byName.put(e.name(), e));
        String fallback = proposed.keySet().iterator().next();
        for (Service service : current.values()) {
            successor.put(service.name(), plurality(service.owns(), proposed.containsKey(service.name())
                    ? service.name() : fallback));
        }
    }

    DomainModel build() {
        Map<String, List<String[]>> hosted = new LinkedHashMap<>();
        Map<String, Set<String>> names = new HashMap<>();
        proposed.keySet().forEach(name -> {
            hosted.put(name, new ArrayList<>());
            names.put(name, new java.util.HashSet<>());
        });
        for (Service service : current.values()) {
            for (Endpoint endpoint : service.endpoints()) {
                String target = plurality(endpoint.writes(), plurality(endpoint.reads(), successor.get(service.name())));
                String name = endpoint.name();
                if (!names.get(target).add(name)) {
                    name = endpoint.name() + service.name().replaceAll("[^A-Za-z0-9]", "");
                    names.get(target).add(name);
                }
                endpointMoves.put(service.name() + "\u0000" + endpoint.name(), new String[] {target, name});
                hosted.get(target).add(new String[] {service.name(), endpoint.name()});
            }
        }
        Map<String, List<Subscription>> consumes = new HashMap<>();
        for (Service service : current.values()) {
            for (Subscription subscription : service.consumes()) {
                String[] to = endpointMoves.get(service.name() + "\u0000" + subscription.endpoint());
                if (to != null) {
                    consumes.computeIfAbsent(to[0], k -> new ArrayList<>())
                            .add(new Subscription(subscription.event(), to[1], subscription.location()));
                }
            }
        }
        List<Service> services = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : proposed.entrySet()) {
            String name = entry.getKey();
            List<Endpoint> endpoints = new ArrayList<>();
            for (String[] origin : hosted.get(name)) {
                Endpoint endpoint = current.get(origin[0]).endpoint(origin[1]).orElseThrow();
                endpoints.add(rewrite(endpoint, endpointMoves.get(origin[0] + "\u0000" + origin[1])[1], name));
            }
            services.add(service(name, entry.getValue(), endpoints, consumes.getOrDefault(name, List.of())));
        }
        return new DomainModel(model.system(), model.version(), model.domains(), services, dependencies(),
                model.useCases(), model.location());
    }

    private Service service(String name, List<String> owns, List<Endpoint> endpoints, List<Subscription> consumes) {
        boolean kept = current.containsKey(name);
        Service base = kept ? current.get(name) : current.get(mostCommon(owns.stream().map(currentOwner::get)
                .filter(o -> o != null).toList()));
        return new Service(name, context(owns, base), base == null ? Optional.empty() : base.team(),
                kept ? base.complexity() : OptionalDouble.empty(), owns, endpoints, consumes,
                kept ? base.deployment() : Deployment.DEFAULT, kept ? base.location() : SourceLocation.UNKNOWN);
    }

    private Endpoint rewrite(Endpoint endpoint, String name, String host) {
        List<Call> calls = new ArrayList<>();
        for (Call call : endpoint.calls()) {
            String[] to = endpointMoves.get(call.service() + "\u0000" + call.endpoint());
            if (to == null) {
                calls.add(call);
            } else if (!to[0].equals(host)) {
                calls.add(new Call(to[0], to[1], call.mode(), call.probability(), call.parallel(), call.timeout(),
                        call.location()));
            }
        }
        return new Endpoint(name, endpoint.method(), endpoint.path(), endpoint.reads(), endpoint.writes(),
                endpoint.serviceTime(), calls, endpoint.publishes(), endpoint.cache(), endpoint.location());
    }

    private List<Dependency> dependencies() {
        Map<String, Dependency> result = new LinkedHashMap<>();
        for (Dependency dependency : model.dependencies()) {
            String from = successor.getOrDefault(dependency.from(), dependency.from());
            String to = successor.getOrDefault(dependency.to(), dependency.to());
            if (!from.equals(to)) {
                result.putIfAbsent(from + "\u0000" + to + "\u0000" + dependency.protocol(),
                        new Dependency(from, to, dependency.protocol(), dependency.location()));
            }
        }
        return new ArrayList<>(result.values());
    }

    private String context(List<String> owns, Service base) {
        String context = mostCommon(owns.stream().map(byName::get).filter(e -> e != null).map(Entity::context).toList());
        if (context != null) {
            return context;
        }
        return base != null ? base.context() : model.contexts().findFirst().map(c -> c.name()).orElse("");
    }

    /** The most frequent value (the first to reach the count wins ties), or null for an empty list. */
    private static String mostCommon(List<String> values) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        values.forEach(v -> votes.merge(v, 1, Integer::sum));
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> vote : votes.entrySet()) {
            if (vote.getValue() > most) {
                most = vote.getValue();
                best = vote.getKey();
            }
        }
        return best;
    }

    /** The proposed service holding most of {@code entities} (first wins ties), else {@code fallback}. */
    private String plurality(List<String> entities, String fallback) {
        Map<String, Integer> votes = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (String entity : entities) {
            String service = assignment.get(entity);
            if (service != null && seen.add(entity)) {
                votes.merge(service, 1, Integer::sum);
            }
        }
        String best = fallback;
        int most = 0;
        int bestOrder = Integer.MAX_VALUE;
        for (Map.Entry<String, Integer> vote : votes.entrySet()) {
            Integer order = proposedOrder.get(vote.getKey());
            if (order != null && (vote.getValue() > most || vote.getValue() == most && order < bestOrder)) {
                most = vote.getValue();
                best = vote.getKey();
                bestOrder = order;
            }
        }
        return best;
    }
}
