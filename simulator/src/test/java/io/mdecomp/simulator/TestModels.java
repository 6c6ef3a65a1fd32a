package io.mdecomp.simulator;

import io.mdecomp.model.BoundedContext;
import io.mdecomp.model.Cache;
import io.mdecomp.model.Call;
import io.mdecomp.model.CallMode;
import io.mdecomp.model.Deployment;
import io.mdecomp.model.Domain;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.HttpMethod;
import io.mdecomp.model.Service;
import io.mdecomp.model.Subscription;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.distribution.Distribution;
import io.mdecomp.model.quantity.Duration;
import io.mdecomp.simulator.component.EndpointRef;
import io.mdecomp.simulator.component.WorkloadSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Builds small models by hand for tests: services with one or more GET endpoints. */
public final class TestModels {

    private static final SourceLocation L = SourceLocation.UNKNOWN;

    private final List<Service> services = new ArrayList<>();

    public static TestModels model() {
        return new TestModels();
    }

    /** A service {@code name} with the given endpoints and deployment. */
    public TestModels service(String name, Deployment deployment, Endpoint... endpoints) {
        return service(name, deployment, List.of(), endpoints);
    }

    public TestModels service(String name, Deployment deployment, List<Subscription> consumes, Endpoint... endpoints) {
        services.add(new Service(name, "ctx", Optional.empty(), OptionalDouble.empty(), List.of(),
                List.of(endpoints), consumes, deployment, L));
        return this;
    }

    public DomainModel build() {
        BoundedContext ctx = new BoundedContext("ctx", "dom", List.of(), L);
        return new DomainModel("test", 1, List.of(new Domain("dom", "", List.of(ctx), L)), services, List.of(),
                List.of(), L);
    }

    /** {@code GET /name} with a service time and calls. */
    public static Endpoint endpoint(String name, Distribution serviceTime, Call... calls) {
        return new Endpoint(name, HttpMethod.GET, "/" + name, List.of(), List.of(), Optional.ofNullable(serviceTime),
                List.of(calls), List.of(), Optional.empty(), L);
    }

    public static Endpoint publishing(String name, Distribution serviceTime, String event) {
        return new Endpoint(name, HttpMethod.GET, "/" + name, List.of(), List.of(), Optional.ofNullable(serviceTime),
                List.of(), List.of(event), Optional.empty(), L);
    }

    public static Endpoint cached(String name, Distribution serviceTime, double hit, Call... calls) {
        return new Endpoint(name, HttpMethod.GET, "/" + name, List.of(), List.of(), Optional.ofNullable(serviceTime),
                List.of(calls), List.of(), Optional.of(new Cache(hit)), L);
    }

    public static Call sync(String service, String endpoint) {
        return new Call(service, endpoint, CallMode.SYNC, 1, false, Optional.empty(), L);
    }

    public static Call sync(String service, String endpoint, double probability) {
        return new Call(service, endpoint, CallMode.SYNC, probability, false, Optional.empty(), L);
    }

    public static Call parallel(String service, String endpoint) {
        return new Call(service, endpoint, CallMode.SYNC, 1, true, Optional.empty(), L);
    }

    public static Call async(String service, String endpoint, double probability) {
        return new Call(service, endpoint, CallMode.ASYNC, probability, false, Optional.empty(), L);
    }

    public static Subscription consumes(String event, String endpoint) {
        return new Subscription(event, endpoint, L);
    }

    /** The endpoint named {@code Service.endpoint}. */
    public static EndpointRef ref(String name) {
        return EndpointRef.parse(name).orElseThrow();
    }

    public static Duration ms(double millis) {
        return Duration.ofMillis(millis);
    }

    /** An open Poisson workload at {@code rate}/s on one route. */
    public static WorkloadSettings open(double rate, String route) {
        return new WorkloadSettings(new WorkloadSettings.Open(rate, List.of()), 1,
                List.of(new WorkloadSettings.MixEntry(route, 1)));
    }
}
