package io.mdecomp.codegen.view;

import java.util.List;
import java.util.Objects;

/**
 * What a per-service template sees as {@code service}.
 *
 * @param name          the service's name as written in the model
 * @param className     a Java type name ({@code OrderService})
 * @param artifactId    Maven artifact id, folder, container and Kubernetes name ({@code order-service})
 * @param packageName   its Java package ({@code com.example.ecommerce.orderservice})
 * @param packagePath   the package as a path ({@code com/example/ecommerce/orderservice})
 * @param context       the bounded context it implements
 * @param team          its team, or the empty string
 * @param port          its HTTP port: 8081 for the first service of the model, 8082 for the second, …
 * @param instances     replicas ({@code deployment.instances})
 * @param workers       concurrent request slots ({@code deployment.workers})
 * @param queue         waiting room ({@code deployment.queue})
 * @param entities      the entity records it declares: the entities it owns plus the value objects
 *                      and entities their attributes need, in model order
 * @param endpoints     its endpoints, in model order
 * @param clients       one typed client per downstream service it calls, sorted by service name
 * @param publishes     the events its endpoints publish, sorted by name
 * @param consumes      the events it consumes, in model order
 * @param dependsOn     artifact ids of the services it calls synchronously, sorted
 * @param aggregates    the aggregates whose root it declares, in declaration order
 * @param otherPackages the Java packages of every other service, sorted, which its code must not use
 */
public record ServiceView(String name, String className, String artifactId, String packageName,
                          String packagePath, String context, String team, int port, int instances,
                          int workers, int queue, List<EntityView> entities, List<EndpointView> endpoints,
                          List<ClientView> clients, List<EventView> publishes, List<ConsumerView> consumes,
                          List<String> dependsOn, List<AggregateView> aggregates, List<String> otherPackages) {

    public ServiceView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(packagePath, "packagePath");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(team, "team");
        entities = List.copyOf(entities);
        endpoints = List.copyOf(endpoints);
        clients = List.copyOf(clients);
        publishes = List.copyOf(publishes);
        consumes = List.copyOf(consumes);
        dependsOn = List.copyOf(dependsOn);
        aggregates = List.copyOf(aggregates);
        otherPackages = List.copyOf(otherPackages);
    }

    /** The events it consumes, each once, in model order. */
    public List<EventView> consumedEvents() {
        java.util.Map<String, EventView> events = new java.util.LinkedHashMap<>();
        consumes.forEach(c -> events.putIfAbsent(c.event().name(), c.event()));
        return List.copyOf(events.values());
    }

    /** True when at least one endpoint makes a call or publishes an event. */
    public boolean interacts() {
        return endpoints.stream().anyMatch(EndpointView::interacts);
    }

    /** True when at least one endpoint makes calls that run in parallel. */
    public boolean callsInParallel() {
        return endpoints.stream().anyMatch(e -> e.calls().stream().anyMatch(CallView::parallel));
    }

    /** True when at least one endpoint makes an asynchronous call. */
    public boolean callsAsynchronously() {
        return endpoints.stream().anyMatch(e -> e.calls().stream().anyMatch(c -> !c.sync()));
    }

    /** True when at least one endpoint is a POST or PATCH, which honours an {@code Idempotency-Key}. */
    public boolean honoursIdempotencyKeys() {
        return endpoints.stream().anyMatch(e -> !e.idempotent());
    }

    /** True when it publishes at least one event. */
    public boolean publishesEvents() {
        return !publishes.isEmpty();
    }

    /** True when it consumes at least one event. */
    public boolean consumesEvents() {
        return !consumes.isEmpty();
    }

    /** Its endpoints grouped by path, paths in order of first appearance. */
    public List<PathGroupView> paths() {
        java.util.Map<String, List<EndpointView>> groups = new java.util.LinkedHashMap<>();
        endpoints.forEach(e -> groups.computeIfAbsent(e.path(), k -> new java.util.ArrayList<>()).add(e));
        return groups.entrySet().stream().map(g -> new PathGroupView(g.getKey(), g.getValue())).toList();
    }

    /** The entity records its endpoints take or answer with, sorted, each once (without {@code Reply}). */
    public List<String> endpointTypes() {
        java.util.Set<String> types = new java.util.TreeSet<>();
        for (EndpointView endpoint : endpoints) {
            if (endpoint.hasRequestBody()) {
                types.add(endpoint.requestType());
            }
            if (!endpoint.responseType().equals("Reply")) {
                types.add(endpoint.responseType());
            }
        }
        return List.copyOf(types);
    }

    /** True when at least one endpoint answers with {@code Reply}. */
    public boolean usesReply() {
        return endpoints.stream().anyMatch(e -> e.responseType().equals("Reply"));
    }

    /** The events it publishes or consumes, sorted by name, each once. */
    public List<EventView> events() {
        java.util.Map<String, EventView> events = new java.util.TreeMap<>();
        publishes.forEach(e -> events.put(e.name(), e));
        consumes.forEach(c -> events.put(c.event().name(), c.event()));
        return List.copyOf(events.values());
    }

    /** True when it has at least one downstream client. */
    public boolean hasClients() {
        return !clients.isEmpty();
    }
}
