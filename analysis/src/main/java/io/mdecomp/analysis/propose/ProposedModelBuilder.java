package io.mdecomp.analysis.propose;

import io.mdecomp.analysis.placement.ComponentPlacer;
import io.mdecomp.analysis.placement.Placement;
import io.mdecomp.model.Call;
import io.mdecomp.model.Component;
import io.mdecomp.model.Dependency;
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
 * Builds the bare proposed model, before any interaction is added: the input's domains, entities and
 * use cases unchanged; one service per proposed cluster owning its entities, and the services that
 * own no entity as they are. A service that keeps a current name keeps that service's team; a new
 * one takes the team of the current service it drew most entities from, or else of the one whose
 * work it absorbs most. Its context is the one most of its entities belong to; its complexity the
 * mean of its sources' complexities weighted by the work it absorbs from each; its deployment
 * carries their capacity over ({@link Capacity}). Each endpoint goes to the proposed service owning
 * most of the entities it writes (else reads; else the successor of its service: the proposed
 * service that received most of its entities), except that an endpoint of a service without
 * entities stays there; a name taken there gets its old service's name appended, a route taken
 * there gets the old service's name as a first path segment. Calls, subscriptions and coarse
 * dependencies follow their endpoints and services; calls and dependencies that end up inside one
 * service become in-process and are dropped. The model's components are placed with the proposed
 * service whose entities they use most ({@link ComponentPlacer}). The result keeps every
 * reference resolvable.
 */
final class ProposedModelBuilder {

    private final DomainModel model;
    private final Map<String, List<String>> proposed;
    private final Map<String, String> assignment;
    private final Map<String, Service> current = new LinkedHashMap<>();
    private final Map<String, String> successor = new HashMap<>();
    /** "oldService\0endpoint" → {newService, newEndpoint, newPath}. */
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

    /**
     * The bare proposed model.
     *
     * @param model      the model
     * @param origin     proposed endpoint → the current endpoint it was
     * @param capacities proposed service → the capacity it carries over
     * @param placements where each of the model's components goes
     */
    record Bare(DomainModel model, Map<EndpointRef, EndpointRef> origin, Map<String, ServiceCapacity> capacities,
                List<Placement> placements) {
    }

    Bare build() {
        Map<String, List<String[]>> hosted = new LinkedHashMap<>();
        Map<String, Set<String>> names = new HashMap<>();
        Map<String, Set<String>> routes = new HashMap<>();
        proposed.keySet().forEach(name -> {
            hosted.put(name, new ArrayList<>());
            names.put(name, new HashSet<>());
            routes.put(name, new HashSet<>());
        });
        Map<EndpointRef, String> hostOf = new HashMap<>();
        Map<EndpointRef, EndpointRef> origin = new LinkedHashMap<>();
        for (Service service : current.values()) {
            for (Endpoint endpoint : service.endpoints()) {
                String target = service.owns().isEmpty() && proposed.containsKey(service.name()) ? service.name()
                        : plurality(endpoint.writes(), plurality(endpoint.reads(), successor.get(service.name())));
                String prefix = service.name().replaceAll("[^A-Za-z0-9]", "");
                String name = endpoint.name();
                if (!names.get(target).add(name)) {
                    name = endpoint.name() + prefix;
                    names.get(target).add(name);
                }
                String path = endpoint.path();
                if (!routes.get(target).add(endpoint.method().yamlName() + " " + path)) {
                    path = "/" + prefix.toLowerCase(java.util.Locale.ROOT) + (path.startsWith("/") ? "" : "/") + path;
                    routes.get(target).add(endpoint.method().yamlName() + " " + path);
                }
                endpointMoves.put(service.name() + "\u0000" + endpoint.name(), new String[] {target, name, path});
                hosted.get(target).add(new String[] {service.name(), endpoint.name()});
                hostOf.put(new EndpointRef(service.name(), endpoint.name()), target);
                origin.put(new EndpointRef(target, name), new EndpointRef(service.name(), endpoint.name()));
            }
        }
        Map<String, ServiceCapacity> capacities = Capacity.carry(current.values(), hostOf, assignment, successor,
                proposed.keySet());
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
            for (String[] from : hosted.get(name)) {
                Endpoint endpoint = current.get(from[0]).endpoint(from[1]).orElseThrow();
                String[] to = endpointMoves.get(from[0] + "\u0000" + from[1]);
                endpoints.add(rewrite(endpoint, to[1], to[2], name));
            }
            services.add(service(name, entry.getValue(), endpoints, consumes.getOrDefault(name, List.of()),
                    capacities.get(name)));
        }
        List<Placement> placements = ComponentPlacer.place(model.components(), assignment);
        List<Component> components = new ArrayList<>();
        for (int c = 0; c < placements.size(); c++) {
            Component component = model.components().get(c);
            components.add(new Component(component.name(), component.kind(), component.uses(),
                    placements.get(c).service(), component.links(), component.pkg(), component.location()));
        }
        DomainModel built = new DomainModel(model.system(), model.version(), model.domains(), services, dependencies(),
                model.useCases(), components, model.location());
        return new Bare(built, origin, capacities, placements);
    }

    private Service service(String name, List<String> owns, List<Endpoint> endpoints, List<Subscription> consumes,
                            ServiceCapacity capacity) {
        boolean kept = current.containsKey(name);
        Service base = kept ? current.get(name) : current.get(mostCommon(owns.stream().map(currentOwner::get)
                .filter(o -> o != null).toList()));
        Optional<String> team = base == null ? Optional.empty() : base.team();
        if (team.isEmpty()) {
            // a service without a current owner's team takes the team of the work it absorbs most of
            team = capacity.shares().entrySet().stream().max(Map.Entry.comparingByValue())
                    .flatMap(share -> current.get(share.getKey()).team());
        }
        return new Service(name, context(owns, base), team, complexity(capacity), owns, endpoints, consumes, capacity.deployment(),
                kept ? base.location() : SourceLocation.UNKNOWN);
    }

    /**
     * The mean complexity of the services a proposed one absorbs work from, weighted by the shares
     * (a source without a complexity counts as the default 0.5), to two decimals; empty when none
     * of them states one.
     */
    private OptionalDouble complexity(ServiceCapacity capacity) {
        double weighted = 0;
        double total = 0;
        boolean stated = false;
        for (Map.Entry<String, Double> share : capacity.shares().entrySet()) {
            OptionalDouble c = current.get(share.getKey()).complexity();
            stated |= c.isPresent();
            weighted += share.getValue() * c.orElse(0.5);
            total += share.getValue();
        }
        if (!stated || total <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.round(weighted / total * 100) / 100.0);
    }

    private Endpoint rewrite(Endpoint endpoint, String name, String path, String host) {
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
        return new Endpoint(name, endpoint.method(), path, endpoint.reads(), endpoint.writes(),
                endpoint.serviceTime(), calls, endpoint.publishes(), endpoint.cache(), endpoint.location(),
                endpoint.publishRules());
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
