package io.mdecomp.model.testing;

import io.mdecomp.model.Attribute;
import io.mdecomp.model.AttributeType;
import io.mdecomp.model.Availability;
import io.mdecomp.model.BoundedContext;
import io.mdecomp.model.Cache;
import io.mdecomp.model.Call;
import io.mdecomp.model.CallMode;
import io.mdecomp.model.Component;
import io.mdecomp.model.ComponentKind;
import io.mdecomp.model.Characteristics;
import io.mdecomp.model.Consistency;
import io.mdecomp.model.ContentVolatility;
import io.mdecomp.model.Dependency;
import io.mdecomp.model.Deployment;
import io.mdecomp.model.Domain;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Entity;
import io.mdecomp.model.EntityKind;
import io.mdecomp.model.HttpMethod;
import io.mdecomp.model.Protocol;
import io.mdecomp.model.SecurityCriticality;
import io.mdecomp.model.Service;
import io.mdecomp.model.Storage;
import io.mdecomp.model.StructuralVolatility;
import io.mdecomp.model.Subscription;
import io.mdecomp.model.UseCase;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.distribution.Constant;
import io.mdecomp.model.distribution.Distribution;
import io.mdecomp.model.distribution.Empirical;
import io.mdecomp.model.distribution.Erlang;
import io.mdecomp.model.distribution.Exponential;
import io.mdecomp.model.distribution.Gamma;
import io.mdecomp.model.distribution.HyperExponential;
import io.mdecomp.model.distribution.LogNormal;
import io.mdecomp.model.distribution.Normal;
import io.mdecomp.model.distribution.Uniform;
import io.mdecomp.model.quantity.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A seeded generator of random <em>valid</em> models for property tests: every reference resolves,
 * names are unique and some of them need quoting in YAML. All locations are
 * {@link SourceLocation#UNKNOWN}. The same seed gives the same model.
 */
public final class RandomModels {

    /** Names that only read back as the same string when quoted, or that stress the writer. */
    private static final List<String> AWKWARD = List.of("yes", "null", "true", "12", "3.5", "x: y", "#tag", "[a]",
            "Bestellung Ümlaut", "with \"quotes\"", "a,b", "-dash", "trailing:", "~", "0x1F", "on", "@at", "*star");
    /** Identifiers that YAML would read as booleans, null or numbers unless quoted. */
    private static final List<String> AWKWARD_IDENTIFIERS = List.of("Yes", "NULL", "True", "off", "NaN", "y", "n",
            "_12", "e1", "Inf");

    private final SplittableRandom random;
    private final Set<String> used = new HashSet<>();

    private RandomModels(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** A random valid model for {@code seed}. */
    public static DomainModel model(long seed) {
        return new RandomModels(seed).build();
    }

    private static final SourceLocation AT = SourceLocation.UNKNOWN;

    /** A label (domain, context, use case, system, component): spaces and awkward text allowed. */
    private String name(String prefix) {
        return fresh(AWKWARD, prefix, random.nextBoolean() ? " " : "");
    }

    /** An identifier (service, endpoint, entity): only letters, digits, '_' and '-', some read by YAML as other types. */
    private String identifier(String prefix) {
        return fresh(AWKWARD_IDENTIFIERS, prefix, random.nextBoolean() ? "_" : "");
    }

    private String fresh(List<String> awkwardNames, String prefix, String separator) {
        if (random.nextInt(6) == 0) {
            String awkward = awkwardNames.get(random.nextInt(awkwardNames.size()));
            if (used.add(awkward)) {
                return awkward;
            }
        }
        String name;
        do {
            name = prefix + separator + random.nextInt(10_000);
        } while (!used.add(name));
        return name;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> List<T> some(List<T> values, int max) {
        Set<T> chosen = new LinkedHashSet<>();
        int n = values.isEmpty() ? 0 : random.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            chosen.add(pick(values));
        }
        return List.copyOf(chosen);
    }

    private <T> Optional<T> maybe(T value) {
        return random.nextBoolean() ? Optional.of(value) : Optional.empty();
    }

    private DomainModel build() {
        List<Domain> domains = new ArrayList<>();
        List<String> contexts = new ArrayList<>();
        List<String> entities = new ArrayList<>();
        int domainCount = 1 + random.nextInt(3);
        for (int d = 0; d < domainCount; d++) {
            String domainName = name("Domain");
            List<BoundedContext> contextList = new ArrayList<>();
            int contextCount = 1 + random.nextInt(3);
            for (int c = 0; c < contextCount; c++) {
                String contextName = name("Context");
                contexts.add(contextName);
                contextList.add(new BoundedContext(contextName, domainName, entities(contextName, entities), AT));
            }
            domains.add(new Domain(domainName, random.nextBoolean() ? "" : "About " + domainName + ": things",
                    contextList, AT));
        }
        List<ServicePlan> plans = new ArrayList<>();
        int serviceCount = 1 + random.nextInt(4);
        for (int s = 0; s < serviceCount; s++) {
            List<String> endpoints = new ArrayList<>();
            int endpointCount = random.nextInt(4);
            for (int e = 0; e < endpointCount; e++) {
                endpoints.add(identifier("op"));
            }
            plans.add(new ServicePlan(identifier("Service"), endpoints));
        }
        List<String> events = List.of("OrderPlaced", "PaymentFailed", "StockReserved");
        List<Service> services = new ArrayList<>();
        for (ServicePlan plan : plans) {
            services.add(service(plan, plans, pick(contexts), entities, events));
        }
        List<Dependency> dependencies = new ArrayList<>();
        if (plans.size() > 1) {
            for (int i = random.nextInt(3); i > 0; i--) {
                ServicePlan from = pick(plans);
                ServicePlan to = pick(plans);
                if (from != to) {
                    dependencies.add(new Dependency(from.name, to.name, pick(List.of(Protocol.values())), AT));
                }
            }
        }
        List<UseCase> useCases = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            useCases.add(new UseCase(name("Use case"), some(entities, 3), some(entities, 3), random.nextBoolean(), AT));
        }
        return new DomainModel(name("system"), 1, domains, services, dependencies, useCases,
                components(entities, plans), AT);
    }

    private List<Component> components(List<String> entities, List<ServicePlan> plans) {
        List<Component> components = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            SortedMap<String, Integer> uses = new TreeMap<>();
            some(entities, 3).forEach(e -> uses.put(e, 1 + random.nextInt(20)));
            components.add(new Component(name("Component"), pick(List.of(ComponentKind.values())), uses,
                    random.nextBoolean() ? Optional.of(pick(plans).name) : Optional.empty(), AT));
        }
        // links to the class components before each one, and a package per class, drawing nothing
        // from the random stream (so the rest of a seeded model stays as it was)
        List<Component> linked = new ArrayList<>();
        java.util.TreeSet<String> classes = new java.util.TreeSet<>();
        for (Component c : components) {
            boolean isClass = c.kind() == ComponentKind.CLASS;
            linked.add(new Component(c.name(), c.kind(), c.uses(), c.service(), new java.util.TreeSet<>(classes),
                    isClass ? Optional.of("com.example.p" + linked.size() % 2) : Optional.empty(), c.location()));
            if (isClass) {
                classes.add(c.name());
            }
        }
        return linked;
    }

    private record ServicePlan(String name, List<String> endpoints) {
    }

    private List<Entity> entities(String context, List<String> all) {
        List<Entity> entities = new ArrayList<>();
        List<String> roots = new ArrayList<>();
        int count = random.nextInt(5);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(identifier("Entity"));
        }
        all.addAll(names);
        for (int i = 0; i < count; i++) {
            EntityKind kind = i == 0 ? EntityKind.AGGREGATE_ROOT : pick(List.of(EntityKind.values()));
            Optional<String> aggregate = kind != EntityKind.AGGREGATE_ROOT && !roots.isEmpty() && random.nextBoolean()
                    ? Optional.of(pick(roots)) : Optional.empty();
            if (kind == EntityKind.AGGREGATE_ROOT) {
                roots.add(names.get(i));
            }
            List<Attribute> attributes = new ArrayList<>();
            for (int a = random.nextInt(4); a > 0; a--) {
                String element = random.nextInt(3) == 0 ? pick(all) : pick(List.copyOf(AttributeType.PRIMITIVES).stream().sorted().toList());
                attributes.add(new Attribute("attr" + a, new AttributeType(element, random.nextBoolean())));
            }
            entities.add(new Entity(names.get(i), context, kind, aggregate, attributes, some(all, 2), characteristics(),
                    maybe(pick(List.of("payments", "pii", "public zone"))), AT));
        }
        return entities;
    }

    private Characteristics characteristics() {
        return new Characteristics(maybe(pick(List.of(StructuralVolatility.values()))),
                maybe(pick(List.of(ContentVolatility.values()))), maybe(pick(List.of(Consistency.values()))),
                maybe(pick(List.of(Availability.values()))), maybe(pick(List.of(Storage.values()))),
                maybe(pick(List.of(SecurityCriticality.values()))));
    }

    private Service service(ServicePlan plan, List<ServicePlan> plans, String context, List<String> entities,
                            List<String> events) {
        List<Endpoint> endpoints = new ArrayList<>();
        List<String> published = new ArrayList<>();
        for (String endpoint : plan.endpoints) {
            List<Call> calls = new ArrayList<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                ServicePlan callee = pick(plans);
                if (!callee.endpoints.isEmpty()) {
                    calls.add(new Call(callee.name, pick(callee.endpoints), pick(List.of(CallMode.values())),
                            random.nextBoolean() ? 1.0 : 1 - random.nextDouble(), random.nextBoolean(),
                            maybe(duration()), AT));
                }
            }
            List<String> publishes = some(events, 2);
            published.addAll(publishes);
            String path = "/" + endpoint.replaceAll("[^A-Za-z0-9]", "") + "-" + endpoints.size()
                    + (random.nextBoolean() ? "/{id}" : "");
            endpoints.add(new Endpoint(endpoint, pick(List.of(HttpMethod.values())), path, some(entities, 2),
                    some(entities, 2), maybe(distribution()), calls, publishes,
                    maybe(new Cache(random.nextInt(3) == 0 ? 1.0 : random.nextDouble())), AT));
        }
        List<Subscription> consumes = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        if (!plan.endpoints.isEmpty()) {
            for (int i = random.nextInt(3); i > 0; i--) {
                Subscription s = new Subscription(pick(events), pick(plan.endpoints), AT);
                if (pairs.add(s.event() + "/" + s.endpoint())) {
                    consumes.add(s);
                }
            }
        }
        Deployment deployment = random.nextBoolean() ? Deployment.DEFAULT
                : new Deployment(1 + random.nextInt(5), 1 + random.nextInt(64), random.nextInt(500));
        return new Service(plan.name, context, maybe(pick(List.of("checkout", "platform team", "crm"))),
                random.nextBoolean() ? OptionalDouble.of(random.nextDouble()) : OptionalDouble.empty(),
                some(entities, 4), endpoints, consumes, deployment, AT);
    }

    private Duration duration() {
        switch (random.nextInt(3)) {
            case 0: return Duration.ofMillis(random.nextInt(2000));
            case 1: return Duration.ofSeconds(random.nextDouble() * 3);
            default: return Duration.ofSeconds(random.nextInt(1000) * 1e-6);
        }
    }

    private Duration positive() {
        Duration d = duration();
        return d.isZero() ? Duration.ofMillis(1) : d;
    }

    private Distribution distribution() {
        Duration a = positive();
        Duration b = positive();
        Duration low = a.compareTo(b) <= 0 ? a : b;
        Duration high = a.compareTo(b) <= 0 ? b : a;
        switch (random.nextInt(10)) {
            case 0: return new Constant(duration());
            case 1: return new Exponential(a);
            case 2: return new Uniform(low, high);
            case 3: return new LogNormal(low, high);
            case 4: return LogNormal.ofMeanCv(a, random.nextDouble() * 2);
            case 5: return new Gamma(a, 0.1 + random.nextDouble());
            case 6: return new Erlang(1 + random.nextInt(5), a);
            case 7: return new HyperExponential(a, 1 + random.nextDouble() * 5);
            case 8: return new Normal(a, duration());
            default:
                return new Empirical(List.of(new Empirical.Point(random.nextDouble() * 0.5, low),
                        new Empirical.Point(0.9, high), new Empirical.Point(1.0, high.times(2))));
        }
    }
}
