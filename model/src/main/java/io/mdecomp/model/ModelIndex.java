package io.mdecomp.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Look-ups over a {@link DomainModel} built once in O(size): entities, contexts and services by
 * name, the owners of each entity, the publishers and consumers of each event. Immutable.
 */
public final class ModelIndex {

    private final DomainModel model;
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final Map<String, BoundedContext> contexts = new LinkedHashMap<>();
    private final Map<String, Service> services = new LinkedHashMap<>();
    private final Map<String, List<Service>> owners = new LinkedHashMap<>();
    private final Map<String, List<Service>> publishers = new TreeMap<>();
    private final Map<String, List<Service>> consumers = new TreeMap<>();

    private ModelIndex(DomainModel model) {
        this.model = model;
        model.contexts().forEach(c -> contexts.putIfAbsent(c.name(), c));
        model.entities().forEach(e -> entities.putIfAbsent(e.name(), e));
        for (Service service : model.services()) {
            services.putIfAbsent(service.name(), service);
            for (String owned : service.owns()) {
                owners.computeIfAbsent(owned, k -> new ArrayList<>()).add(service);
            }
            for (Endpoint endpoint : service.endpoints()) {
                for (String event : endpoint.publishes()) {
                    List<Service> list = publishers.computeIfAbsent(event, k -> new ArrayList<>());
                    if (!list.contains(service)) {
                        list.add(service);
                    }
                }
            }
            for (Subscription subscription : service.consumes()) {
                List<Service> list = consumers.computeIfAbsent(subscription.event(), k -> new ArrayList<>());
                if (!list.contains(service)) {
                    list.add(service);
                }
            }
        }
    }

    /** Indexes {@code model}. */
    public static ModelIndex of(DomainModel model) {
        return new ModelIndex(model);
    }

    public DomainModel model() {
        return model;
    }

    public Optional<Entity> entity(String name) {
        return Optional.ofNullable(entities.get(name));
    }

    public Optional<BoundedContext> context(String name) {
        return Optional.ofNullable(contexts.get(name));
    }

    public Optional<Service> service(String name) {
        return Optional.ofNullable(services.get(name));
    }

    /** Entities by name, in declaration order. */
    public Map<String, Entity> entities() {
        return Collections.unmodifiableMap(entities);
    }

    /** Services by name, in declaration order. */
    public Map<String, Service> services() {
        return Collections.unmodifiableMap(services);
    }

    /** The services that own {@code entity}, in declaration order (empty when none does). */
    public List<Service> owners(String entity) {
        return List.copyOf(owners.getOrDefault(entity, List.of()));
    }

    /** Event name → services whose endpoints publish it, sorted by event. */
    public Map<String, List<Service>> publishers() {
        return Collections.unmodifiableMap(publishers);
    }

    /** Event name → services that consume it, sorted by event. */
    public Map<String, List<Service>> consumers() {
        return Collections.unmodifiableMap(consumers);
    }
}
