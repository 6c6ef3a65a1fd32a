package io.mdecomp.codegen.view;

import io.mdecomp.model.yaml.DoubleQuoted;
import io.mdecomp.model.Attribute;
import io.mdecomp.model.Call;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Entity;
import io.mdecomp.model.EntityKind;
import io.mdecomp.model.HttpMethod;
import io.mdecomp.model.ModelIndex;
import io.mdecomp.model.Service;
import io.mdecomp.model.Subscription;
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

    /** A builder whose services live under {@code basePackage}{@code .<system>.<service>}. */
    public ViewModelBuilder(String basePackage) {
        this.basePackage = Objects.requireNonNull(basePackage, "basePackage");
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
        Map<String, EventView> events = events(index);
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

        List<ServiceView> views = new ArrayList<>();
        for (int i = 0; i < services.size(); i++) {
            Service service = services.get(i);
            String packageName = systemPackage + "." + segments.get(i);
            List<EntityView> entities = entities(index, service, entityClasses);
            Map<String, String> declared = new LinkedHashMap<>();
            entities.forEach(e -> declared.put(e.name(), e.className()));
            List<ClientView> clients = ClientViews.of(index, service, names);
            List<EndpointView> endpoints = endpoints(service, declared, entities, clients, events);
            List<EventView> publishes = new ArrayList<>(new TreeMap<>(publishedBy(service, events)).values());
            List<ConsumerView> consumes = consumers(service, endpoints, events);
            List<String> dependsOn = syncEdges.get(i).stream().map(n -> artifactIds.get(positions.get(n)))
                    .sorted().toList();
            views.add(new ServiceView(service.name(), classNames.get(i), artifactIds.get(i), packageName,
                    packageName.replace('.', '/'), service.context(), service.team().orElse(""),
                    FIRST_PORT + i, service.deployment().instances(), service.deployment().workers(),
                    service.deployment().queue(), entities, endpoints, clients, publishes, consumes, dependsOn));
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

    private static List<EndpointView> endpoints(Service service, Map<String, String> declared, List<EntityView> entities,
                                                List<ClientView> clients, Map<String, EventView> events) {
        List<String> methodNames = Names.unique(service.endpoints().stream()
                .map(e -> Names.memberName(e.name(), "endpoint")).toList());
        List<EndpointView> views = new ArrayList<>();
        for (int i = 0; i < service.endpoints().size(); i++) {
            Endpoint endpoint = service.endpoints().get(i);
            PathTemplate path = PathTemplate.parse(endpoint.path());
            List<String> paramNames = Names.unique(path.variables().stream()
                    .map(v -> Names.memberName(v, "param")).toList());
            List<PathParamView> params = new ArrayList<>();
            for (int p = 0; p < paramNames.size(); p++) {
                params.add(new PathParamView(path.variables().get(p), paramNames.get(p)));
            }
            boolean hasBody = endpoint.method() == HttpMethod.POST || endpoint.method() == HttpMethod.PUT
                    || endpoint.method() == HttpMethod.PATCH;
            String written = endpoint.writes().stream().filter(declared::containsKey).findFirst()
                    .map(declared::get).orElse("");
            String read = endpoint.reads().stream().filter(declared::containsKey).findFirst()
                    .map(declared::get).orElse("");
            String response = !written.isEmpty() ? written : !read.isEmpty() ? read : "Reply";
            String sample = response.equals("Reply")
                    ? "new Reply(\"" + javaString(service.name()) + "\", \"" + javaString(endpoint.name()) + "\")"
                    : response + ".sample()";
            List<CallView> calls = new ArrayList<>();
            for (Call call : endpoint.calls()) {
                ClientView client = clients.stream().filter(c -> c.service().equals(call.service())).findFirst()
                        .orElseThrow();
                OperationView operation = client.operations().stream()
                        .filter(o -> o.name().equals(call.endpoint())).findFirst().orElseThrow();
                calls.add(new CallView(call.service(), call.endpoint(), client.fieldName(), operation.methodName(),
                        call.isSync(), call.probability(), call.parallel()));
            }
            List<EventView> publishes = endpoint.publishes().stream().distinct().map(events::get).toList();
            String requestType = hasBody ? written : "";
            String requestSample = entities.stream().filter(e -> e.className().equals(requestType)).findFirst()
                    .map(EntityView::sampleJson).orElse("");
            views.add(new EndpointView(endpoint.name(), methodNames.get(i), endpoint.method().yamlName(),
                    endpoint.path(), path.pattern(), path.sample(), params, requestType, response,
                    sample, requestSample, endpoint.reads(), endpoint.writes(), calls, publishes));
        }
        return views;
    }

    private static Map<String, EventView> events(ModelIndex index) {
        Set<String> names = new TreeSet<>(index.publishers().keySet());
        names.addAll(index.consumers().keySet());
        List<String> ordered = List.copyOf(names);
        List<String> classNames = Names.unique(ordered.stream().map(n -> Names.typeName(n, "Event")).toList());
        Map<String, EventView> events = new TreeMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            String name = ordered.get(i);
            List<String> publishers = index.publishers().getOrDefault(name, List.of()).stream()
                    .map(Service::name).sorted().toList();
            List<String> consumers = index.consumers().getOrDefault(name, List.of()).stream()
                    .map(Service::name).sorted().toList();
            events.put(name, new EventView(name, classNames.get(i), Names.kebab(name, "event"), publishers, consumers));
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

    private static List<ConsumerView> consumers(Service service, List<EndpointView> endpoints,
                                                Map<String, EventView> events) {
        List<ConsumerView> consumers = new ArrayList<>();
        Set<String> handlers = new TreeSet<>();
        for (Subscription subscription : service.consumes()) {
            EventView event = events.get(subscription.event());
            String endpointMethod = endpoints.stream().filter(e -> e.name().equals(subscription.endpoint()))
                    .map(EndpointView::methodName).findFirst().orElse("");
            String handler = "on" + event.className();
            int suffix = 2;
            while (!handlers.add(handler)) {
                handler = "on" + event.className() + suffix++;
            }
            consumers.add(new ConsumerView(event, handler, subscription.endpoint(), endpointMethod));
        }
        return consumers;
    }

    /** {@code text} as a JSON string literal. */
    static String jsonString(String text) {
        return DoubleQuoted.of(text);
    }

    /** Escapes a string for a Java string literal. */
    static String javaString(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
