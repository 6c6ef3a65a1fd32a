package io.mdecomp.analysis;

import io.mdecomp.model.Call;
import io.mdecomp.model.CallMode;
import io.mdecomp.model.Characteristics;
import io.mdecomp.model.Consistency;
import io.mdecomp.model.Dependency;
import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Entity;
import io.mdecomp.model.EntityKind;
import io.mdecomp.model.HttpMethod;
import io.mdecomp.model.Protocol;
import io.mdecomp.model.Service;
import io.mdecomp.model.Subscription;
import io.mdecomp.model.UseCase;
import io.mdecomp.model.quantity.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/**
 * A seeded generator of valid, messy models for property tests: aggregates per context, services
 * that own them (sometimes shared, sometimes none), endpoints with reads, writes, sync and async
 * calls with timeouts, events, coarse dependencies and use cases.
 */
public final class ModelGenerator {

    private ModelGenerator() {
    }

    public static DomainModel generate(long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int contexts = 1 + r.nextInt(4);
        List<Entity> entities = new ArrayList<>();
        List<List<String>> byContext = new ArrayList<>();
        for (int c = 0; c < contexts; c++) {
            List<String> names = new ArrayList<>();
            int aggregates = 1 + r.nextInt(4);
            for (int a = 0; a < aggregates; a++) {
                String rootName = "E" + c + "_" + a;
                Characteristics ch = r.nextInt(3) == 0 ? Characteristics.NONE : new Characteristics(Optional.empty(),
                        Optional.empty(), Optional.of(Consistency.values()[r.nextInt(3)]), Optional.empty(),
                        Optional.empty(), Optional.empty());
                Optional<String> zone = r.nextInt(4) == 0 ? Optional.of("z" + r.nextInt(2)) : Optional.empty();
                List<String> references = new ArrayList<>();
                if (!names.isEmpty() && r.nextBoolean()) {
                    references.add(names.get(r.nextInt(names.size())));
                }
                entities.add(new Entity(rootName, "C" + c, EntityKind.AGGREGATE_ROOT, Optional.empty(), List.of(),
                        references, ch, zone, Fixtures.at(rootName)));
                names.add(rootName);
                int members = r.nextInt(3);
                for (int m = 0; m < members; m++) {
                    String name = rootName + "m" + m;
                    entities.add(new Entity(name, "C" + c, r.nextBoolean() ? EntityKind.ENTITY : EntityKind.VALUE_OBJECT,
                            Optional.of(rootName), List.of(), List.of(), Characteristics.NONE, zone, Fixtures.at(name)));
                    names.add(name);
                }
            }
            byContext.add(names);
        }
        List<String> all = entities.stream().map(Entity::name).toList();
        int serviceCount = 1 + r.nextInt(7);
        List<Service> services = new ArrayList<>();
        List<String> events = List.of("Ev0", "Ev1", "Ev2");
        for (int s = 0; s < serviceCount; s++) {
            int c = r.nextInt(contexts);
            List<String> owns = new ArrayList<>();
            for (String e : byContext.get(c)) {
                if (r.nextInt(4) != 0) {
                    owns.add(e);
                }
            }
            if (r.nextInt(5) == 0) {
                owns.add(all.get(r.nextInt(all.size())));
            }
            List<Endpoint> endpoints = new ArrayList<>();
            int endpointCount = r.nextInt(5);
            for (int e = 0; e < endpointCount; e++) {
                List<String> reads = pick(r, all, r.nextInt(3));
                List<String> writes = pick(r, owns.isEmpty() ? all : owns, r.nextInt(3));
                List<Call> calls = new ArrayList<>();
                int callCount = r.nextInt(3);
                for (int k = 0; k < callCount; k++) {
                    int target = r.nextInt(serviceCount);
                    calls.add(new Call("S" + target, "e0", r.nextInt(4) == 0 ? CallMode.ASYNC : CallMode.SYNC,
                            r.nextInt(3) == 0 ? 0.5 : 1.0, false,
                            r.nextBoolean() ? Optional.of(Duration.ofMillis(100 * (1 + r.nextInt(10)))) : Optional.empty(),
                            Fixtures.at("S" + s + "e" + e + "c" + k)));
                }
                List<String> publishes = r.nextInt(3) == 0 ? List.of(events.get(r.nextInt(3))) : List.of();
                endpoints.add(new Endpoint("e" + e, HttpMethod.POST, "/e" + e, dedupe(reads), dedupe(writes),
                        Optional.empty(), calls, publishes, Optional.empty(), Fixtures.at("S" + s + "e" + e)));
            }
            List<Subscription> consumes = new ArrayList<>();
            if (!endpoints.isEmpty() && r.nextInt(3) == 0) {
                consumes.add(new Subscription(events.get(r.nextInt(3)), "e0", Fixtures.at("S" + s + "sub")));
            }
            services.add(new Service("S" + s, "C" + c, r.nextInt(5) == 0 ? Optional.empty() : Optional.of("T" + r.nextInt(2)),
                    r.nextBoolean() ? OptionalDouble.of(r.nextDouble()) : OptionalDouble.empty(), dedupe(owns), endpoints,
                    consumes, Deployment.DEFAULT, Fixtures.at("S" + s)));
        }
        // calls target endpoint e0: give every targeted service at least that endpoint
        List<Service> fixed = new ArrayList<>();
        for (Service s : services) {
            if (s.endpoints().isEmpty()) {
                fixed.add(new Service(s.name(), s.context(), s.team(), s.complexity(), s.owns(),
                        List.of(Fixtures.endpoint("e0")), s.consumes(), s.deployment(), s.location()));
            } else {
                fixed.add(s);
            }
        }
        List<Dependency> dependencies = new ArrayList<>();
        if (serviceCount > 1 && r.nextBoolean()) {
            dependencies.add(new Dependency("S0", "S1", Protocol.values()[r.nextInt(4)], Fixtures.at("dep")));
        }
        List<UseCase> useCases = new ArrayList<>();
        int useCaseCount = r.nextInt(3);
        for (int u = 0; u < useCaseCount; u++) {
            useCases.add(new UseCase("U" + u, dedupe(pick(r, all, 2)), dedupe(pick(r, all, 2)), r.nextBoolean(),
                    Fixtures.at("U" + u)));
        }
        return Fixtures.model(entities, fixed, dependencies, useCases);
    }

    private static List<String> pick(SplittableRandom r, List<String> from, int count) {
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < count && !from.isEmpty(); i++) {
            picked.add(from.get(r.nextInt(from.size())));
        }
        return picked;
    }

    private static List<String> dedupe(List<String> list) {
        return List.copyOf(new java.util.LinkedHashSet<>(list));
    }
}
