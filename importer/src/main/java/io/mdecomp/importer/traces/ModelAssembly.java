package io.mdecomp.importer.traces;

import io.mdecomp.importer.traces.Observed.ObservedCall;
import io.mdecomp.importer.traces.Observed.ObservedEndpoint;
import io.mdecomp.model.BoundedContext;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Builds a new model from what the traces show: one domain named after the system, a bounded
 * context per service (named like it, without entities: traces do not show data), a service per
 * service that received requests or messages, with its instances when spans named them (workers
 * and queue are not visible in traces and keep the model's defaults). Endpoints get their fitted
 * service time, their calls in order ({@link #calls}) and the events they published; message
 * endpoints consume their topic. Services and events are named as the model allows
 * ({@link Names#services}, {@link Names#event}): traces may call a service {@code frontend.proxy}
 * and a topic {@code orders/v1}.
 */
final class ModelAssembly {

    private ModelAssembly() {
    }

    /**
     * @param model    the new model
     * @param services the model service of each trace service
     */
    record Result(DomainModel model, Map<String, String> services) {
    }

    static Result assemble(String system, Observed observed) {
        Map<String, List<ObservedEndpoint>> byService = new LinkedHashMap<>();
        observed.endpoints().values().forEach(e -> byService.computeIfAbsent(e.key().service(), s -> new ArrayList<>()).add(e));
        Map<String, String> names = Names.services(byService.keySet());
        List<BoundedContext> contexts = new ArrayList<>();
        List<Service> services = new ArrayList<>();
        for (Map.Entry<String, List<ObservedEndpoint>> entry : byService.entrySet()) {
            String name = names.get(entry.getKey());
            contexts.add(new BoundedContext(name, system, List.of(), SourceLocation.UNKNOWN));
            List<Endpoint> endpoints = new ArrayList<>();
            List<Subscription> consumes = new ArrayList<>();
            for (ObservedEndpoint e : entry.getValue()) {
                endpoints.add(new Endpoint(e.name(), HttpMethod.valueOf(e.key().method()), e.key().path(), List.of(),
                        List.of(), Optional.of(e.fit().distribution()), calls(e, observed, names),
                        e.publishes().keySet().stream().map(Names::event).distinct().toList(),
                        Optional.empty(), SourceLocation.UNKNOWN));
                if (!e.consumes().isEmpty()) {
                    consumes.add(new Subscription(Names.event(e.consumes()), e.name(), SourceLocation.UNKNOWN));
                }
            }
            int instances = observed.instances().getOrDefault(entry.getKey(), 0);
            Deployment deployment = instances > 1
                    ? new Deployment(instances, Deployment.DEFAULT.workers(), Deployment.DEFAULT.queue())
                    : Deployment.DEFAULT;
            services.add(new Service(name, name, Optional.empty(), OptionalDouble.empty(), List.of(), endpoints, consumes,
                    deployment, SourceLocation.UNKNOWN));
        }
        Domain domain = new Domain(system, "imported from traces", contexts, SourceLocation.UNKNOWN);
        return new Result(new DomainModel(system, DomainModel.FORMAT_VERSION, List.of(domain), services, List.of(),
                List.of(), SourceLocation.UNKNOWN), names);
    }

    /**
     * The calls of an endpoint in the model's terms: a mean of m calls per request becomes ⌊m⌋ calls
     * made always and one made with probability m − ⌊m⌋ (rounded to four decimals; dropped when it
     * rounds to 0), so the mean is kept. A call that overlapped an earlier one is parallel, and so
     * is the call before it, so they form one group.
     */
    static List<Call> calls(ObservedEndpoint endpoint, Observed observed, Map<String, String> services) {
        List<Call> calls = new ArrayList<>();
        List<ObservedCall> observedCalls = endpoint.calls();
        for (int i = 0; i < observedCalls.size(); i++) {
            ObservedCall call = observedCalls.get(i);
            boolean parallel = call.parallel() || (i + 1 < observedCalls.size() && observedCalls.get(i + 1).parallel());
            ObservedEndpoint callee = observed.endpoints().get(call.callee());
            for (double probability : probabilities(call.perRequest())) {
                calls.add(new Call(services.get(callee.key().service()), callee.name(), CallMode.SYNC, probability, parallel,
                        Optional.empty(), SourceLocation.UNKNOWN));
            }
        }
        return calls;
    }

    /** ⌊m⌋ ones and the rounded rest: 2.25 gives [1, 1, 0.25]; 0.00004 gives []. */
    static List<Double> probabilities(double perRequest) {
        List<Double> result = new ArrayList<>();
        double rounded = Math.round(perRequest * 10_000) / 10_000.0;
        long whole = (long) Math.floor(rounded);
        for (long i = 0; i < whole; i++) {
            result.add(1.0);
        }
        double rest = Math.round((rounded - whole) * 10_000) / 10_000.0;
        if (rest > 0) {
            result.add(rest);
        }
        return result;
    }
}
