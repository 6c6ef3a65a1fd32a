package io.mdecomp.bench;

import io.mdecomp.model.BoundedContext;
import io.mdecomp.model.Call;
import io.mdecomp.model.CallMode;
import io.mdecomp.model.Characteristics;
import io.mdecomp.model.Deployment;
import io.mdecomp.model.Domain;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Entity;
import io.mdecomp.model.EntityKind;
import io.mdecomp.model.HttpMethod;
import io.mdecomp.model.Service;
import io.mdecomp.model.UseCase;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/**
 * A seeded synthetic model for the analysis benchmark: {@code services} services in one context
 * each, 10 entities per service in two aggregates of five, five endpoints per service that touch
 * four entities (one in three foreign) and make one or two calls, and five use cases per service
 * over six entities (one in four foreign). At 1,000 services this gives 10,000 entities and about
 * 100,000 entity-graph edges.
 */
public final class SyntheticModel {

    private SyntheticModel() {
    }

    public static DomainModel generate(int services, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        SourceLocation here = SourceLocation.startOf("synthetic.yaml");
        List<BoundedContext> contexts = new ArrayList<>();
        List<Service> serviceList = new ArrayList<>();
        List<UseCase> useCases = new ArrayList<>();
        int entitiesPerService = 10;
        for (int s = 0; s < services; s++) {
            List<Entity> entities = new ArrayList<>();
            List<String> owns = new ArrayList<>();
            for (int e = 0; e < entitiesPerService; e++) {
                String name = entity(s, e);
                boolean root = e % 5 == 0;
                entities.add(new Entity(name, "C" + s, root ? EntityKind.AGGREGATE_ROOT : EntityKind.ENTITY,
                        root ? Optional.empty() : Optional.of(entity(s, e - e % 5)), List.of(),
                        e == 1 ? List.of(entity(r.nextInt(services), 0)) : List.of(), Characteristics.NONE,
                        Optional.empty(), here));
                owns.add(name);
            }
            contexts.add(new BoundedContext("C" + s, "D", entities, here));
            List<Endpoint> endpoints = new ArrayList<>();
            for (int p = 0; p < 5; p++) {
                List<String> touched = touch(r, s, services, 4, 3);
                List<Call> calls = new ArrayList<>();
                int callCount = 1 + r.nextInt(2);
                for (int c = 0; c < callCount; c++) {
                    calls.add(new Call("S" + r.nextInt(services), "e" + r.nextInt(5),
                            r.nextInt(3) == 0 ? CallMode.ASYNC : CallMode.SYNC, 1.0, false, Optional.empty(), here));
                }
                endpoints.add(new Endpoint("e" + p, HttpMethod.POST, "/e" + p, touched.subList(2, 4),
                        touched.subList(0, 2), Optional.empty(), calls, List.of(), Optional.empty(), here));
            }
            serviceList.add(new Service("S" + s, "C" + s, Optional.of("T" + (s % 200)), OptionalDouble.of(0.5), owns,
                    endpoints, List.of(), Deployment.DEFAULT, here));
            for (int u = 0; u < 5; u++) {
                List<String> touched = touch(r, s, services, 6, 4);
                useCases.add(new UseCase("U" + s + "_" + u, touched.subList(3, 6), touched.subList(0, 3), u == 0, here));
            }
        }
        return new DomainModel("synthetic", 1, List.of(new Domain("D", "", contexts, here)), serviceList, List.of(),
                useCases, here);
    }

    private static String entity(int service, int index) {
        return "E" + service + "_" + index;
    }

    /** {@code count} distinct entities, mostly of {@code service}, one in {@code foreignOneIn} elsewhere. */
    private static List<String> touch(SplittableRandom r, int service, int services, int count, int foreignOneIn) {
        LinkedHashSet<String> set = new LinkedHashSet<>();
        while (set.size() < count) {
            int owner = r.nextInt(foreignOneIn) == 0 ? r.nextInt(services) : service;
            set.add(entity(owner, r.nextInt(10)));
        }
        return List.copyOf(set);
    }
}
