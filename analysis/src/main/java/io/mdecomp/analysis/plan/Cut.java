package io.mdecomp.analysis.plan;

import io.mdecomp.analysis.graph.Ownership;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Entity;
import io.mdecomp.model.Service;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The current cut seen by aggregates, the unit no plan step divides: which aggregates each service
 * holds (by the primary owner of their members), and each aggregate's members, context and
 * security zone. O(entities).
 */
final class Cut {

    private final DomainModel model;
    private final Ownership ownership;
    private final Map<String, List<String>> members = new LinkedHashMap<>();
    private final Map<String, String> rootOf = new HashMap<>();
    private final Map<String, String> context = new HashMap<>();
    private final Map<String, String> zone = new HashMap<>();
    private final Map<String, Service> services = new LinkedHashMap<>();

    Cut(DomainModel model, Ownership ownership) {
        this.model = model;
        this.ownership = ownership;
        Map<String, Map<String, Integer>> zones = new HashMap<>();
        for (Entity entity : (Iterable<Entity>) model.entities()::iterator) {
            members.computeIfAbsent(entity.aggregateRoot(), k -> new ArrayList<>()).add(entity.name());
            rootOf.put(entity.name(), entity.aggregateRoot());
            if (entity.name().equals(entity.aggregateRoot())) {
                context.put(entity.name(), entity.context());
            }
            entity.securityZone().ifPresent(z -> zones.computeIfAbsent(entity.aggregateRoot(), k -> new TreeMap<>())
                    .merge(z, 1, Integer::sum));
        }
        members.replaceAll((k, v) -> List.copyOf(v));
        zones.forEach((root, votes) -> zone.put(root, votes.entrySet().stream()
                .reduce((a, b) -> b.getValue() > a.getValue() ? b : a).orElseThrow().getKey()));
        model.services().forEach(s -> services.putIfAbsent(s.name(), s));
    }

    DomainModel model() {
        return model;
    }

    Ownership ownership() {
        return ownership;
    }

    /** The services, in model order. */
    Map<String, Service> services() {
        return services;
    }

    /** The members of the aggregate rooted at {@code root}, root first as declared. */
    List<String> members(String root) {
        return members.getOrDefault(root, List.of());
    }

    /** The roots of every aggregate, in model order. */
    List<String> roots() {
        return List.copyOf(members.keySet());
    }

    String contextOf(String root) {
        return context.get(root);
    }

    /** The security zone most of the aggregate's members are in, if any has one. */
    Optional<String> zoneOf(String root) {
        return Optional.ofNullable(zone.get(root));
    }

    /** The roots of the aggregates whose members {@code service} is the primary owner of, in model order. */
    List<String> aggregatesOf(String service) {
        List<String> roots = new ArrayList<>();
        for (String entity : ownership.entitiesOf(service)) {
            String root = rootOf(entity);
            if (!roots.contains(root)) {
                roots.add(root);
            }
        }
        return roots;
    }

    /** The entities of {@code roots}' aggregates that {@code service} owns (primary), in model order. */
    List<String> ownedMembers(String service, List<String> roots) {
        List<String> result = new ArrayList<>();
        for (String entity : ownership.entitiesOf(service)) {
            if (roots.contains(rootOf(entity))) {
                result.add(entity);
            }
        }
        return result;
    }

    String rootOf(String entity) {
        return rootOf.getOrDefault(entity, entity);
    }
}
