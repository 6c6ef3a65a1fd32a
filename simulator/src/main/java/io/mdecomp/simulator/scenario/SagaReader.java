package io.mdecomp.simulator.scenario;

import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Service;
import io.mdecomp.model.diagnostic.Suggestions;
import io.mdecomp.model.yaml.YamlMap;
import io.mdecomp.model.yaml.YamlNode;
import io.mdecomp.simulator.component.EndpointRef;
import io.mdecomp.simulator.component.WorkloadSettings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a scenario's {@code sagas:} list: {@code {route: POST /orders, steps: [{call:
 * InventoryService.reserveStock, compensate: InventoryService.releaseReservation}, ...]}}. Endpoints
 * are named {@code Service.endpoint}, as the model's calls name them. Reported, each at its node:
 * an unknown route, a route the workload's mix never sends, a second saga for a route, a missing
 * or empty step list, an unknown or malformed endpoint name (with "did you mean"), and a
 * compensation on another service than its step (a compensation undoes its step's local
 * transaction, so it belongs to the service that made it).
 */
final class SagaReader {

    private final DomainModel model;
    private final Set<String> routes;
    private final Set<String> endpoints = new LinkedHashSet<>();

    SagaReader(DomainModel model, Set<String> routes) {
        this.model = model;
        this.routes = routes;
        for (Service service : model.services()) {
            for (Endpoint endpoint : service.endpoints()) {
                endpoints.add(service.name() + "." + endpoint.name());
            }
        }
    }

    /** The valid sagas of {@code items}; problems go to the nodes' collector. */
    List<SagaDefinition> read(List<YamlNode> items, Optional<WorkloadSettings> workload) {
        List<SagaDefinition> result = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (YamlNode item : items) {
            item.labelled("a saga").asMap().flatMap(m -> saga(m, workload)).ifPresent(saga -> {
                if (!seen.add(saga.route())) {
                    item.asMap().flatMap(m -> m.required("route")).ifPresent(n -> n.error("duplicate",
                            "route '" + saga.route() + "' has two sagas; give it one saga with all its steps"));
                } else {
                    result.add(saga);
                }
            });
        }
        return result;
    }

    private Optional<SagaDefinition> saga(YamlMap m, Optional<WorkloadSettings> workload) {
        m.allowOnly("route", "steps");
        Optional<String> route = m.name("route").map(r -> r.trim().replaceAll("\\s+", " "));
        boolean ok = route.isPresent();
        if (route.isPresent() && !routes.contains(route.get())) {
            String r = route.get();
            m.required("route").ifPresent(n -> n.error("ref", "unknown route '" + r + "'"
                    + Suggestions.didYouMean(r, routes) + " (known: " + Suggestions.known(r, routes) + ")"));
            ok = false;
        } else if (route.isPresent() && workload.isPresent() && workload.get().mix().stream()
                .noneMatch(e -> e.route().equals(route.get()))) {
            m.required("route").ifPresent(n -> n.error("ref", "saga for route '" + route.get()
                    + "', which the workload's mix never sends; add the route to the mix or drop the saga"));
            ok = false;
        }
        List<SagaDefinition.Step> steps = new ArrayList<>();
        Optional<List<YamlNode>> items = m.required("steps").flatMap(n -> n.asList("a list of steps"));
        if (items.isPresent() && items.get().isEmpty()) {
            m.required("steps").ifPresent(n -> n.error("value", "a saga needs at least one step"
                    + " ({call: Service.endpoint, compensate: Service.endpoint})"));
        }
        boolean stepsOk = items.isPresent();
        for (YamlNode item : items.orElse(List.of())) {
            Optional<SagaDefinition.Step> step = item.labelled("a saga step").asMap().flatMap(this::step);
            step.ifPresent(steps::add);
            stepsOk &= step.isPresent();
        }
        if (!ok || !stepsOk || steps.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SagaDefinition(route.get(), steps, m.location()));
    }

    private Optional<SagaDefinition.Step> step(YamlMap s) {
        s.allowOnly("call", "compensate");
        Optional<EndpointRef> call = s.required("call").flatMap(n -> endpoint(n, "call"));
        Optional<EndpointRef> compensate = Optional.empty();
        boolean ok = call.isPresent();
        Optional<YamlNode> node = s.optional("compensate");
        if (node.isPresent()) {
            compensate = endpoint(node.get(), "compensate");
            ok &= compensate.isPresent();
            if (call.isPresent() && compensate.isPresent()
                    && !call.get().service().equals(compensate.get().service())) {
                node.get().error("value", "compensation '" + compensate.get() + "' is on "
                        + compensate.get().service() + " but its step '" + call.get() + "' is on "
                        + call.get().service() + "; a compensation undoes its step's local transaction, so name an"
                        + " endpoint of " + call.get().service());
                ok = false;
            }
        }
        return ok ? Optional.of(new SagaDefinition.Step(call.get(), compensate)) : Optional.empty();
    }

    /** The endpoint named by {@code node} as {@code Service.endpoint}, or empty after reporting it. */
    private Optional<EndpointRef> endpoint(YamlNode node, String key) {
        Optional<String> text = node.asName();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String name = text.get().trim();
        Optional<EndpointRef> ref = EndpointRef.parse(name);
        if (ref.isEmpty()) {
            node.error("value", "'" + key + "' must name an endpoint as 'Service.endpoint', got '" + name + "'"
                    + Suggestions.didYouMean(name, endpoints));
            return Optional.empty();
        }
        if (!endpoints.contains(name)) {
            String service = ref.get().service();
            String known = model.service(service).isPresent()
                    ? "endpoints of " + service + ": " + Suggestions.known(name, endpointsOf(service))
                    : "services: " + Suggestions.known(service, serviceNames());
            node.error("ref", "unknown endpoint '" + name + "'" + Suggestions.didYouMean(name, endpoints)
                    + " (known " + known + ")");
            return Optional.empty();
        }
        return ref;
    }

    private List<String> endpointsOf(String service) {
        List<String> result = new ArrayList<>();
        for (String e : endpoints) {
            if (e.startsWith(service + ".")) {
                result.add(e);
            }
        }
        return result;
    }

    private List<String> serviceNames() {
        List<String> result = new ArrayList<>();
        for (Service s : model.services()) {
            result.add(s.name());
        }
        return result;
    }
}
