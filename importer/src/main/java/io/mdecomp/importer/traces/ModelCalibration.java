package io.mdecomp.importer.traces;

import io.mdecomp.importer.traces.Observed.ObservedCall;
import io.mdecomp.importer.traces.Observed.ObservedEndpoint;
import io.mdecomp.model.Call;
import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Service;
import io.mdecomp.model.Subscription;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Calibrates an existing model with what the traces show ({@code --into}). Services match by
 * name: exactly, else ignoring case and punctuation ({@code order-service} is
 * {@code OrderService}), else also without a trailing {@code service}. Endpoints of a matched
 * service match by method and path, path parameters compared by position only
 * ({@code /orders/{orderId}} is {@code /orders/:id}); else by name ignoring case; message
 * endpoints match the endpoint that consumes their topic. A matched endpoint gets the fitted
 * service time, and each of its calls whose callee matched gets the observed mean per request
 * spread over the model's calls to that callee in order (1, 1, ..., the rest); a call the
 * traces show fewer times than the model lists is dropped. A matched service gets the
 * observed instance count. Everything else is kept as written, and what did not match either way
 * is listed.
 */
final class ModelCalibration {

    /**
     * @param model    the calibrated model
     * @param report   what was calibrated and what was not
     * @param routes   the model route of each trace endpoint that matched
     * @param services the model service of each trace service that matched
     */
    record Result(DomainModel model, TraceReport.MergeReport report, Map<EndpointKey, String> routes,
                  Map<String, String> services) {
    }

    private final DomainModel model;
    private final Observed observed;
    private final Map<String, String> services = new LinkedHashMap<>();
    private final Map<EndpointKey, Endpoint> matched = new HashMap<>();
    private final List<String> calibrated = new ArrayList<>();
    private final Set<String> notInModel = new TreeSet<>();
    private final Set<String> notInTraces = new TreeSet<>();

    private ModelCalibration(DomainModel model, Observed observed) {
        this.model = model;
        this.observed = observed;
    }

    static Result calibrate(DomainModel model, Observed observed) {
        return new ModelCalibration(model, observed).run();
    }

    private Result run() {
        match();
        List<Service> result = new ArrayList<>();
        for (Service service : model.services()) {
            result.add(service(service));
        }
        Map<EndpointKey, String> routes = new HashMap<>();
        matched.forEach((key, endpoint) -> routes.put(key, endpoint.route()));
        DomainModel calibratedModel = new DomainModel(model.system(), model.version(), model.domains(), result,
                model.dependencies(), model.useCases(), model.components(), model.location());
        return new Result(calibratedModel, new TraceReport.MergeReport(calibrated, List.copyOf(notInModel),
                List.copyOf(notInTraces)), routes, services);
    }

    private void match() {
        Map<String, Service> byName = new LinkedHashMap<>();
        model.services().forEach(s -> byName.put(s.name(), s));
        for (ObservedEndpoint e : observed.endpoints().values()) {
            String traced = e.key().service();
            Optional<Service> service = Optional.ofNullable(byName.get(services.computeIfAbsent(traced,
                    t -> findService(t).orElse(""))));
            if (service.isEmpty()) {
                notInModel.add("service " + traced + " (" + Names.plural(observed.endpoints().values().stream()
                        .filter(x -> x.key().service().equals(traced)).count(), "endpoint") + ")");
                continue;
            }
            Optional<Endpoint> endpoint = findEndpoint(service.get(), e);
            if (endpoint.isPresent()) {
                matched.put(e.key(), endpoint.get());
            } else {
                notInModel.add("endpoint " + traced + " " + e.key().route() + " (" + Names.plural(e.requests(), "request") + ")");
            }
        }
        services.values().removeIf(String::isEmpty);
        for (Service service : model.services()) {
            for (Endpoint endpoint : service.endpoints()) {
                if (!matched.containsValue(endpoint)) {
                    notInTraces.add("endpoint " + service.name() + "." + endpoint.name() + " (" + endpoint.route() + ")");
                }
            }
        }
    }

    private Optional<String> findService(String traced) {
        for (int strictness = 0; strictness < 3; strictness++) {
            for (Service service : model.services()) {
                if (serviceName(service.name(), strictness).equals(serviceName(traced, strictness))) {
                    return Optional.of(service.name());
                }
            }
        }
        return Optional.empty();
    }

    private static String serviceName(String name, int strictness) {
        if (strictness == 0) {
            return name;
        }
        String loose = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return strictness == 1 ? loose : loose.replaceAll("service$", "");
    }

    private static Optional<Endpoint> findEndpoint(Service service, ObservedEndpoint e) {
        if (!e.consumes().isEmpty()) {
            for (Subscription subscription : service.consumes()) {
                if (subscription.event().equals(e.consumes())) {
                    return service.endpoint(subscription.endpoint());
                }
            }
        }
        String shape = shape(e.key().path());
        for (Endpoint endpoint : service.endpoints()) {
            if (endpoint.method().yamlName().equals(e.key().method()) && shape(endpoint.path()).equals(shape)) {
                return Optional.of(endpoint);
            }
        }
        return service.endpoints().stream().filter(x -> x.name().equalsIgnoreCase(e.name())).findFirst();
    }

    /** A path with every parameter segment ({@code {x}}, {@code :x}, {@code <x>}) as {@code {}} and no trailing slash. */
    static String shape(String path) {
        String shape = path.replaceAll("\\{[^/}]*}|(?<=/):[^/]+|<[^/>]*>", "{}");
        return shape.length() > 1 && shape.endsWith("/") ? shape.substring(0, shape.length() - 1) : shape;
    }

    private Service service(Service service) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Endpoint endpoint : service.endpoints()) {
            Optional<ObservedEndpoint> traced = tracedOf(endpoint);
            endpoints.add(traced.map(t -> endpoint(service, endpoint, t)).orElse(endpoint));
        }
        Deployment deployment = service.deployment();
        Optional<String> traced = services.entrySet().stream().filter(e -> e.getValue().equals(service.name()))
                .map(Map.Entry::getKey).findFirst();
        int instances = traced.map(t -> observed.instances().getOrDefault(t, 0)).orElse(0);
        if (instances > 0 && instances != deployment.instances()) {
            deployment = new Deployment(instances, deployment.workers(), deployment.queue());
            calibrated.add("service " + service.name() + ": " + instances + " instances (was "
                    + service.deployment().instances() + ")");
        }
        return new Service(service.name(), service.context(), service.team(), service.complexity(), service.owns(),
                endpoints, service.consumes(), deployment, service.location());
    }

    private Optional<ObservedEndpoint> tracedOf(Endpoint endpoint) {
        return matched.entrySet().stream().filter(e -> e.getValue() == endpoint)
                .map(e -> observed.endpoints().get(e.getKey())).findFirst();
    }

    private Endpoint endpoint(Service service, Endpoint endpoint, ObservedEndpoint traced) {
        String subject = service.name() + "." + endpoint.name();
        Map<String, ObservedCall> observedByTarget = new LinkedHashMap<>();
        for (ObservedCall call : traced.calls()) {
            Endpoint callee = matched.get(call.callee());
            String calleeService = services.get(call.callee().service());
            if (callee == null || calleeService == null) {
                notInModel.add("call " + subject + " -> " + call.callee() + " (" + fmt(call.perRequest()) + " per request)");
            } else {
                observedByTarget.put(calleeService + "." + callee.name(), call);
            }
        }
        List<Call> calls = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Call call : endpoint.calls()) {
            ObservedCall observedCall = observedByTarget.get(call.target());
            if (observedCall == null) {
                notInTraces.add("call " + subject + " -> " + call.target() + " (not seen in "
                        + Names.plural(traced.requests(), "request") + "; kept as written)");
                calls.add(call);
                continue;
            }
            int index = seen.merge(call.target(), 1, Integer::sum) - 1;
            double probability = Math.round(Math.min(1, Math.max(0, observedCall.perRequest() - index)) * 10_000) / 10_000.0;
            if (probability == 0) {
                notInTraces.add("call " + subject + " -> " + call.target() + " #" + (index + 1) + " (the traces show "
                        + fmt(observedCall.perRequest()) + " per request; dropped)");
                continue;
            }
            calls.add(new Call(call.service(), call.endpoint(), call.mode(), probability, call.parallel(), call.timeout(),
                    call.location()));
        }
        observedByTarget.forEach((target, call) -> {
            int listed = seen.getOrDefault(target, 0);
            if (listed == 0) {
                notInModel.add("call " + subject + " -> " + target + " (" + fmt(call.perRequest()) + " per request)");
            } else if (call.perRequest() > listed + 0.00005) {
                notInModel.add("call " + subject + " -> " + target + " (" + fmt(call.perRequest())
                        + " per request, the model lists " + listed + ")");
            }
        });
        for (String event : traced.publishes().keySet()) {
            if (!endpoint.publishes().contains(event)) {
                notInModel.add("event " + event + " published by " + subject);
            }
        }
        calibrated.add("endpoint " + subject + ": service time " + traced.fit().summary() + ", "
                + Names.plural(traced.requests(), "request"));
        return new Endpoint(endpoint.name(), endpoint.method(), endpoint.path(), endpoint.reads(), endpoint.writes(),
                Optional.of(traced.fit().distribution()), calls, endpoint.publishes(), endpoint.cache(),
                endpoint.location(), endpoint.publishRules());
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }
}
