package io.mdecomp.analysis;

import io.mdecomp.model.BoundedContext;
import io.mdecomp.model.Call;
import io.mdecomp.model.CallMode;
import io.mdecomp.model.Characteristics;
import io.mdecomp.model.Dependency;
import io.mdecomp.model.Deployment;
import io.mdecomp.model.Domain;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Entity;
import io.mdecomp.model.EntityKind;
import io.mdecomp.model.HttpMethod;
import io.mdecomp.model.Protocol;
import io.mdecomp.model.Service;
import io.mdecomp.model.Subscription;
import io.mdecomp.model.UseCase;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.quantity.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** Terse builders for hand-made model records in tests. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A location derived from a name, so findings can be checked against it. */
    public static SourceLocation at(String name) {
        return new SourceLocation("model.yaml", 1 + Math.floorMod(name.hashCode(), 900), 3);
    }

    public static Entity root(String name, String context, String... references) {
        return new Entity(name, context, EntityKind.AGGREGATE_ROOT, Optional.empty(), List.of(), List.of(references),
                Characteristics.NONE, Optional.empty(), at(name));
    }

    public static Entity member(String name, String context, String root) {
        return new Entity(name, context, EntityKind.ENTITY, Optional.of(root), List.of(), List.of(),
                Characteristics.NONE, Optional.empty(), at(name));
    }

    public static Entity zoned(Entity e, String zone) {
        return new Entity(e.name(), e.context(), e.kind(), e.aggregate(), e.attributes(), e.references(),
                e.characteristics(), Optional.of(zone), e.location());
    }

    public static Entity characterised(Entity e, Characteristics characteristics) {
        return new Entity(e.name(), e.context(), e.kind(), e.aggregate(), e.attributes(), e.references(),
                characteristics, e.securityZone(), e.location());
    }

    public static Endpoint endpoint(String name, List<String> reads, List<String> writes, Call... calls) {
        return new Endpoint(name, HttpMethod.POST, "/" + name, reads, writes, Optional.empty(), List.of(calls),
                List.of(), Optional.empty(), at(name));
    }

    public static Endpoint publishing(Endpoint e, String... events) {
        return new Endpoint(e.name(), e.method(), e.path(), e.reads(), e.writes(), e.serviceTime(), e.calls(),
                List.of(events), e.cache(), e.location());
    }

    public static Endpoint endpoint(String name) {
        return endpoint(name, List.of(), List.of());
    }

    public static Call call(String service, String endpoint) {
        return new Call(service, endpoint, CallMode.SYNC, 1.0, false, Optional.empty(), at(service + "." + endpoint));
    }

    public static Call call(String service, String endpoint, double probability) {
        return new Call(service, endpoint, CallMode.SYNC, probability, false, Optional.empty(),
                at(service + "." + endpoint));
    }

    public static Call asyncCall(String service, String endpoint) {
        return new Call(service, endpoint, CallMode.ASYNC, 1.0, false, Optional.empty(), at(service + "." + endpoint));
    }

    public static Call call(String service, String endpoint, String timeout) {
        return new Call(service, endpoint, CallMode.SYNC, 1.0, false, Optional.of(Duration.parse(timeout)),
                at(service + "." + endpoint + "@" + timeout));
    }

    public static Service service(String name, String context, String team, double complexity, List<String> owns,
                                  Endpoint... endpoints) {
        return new Service(name, context, Optional.ofNullable(team),
                Double.isNaN(complexity) ? OptionalDouble.empty() : OptionalDouble.of(complexity), owns,
                List.of(endpoints), List.of(), Deployment.DEFAULT, at(name));
    }

    public static Service consuming(Service s, String event, String endpoint) {
        List<Subscription> consumes = new ArrayList<>(s.consumes());
        consumes.add(new Subscription(event, endpoint, at(s.name() + ":" + event)));
        return new Service(s.name(), s.context(), s.team(), s.complexity(), s.owns(), s.endpoints(), consumes,
                s.deployment(), s.location());
    }

    public static Dependency dependency(String from, String to, Protocol protocol) {
        return new Dependency(from, to, protocol, at(from + "->" + to));
    }

    public static UseCase useCase(String name, List<String> reads, List<String> writes, boolean latencyCritical) {
        return new UseCase(name, reads, writes, latencyCritical, at(name));
    }

    /** A model with one domain holding a context per distinct entity context, in order of appearance. */
    public static DomainModel model(List<Entity> entities, List<Service> services, List<Dependency> dependencies,
                                    List<UseCase> useCases) {
        Map<String, List<Entity>> byContext = new LinkedHashMap<>();
        for (Entity e : entities) {
            byContext.computeIfAbsent(e.context(), k -> new ArrayList<>()).add(e);
        }
        for (Service s : services) {
            byContext.computeIfAbsent(s.context(), k -> new ArrayList<>());
        }
        List<BoundedContext> contexts = new ArrayList<>();
        byContext.forEach((c, list) -> contexts.add(new BoundedContext(c, "Domain", list, at(c))));
        return new DomainModel("test", 1, List.of(new Domain("Domain", "", contexts, at("Domain"))), services,
                dependencies, useCases, SourceLocation.startOf("model.yaml"));
    }

    public static DomainModel model(List<Entity> entities, List<Service> services) {
        return model(entities, services, List.of(), List.of());
    }
}
