package io.mdecomp.codegen.view;

import io.mdecomp.model.yaml.DoubleQuoted;
import io.mdecomp.model.Attribute;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Entity;
import io.mdecomp.model.EntityKind;
import io.mdecomp.model.ModelIndex;
import io.mdecomp.model.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the template view model ({@link SystemView}) from a validated {@link DomainModel}. Pure:
 * the same model and base package give equal views.
 *
 * <p>Decisions: services get ports {@code 8081, 8082, …} in model order; names are sanitized with
 * {@link Names} and made unique; a service declares a record for each entity it owns and for each
 * value object or unowned entity an attribute of a declared record needs; clients are built from
 * the endpoints' calls (one per callee service, sorted by name).
 */
public final class ViewModelBuilder {

    /** The first service's port; the n-th (0-based) gets {@code FIRST_PORT + n}. */
    public static final int FIRST_PORT = 8081;

    /** Names generated code uses itself, which entity records must not take. */
    private static final Set<String> RESERVED_TYPES = Set.of("Reply", "Json", "Application", "String", "Object",
            "Record", "Override", "Integer", "Long", "Boolean", "List", "Map", "UUID", "Instant", "LocalDate",
            "BigDecimal", "Class", "System", "Thread", "Exception", "Math", "Set");

    /** Method names of generated records, which record components must not take. */
    private static final Set<String> RESERVED_MEMBERS = Set.of("toJson", "sample", "hashCode", "toString", "equals",
            "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

    private final String basePackage;
    private final ResiliencePolicy resilience;

    /** A builder whose services live under {@code basePackage}{@code .<system>.<service>}, with Resilience4j's defaults. */
    public ViewModelBuilder(String basePackage) {
        this(basePackage, ResiliencePolicy.RESILIENCE4J_DEFAULTS);
    }

    /** A builder whose clients get their resilience settings from {@code resilience}. */
    public ViewModelBuilder(String basePackage, ResiliencePolicy resilience) {
        this.basePackage = Objects.requireNonNull(basePackage, "basePackage");
        this.resilience = Objects.requireNonNull(resilience, "resilience");
    }

    /** A builder with the base package {@code com.example}. */
    public static ViewModelBuilder withDefaults() {
        return new ViewModelBuilder("com.example");
    }

    /** The view of {@code model}. */
    public SystemView build(DomainModel model) {
        ModelIndex index = ModelIndex.of(model);
        String systemSegment = Names.packageSegment(model.system(), "system");
        String systemPackage = basePackage + "." + systemSegment;
        Map<String, String> entityClasses = entityClassNames(model);

        List<Service> services = model.services();
        List<String> classNames = Names.unique(services.stream().map(s -> Names.typeName(s.name(), "Service")).toList());
        List<String> artifactIds = Names.unique(services.stream().map(s -> Names.kebab(s.name(), "service")).toList());
        List<String> segments = Names.unique(services.stream().map(s -> Names.packageSegment(s.name(), "service")).toList());
        Map<String, Integer> positions = new LinkedHashMap<>();
        for (int i = 0; i < services.size(); i++) {
            positions.put(services.get(i).name(), i);
        }
        ServiceNames names = new ServiceNames(classNames, artifactIds, positions);
        List<List<String>> syncEdges = DependsOn.acyclic(model, positions);

        List<List<EntityView>> entities = new ArrayList<>();
        List<Map<String, String>> declared = new ArrayList<>();
        Map<String, EndpointShape> shapes = new LinkedHashMap<>();
        for (Service service : services) {
            List<EntityView> serviceEntities = entities(index, service, entityClasses);
            Map<String, String> serviceDeclared = new LinkedHashMap<>();
            serviceEntities.forEach(e -> serviceDeclared.put(e.name(), e.className()));
            entities.add(serviceEntities);
            declared.add(serviceDeclared);
            List<String> methodNames = Names.unique(service.endpoints().stream()
                    .map(e -> Names.memberName(e.name(), "endpoint")).toList());
            for (int e = 0; e < service.endpoints().size(); e++) {
                Endpoint endpoint = service.endpoints().get(e);
                shapes.put(service.name() + "." + endpoint.name(),
                        EndpointShape.of(endpoint, methodNames.get(e), serviceDeclared, serviceEntities));
            }
        }
        Map<String, EventView> events = events(index, shapes, names);

        List<ServiceView> views = new ArrayList<>();
        for (int i = 0; i < services.size(); i++) {
            Service service = services.get(i);
            String packageName = systemPackage + "." + segments.get(i);
            List<ClientView> clients = ClientViews.of(index, service, names, resilience);
            List<EndpointView> endpoints = EndpointViews.of(service, declared.get(i), entities.get(i), clients, events, shapes);
            List<EventView> publishes = new ArrayList<>(new TreeMap<>(publishedBy(service, events)).values());
            List<ConsumerView> consumes = EndpointViews.consumers(service, endpoints, events, shapes);
            List<String> dependsOn = syncEdges.get(i).stream().map(n -> artifactIds.get(positions.get(n)))
                    .sorted().toList();
            List<String> otherPackages = new ArrayList<>();
            for (int j = 0; j < services.size(); j++) {
                if (j != i) {
                    otherPackages.add(systemPackage + "." + segments.get(j));
                }
            }
            views.add(new ServiceView(service.name(), classNames.get(i), artifactIds.get(i), packageName,
                    packageName.replace('.', '/'), service.context(), service.team().orElse(""),
                    FIRST_PORT + i, service.deployment().instances(), service.deployment().workers(),
                    service.deployment().queue(), entities.get(i), endpoints, clients, publishes, consumes, dependsOn,
                    Aggregates.of(index, entities.get(i)), otherPackages.stream().sorted().toList()));
        }
        return new SystemView(model.system(), Names.kebab(model.system(), "system"), systemPackage, systemPackage,
                views, List.copyOf(events.values()));
    }

    private static Map<String, String> entityClassNames(DomainModel model) {
        List<Entity> entities = model.entities().toList();
        List<String> wanted = new ArrayList<>();
        for (Entity entity : entities) {
            String name = Names.typeName(entity.name(), "Entity");
            wanted.add(RESERVED_TYPES.contains(name) ? name + "Entity" : name);
        }
        List<String> unique = Names.unique(wanted);
        Map<String, String> classes = new LinkedHashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            classes.put(entities.get(i).name(), unique.get(i));
        }
        return classes;
    }

    /** Owned entities, then (transitively) the value objects and unowned entities their attributes use. */
    private static List<EntityView> entities(ModelIndex index, Service service, Map<String, String> classes) {
        Set<String> owned = new LinkedHashSet<>(service.owns());
        Set<String> declared = new LinkedHashSet<>(owned);
        List<String> queue = new ArrayList<>(owned);
        for (int i = 0; i < queue.size(); i++) {
            Entity entity = index.entity(queue.get(i)).orElse(null);
            if (entity == null) {
                continue;
            }
            for (Attribute attribute : entity.attributes()) {
                String element = attribute.type().element();
                if (attribute.type().isPrimitive() || declared.contains(element)) {
                    continue;
                }
                Entity referenced = index.entity(element).orElse(null);
                if (referenced != null && (referenced.kind() == EntityKind.VALUE_OBJECT
                        || index.owners(element).isEmpty())) {
                    declared.add(element);
                    queue.add(element);
                }
            }
        }
        Map<String, String> declaredClasses = new LinkedHashMap<>();
        List<Entity> ordered = index.entities().values().stream().filter(e -> declared.contains(e.name())).toList();
        ordered.forEach(e -> declaredClasses.put(e.name(), classes.get(e.name())));
        FieldMapper mapper = new FieldMapper(declaredClasses);
        List<EntityView> views = new ArrayList<>();
        for (Entity entity : ordered) {
            List<String> fieldNames = Names.unique(entity.attributes().stream()
                    .map(a -> Names.memberName(a.name(), "value"))
                    .map(n -> RESERVED_MEMBERS.contains(n) ? n + "Value" : n).toList());
            List<FieldView> fields = new ArrayList<>();
            for (int i = 0; i < entity.attributes().size(); i++) {
                fields.add(mapper.field(entity.attributes().get(i), fieldNames.get(i)));
            }
            views.add(new EntityView(entity.name(), classes.get(entity.name()), entity.kind().yamlName(),
                    owned.contains(entity.name()), fields, List.copyOf(mapper.imports(entity.attributes()))));
        }
        return views;
    }

    /**
     * Every event published or consumed, sorted by name, with the identifiers its publishing
     * requests carry and the services subscribed to it.
     */
    private static Map<String, EventView> events(ModelIndex index, Map<String, EndpointShape> shapes, ServiceNames names) {
        Set<String> eventNames = new TreeSet<>(index.publishers().keySet());
        eventNames.addAll(index.consumers().keySet());
        List<String> ordered = List.copyOf(eventNames);
        List<String> classNames = Names.unique(ordered.stream().map(n -> Names.typeName(n, "Event")).toList());
        Map<String, EventView> events = new TreeMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            String name = ordered.get(i);
            List<String> publishers = index.publishers().getOrDefault(name, List.of()).stream()
                    .map(Service::name).sorted().toList();
            List<String> consumers = index.consumers().getOrDefault(name, List.of()).stream()
                    .map(Service::name).distinct().sorted().toList();
            List<List<String>> identifiers = new ArrayList<>();
            for (EndpointShape shape : shapes.values()) {
                if (shape.endpoint().publishes().contains(name)) {
                    identifiers.add(shape.identifiers().names());
                }
            }
            List<SubscriberView> subscribers = consumers.stream().map(c -> new SubscriberView(c, names.artifactId(c),
                    FIRST_PORT + names.position(c))).toList();
            String topic = Names.kebab(name, "event");
            events.put(name, new EventView(name, classNames.get(i), topic, publishers, consumers,
                    Identifiers.eventFields(identifiers), subscribers, Names.constant("events-" + topic + "-subscribers", "events")));
        }
        return events;
    }

    private static Map<String, EventView> publishedBy(Service service, Map<String, EventView> events) {
        Map<String, EventView> published = new TreeMap<>();
        for (Endpoint endpoint : service.endpoints()) {
            endpoint.publishes().forEach(e -> published.put(e, events.get(e)));
        }
        return published;
    }

    /** {@code text} as a JSON string literal. */
    static String jsonString(String text) {
        return DoubleQuoted.of(text);
    }
}
