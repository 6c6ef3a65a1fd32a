package io.mdecomp.importer.java.assemble;

import io.mdecomp.importer.java.code.TypeDecl;
import io.mdecomp.importer.java.recognize.Handler;
import io.mdecomp.importer.java.recognize.Recognition;
import io.mdecomp.importer.java.recognize.TableCatalog;
import io.mdecomp.importer.java.recognize.ViewFact;
import io.mdecomp.importer.java.source.SourceFile;
import io.mdecomp.importer.java.sql.Access;
import io.mdecomp.model.BoundedContext;
import io.mdecomp.model.Characteristics;
import io.mdecomp.model.Component;
import io.mdecomp.model.ComponentKind;
import io.mdecomp.model.Deployment;
import io.mdecomp.model.Domain;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Entity;
import io.mdecomp.model.HttpMethod;
import io.mdecomp.model.Service;
import io.mdecomp.model.UseCase;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the model from what was recognised: one domain named after the system; a bounded context
 * and a service per deployment unit ({@link ServicesBy}) that has entities or handlers, each
 * service owning the entities of its context (an aggregate's parts sit with its root); an
 * endpoint and a use case per handler, reading and writing what the handler reaches (an endpoint
 * without a stated HTTP method is POST when it writes, else GET); and a component per top-level
 * class, table and view with the entities it uses (see {@link ComponentUses}). The location of
 * every entity, endpoint, use case and component is where it was found in the sources; domains,
 * contexts and services are groupings and have none.
 */
public final class ModelAssembler {

    private final Recognition facts;
    private final String system;
    private final Groups groups;
    private final List<String> renamed = new ArrayList<>();
    private final Set<String> guesses = new LinkedHashSet<>();

    private ModelAssembler(Recognition facts, String system, ServicesBy by) {
        this.facts = facts;
        this.system = Names.label(system);
        this.groups = new Groups(by, system, facts.index().types());
    }

    /** The model of the recognised code base {@code facts}, named {@code system}. */
    public static Assembly assemble(Recognition facts, String system, ServicesBy by) {
        return new ModelAssembler(facts, system, by).run();
    }

    private static SourceLocation at(TypeDecl type, int line) {
        return new SourceLocation(type.file(), line, 1);
    }

    private Assembly run() {
        List<TypeDecl> topLevel = facts.index().types().stream().filter(t -> !t.isNested()).toList();
        Naming entityNames = new Naming(List.copyOf(facts.entities().keySet()), "entity", "entities", true);
        Naming classNames = new Naming(topLevel, "class", "classes", false);
        renamed.addAll(entityNames.renamed());
        renamed.addAll(classNames.renamed());
        EntityBuilder builder = new EntityBuilder(facts, entityNames);
        List<EntityDraft> drafts = new ArrayList<>(builder.build());
        drafts.sort(java.util.Comparator.comparing((EntityDraft d) -> d.type().file()).thenComparingInt(d -> d.type().line()));
        guesses.addAll(builder.guesses());

        Map<String, List<Entity>> contexts = new TreeMap<>();
        for (EntityDraft draft : drafts) {
            String context = groups.name(groups.key(draft.root().orElse(draft.type())));
            Entity entity = new Entity(draft.name(), context, draft.kind(), draft.root().map(entityNames::of),
                    draft.attributes(), draft.references(), Characteristics.NONE, Optional.empty(),
                    at(draft.type(), draft.type().line()));
            contexts.computeIfAbsent(context, k -> new ArrayList<>()).add(entity);
        }
        Map<String, List<Handler>> handlersByService = new TreeMap<>();
        for (Handler handler : facts.handlers()) {
            String service = groups.name(groups.key(handler.type()));
            handlersByService.computeIfAbsent(service, k -> new ArrayList<>()).add(handler);
            contexts.computeIfAbsent(service, k -> new ArrayList<>());
        }
        List<BoundedContext> contextList = new ArrayList<>();
        List<Service> services = new ArrayList<>();
        List<UseCase> useCases = new ArrayList<>();
        Set<String> useCaseNames = new HashSet<>();
        for (Map.Entry<String, List<Entity>> context : contexts.entrySet()) {
            SourceLocation location = SourceLocation.UNKNOWN;
            contextList.add(new BoundedContext(context.getKey(), system, context.getValue(), location));
            List<Endpoint> endpoints = endpoints(handlersByService.getOrDefault(context.getKey(), List.of()),
                    entityNames, classNames, useCases, useCaseNames);
            services.add(new Service(context.getKey(), context.getKey(), Optional.empty(), OptionalDouble.empty(),
                    context.getValue().stream().map(Entity::name).toList(), endpoints, List.of(), Deployment.DEFAULT,
                    location));
        }
        Domain domain = new Domain(system, "Imported from the sources by mdecomp import java", contextList,
                SourceLocation.UNKNOWN);
        Set<String> serviceNames = new HashSet<>();
        services.forEach(s -> serviceNames.add(s.name()));
        List<Component> components = components(entityNames, classNames, serviceNames, topLevel);
        DomainModel model = new DomainModel(system, DomainModel.FORMAT_VERSION, List.of(domain), services, List.of(),
                useCases, components, SourceLocation.UNKNOWN);
        return new Assembly(model, renamed, List.copyOf(guesses));
    }

    private List<Endpoint> endpoints(List<Handler> handlers, Naming entityNames, Naming classNames,
                                     List<UseCase> useCases, Set<String> useCaseNames) {
        Map<String, Integer> nameCount = new HashMap<>();
        handlers.forEach(h -> nameCount.merge(h.method().name(), 1, Integer::sum));
        List<Endpoint> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> routes = new HashSet<>();
        for (Handler handler : handlers) {
            Map<TypeDecl, Set<Access>> reach = facts.access().reach(handler);
            List<String> reads = new ArrayList<>();
            List<String> writes = new ArrayList<>();
            reach.forEach((entity, access) -> (access.contains(Access.WRITE) ? writes : reads)
                    .add(entityNames.of(entity)));
            String className = classNames.of(topLevel(handler.type()));
            String name = Names.uniqueIdentifier(Names.identifier(nameCount.get(handler.method().name()) == 1
                    ? handler.method().name() : className + "_" + handler.method().name()), names);
            HttpMethod method = handler.httpMethod().orElseGet(() -> {
                guesses.add("endpoints without a stated HTTP method are POST when they write, else GET ("
                        + handler.framework().title() + ")");
                return writes.isEmpty() ? HttpMethod.GET : HttpMethod.POST;
            });
            String path = handler.path();
            if (!routes.add(method.yamlName() + " " + path)) {
                path = path + "#" + className + "." + handler.method().name();
                guesses.add("route " + method.yamlName() + " " + handler.path() + " is mapped by several handlers;"
                        + " the later ones get #Class.method after the path");
                routes.add(method.yamlName() + " " + path);
            }
            SourceLocation location = at(handler.type(), handler.method().line());
            out.add(new Endpoint(name, method, path, reads, writes, Optional.empty(), List.of(), List.of(),
                    Optional.empty(), location));
            if (!reads.isEmpty() || !writes.isEmpty()) {
                String useCase = Names.uniqueLabel(Names.label(className + "." + handler.method().name()),
                        useCaseNames);
                useCases.add(new UseCase(useCase, reads, writes, false, location));
            }
        }
        return out;
    }

    private TypeDecl topLevel(TypeDecl type) {
        if (!type.isNested()) {
            return type;
        }
        String top = type.packageName().isEmpty() ? type.topLevelName() : type.packageName() + "." + type.topLevelName();
        return facts.index().qualified(top).orElse(type);
    }

    private List<Component> components(Naming entityNames, Naming classNames, Set<String> services,
                                       List<TypeDecl> topLevel) {
        ComponentUses uses = new ComponentUses(facts);
        Map<TypeDecl, Weights> classWeights = uses.classes();
        List<Component> out = new ArrayList<>();
        Set<TypeDecl> classes = new HashSet<>(topLevel);
        Map<TypeDecl, Set<TypeDecl>> references = uses.references(true);
        for (TypeDecl type : topLevel) {
            out.add(component(classNames.of(type), ComponentKind.CLASS, classWeights.get(type), entityNames,
                    service(groups.key(type), services), links(references.getOrDefault(type, Set.of()), classes,
                            classNames), type.packageName().isEmpty() ? Optional.empty()
                            : Optional.of(type.packageName()), at(type, type.line())));
        }
        Map<String, Weights> tableWeights = uses.tables();
        Set<String> tableNames = new HashSet<>();
        for (TableCatalog.Table table : facts.tables().tables().values()) {
            Weights weights = tableWeights.get(table.name());
            TypeDecl top = weights.top();
            // A table is named by whatever text the code gives it (an annotation, SQL, a mapper).
            String name = Names.uniqueLabel(Names.label(table.name()), tableNames);
            out.add(component(name, ComponentKind.TABLE, weights, entityNames,
                    top == null ? service("", services) : service(groups.key(top), services), new TreeSet<>(),
                    Optional.empty(), table.location()));
        }
        Map<SourceFile, Weights> viewWeights = uses.views(classWeights);
        Map<String, Integer> baseNames = new HashMap<>();
        Map<String, Set<String>> extensions = new HashMap<>();
        facts.views().forEach(v -> {
            baseNames.merge(v.file().baseName(), 1, Integer::sum);
            extensions.computeIfAbsent(v.file().baseName(), k -> new HashSet<>()).add(extension(v.file()));
        });
        Set<String> viewNames = new HashSet<>();
        for (ViewFact view : facts.views()) {
            String name = view.file().baseName();
            if (baseNames.get(name) > 1 && extensions.get(name).size() == baseNames.get(name)) {
                // account.jsp and account.xhtml: the extension tells them apart, as ground truths write them
                String withExtension = Names.uniqueLabel(Names.label(name + "." + extension(view.file())), viewNames);
                renamed.add("view " + view.file().name() + " is named '" + withExtension + "': " + baseNames.get(name)
                        + " views are named " + name);
                name = withExtension;
            } else if (baseNames.get(name) > 1) {
                String parent = view.file().name().contains("/")
                        ? view.file().name().substring(0, view.file().name().lastIndexOf('/')) : "";
                String disambiguated = Names.uniqueLabel(Names.label((parent.isEmpty() ? ""
                        : parent.substring(parent.lastIndexOf('/') + 1) + ".") + name), viewNames);
                renamed.add("view " + view.file().name() + " is named '" + disambiguated + "': " + baseNames.get(name)
                        + " views are named " + name);
                name = disambiguated;
            } else {
                name = Names.uniqueLabel(Names.label(name), viewNames);
            }
            Optional<String> service = view.renderedBy().stream().findFirst()
                    .map(h -> groups.key(h.type())).or(() -> view.linkedTo().stream().findFirst().map(groups::key))
                    .flatMap(k -> service(k, services)).or(() -> service("", services));
            List<TypeDecl> linked = new ArrayList<>(view.linkedTo());
            view.renderedBy().forEach(h -> linked.add(h.type()));
            out.add(component(name, ComponentKind.VIEW, viewWeights.get(view.file()), entityNames, service,
                    links(linked.stream().map(this::topLevel).toList(), classes, classNames), Optional.empty(),
                    new SourceLocation(view.file().name(), 1, 1)));
        }
        return out;
    }

    /** What follows the base name of a view's file: {@code jsp} for {@code account.jsp}. */
    private static String extension(SourceFile file) {
        String name = file.fileName();
        return name.substring(Math.min(name.length(), file.baseName().length() + 1));
    }

    private Optional<String> service(String key, Set<String> services) {
        String name = groups.name(key);
        return services.contains(name) ? Optional.of(name) : Optional.empty();
    }

    /** The names of the class components among {@code types}, sorted. */
    private static SortedSet<String> links(Collection<TypeDecl> types, Set<TypeDecl> classes, Naming classNames) {
        SortedSet<String> names = new TreeSet<>();
        types.stream().filter(classes::contains).forEach(t -> names.add(classNames.of(t)));
        return names;
    }

    private static Component component(String name, ComponentKind kind, Weights weights, Naming entityNames,
                                       Optional<String> service, SortedSet<String> links, Optional<String> pkg,
                                       SourceLocation location) {
        SortedMap<String, Integer> uses = new TreeMap<>();
        if (weights != null) {
            weights.map().forEach((entity, weight) -> uses.merge(entityNames.of(entity), weight, Integer::sum));
        }
        return new Component(name, kind, uses, service, links, pkg, location);
    }
}
