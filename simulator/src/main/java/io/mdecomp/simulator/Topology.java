package io.mdecomp.simulator;

import io.mdecomp.model.Call;
import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Service;
import io.mdecomp.model.Subscription;
import io.mdecomp.simulator.component.CallPath;
import io.mdecomp.simulator.component.CallPlan;
import io.mdecomp.simulator.component.ConsumerGroup;
import io.mdecomp.simulator.component.DiscoveryClient;
import io.mdecomp.simulator.component.EndpointPlan;
import io.mdecomp.simulator.component.FaultInjector;
import io.mdecomp.simulator.component.Gateway;
import io.mdecomp.simulator.component.LoadBalancer;
import io.mdecomp.simulator.component.Network;
import io.mdecomp.simulator.component.Registry;
import io.mdecomp.simulator.component.Resilience;
import io.mdecomp.simulator.component.Saga;
import io.mdecomp.simulator.component.ServiceStation;
import io.mdecomp.simulator.component.Topic;
import io.mdecomp.simulator.engine.Simulation;
import io.mdecomp.simulator.scenario.DeploymentOverride;
import io.mdecomp.simulator.scenario.SagaDefinition;
import io.mdecomp.simulator.scenario.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The simulated system of one run, wired from a model and a scenario: a station per service,
 * endpoint plans, one call path per caller → callee pair (the gateway is the caller
 * {@code gateway}), the registry and one discovery client per caller, the gateway over every
 * endpoint's route (a route with a saga runs the saga), topics and consumer groups, and the fault
 * injector.
 */
final class Topology {

    static final String GATEWAY = "gateway";

    final Simulation sim;
    final Scenario scenario;
    final Map<String, ServiceStation> stations = new LinkedHashMap<>();
    final Map<String, CallPath> paths = new TreeMap<>();
    final Map<String, Topic> topics = new TreeMap<>();
    final List<ConsumerGroup> groups = new ArrayList<>();
    final List<Saga> sagas = new ArrayList<>();
    final Map<String, EndpointPlan> plans = new LinkedHashMap<>();
    final Map<String, DiscoveryClient> clients = new LinkedHashMap<>();
    final Registry registry;
    final Network network;
    final Gateway gateway;
    final FaultInjector faults;

    Topology(Simulation sim, DomainModel model, Scenario scenario) {
        this.sim = sim;
        this.scenario = scenario;
        int index = 0;
        for (Service service : model.services()) {
            Deployment deployment = service.deployment();
            DeploymentOverride override = scenario.deployment().get(service.name());
            if (override != null) {
                deployment = override.applyTo(deployment);
            }
            stations.put(service.name(), new ServiceStation(service.name(), index++, sim, deployment));
        }
        ServiceStation[] array = stations.values().toArray(new ServiceStation[0]);
        this.registry = new Registry(sim, scenario.discovery(), array);
        this.network = new Network(scenario.networkLatency(), sim.streams().stream("network"), array.length);
        for (Service service : model.services()) {
            ServiceStation station = stations.get(service.name());
            for (Endpoint endpoint : service.endpoints()) {
                double hit = endpoint.cache().map(c -> c.hitRatio()).orElse(0.0);
                plans.put(service.name() + "." + endpoint.name(),
                        new EndpointPlan(station, endpoint.name(), endpoint.serviceTime().orElse(null), hit));
            }
        }
        for (Service service : model.services()) {
            for (Endpoint endpoint : service.endpoints()) {
                for (String event : endpoint.publishes()) {
                    topics.computeIfAbsent(event, Topic::new);
                }
            }
            for (Subscription subscription : service.consumes()) {
                Topic topic = topics.computeIfAbsent(subscription.event(), Topic::new);
                ConsumerGroup group = new ConsumerGroup(sim, plans.get(service.name() + "." + subscription.endpoint()),
                        scenario.consumersPerInstance());
                topic.subscribe(group);
                groups.add(group);
            }
        }
        for (Service service : model.services()) {
            for (Endpoint endpoint : service.endpoints()) {
                List<CallPlan> calls = new ArrayList<>();
                List<Boolean> parallel = new ArrayList<>();
                for (Call call : endpoint.calls()) {
                    CallPath path = path(service.name(), call.service(), call.timeout().isPresent()
                            ? OptionalDouble.of(call.timeout().get().seconds()) : OptionalDouble.empty());
                    calls.add(new CallPlan(path, plans.get(call.target()), call.probability(), call.isSync()));
                    parallel.add(call.parallel());
                }
                List<Topic> published = new ArrayList<>();
                for (String event : endpoint.publishes()) {
                    published.add(topics.get(event));
                }
                plans.get(service.name() + "." + endpoint.name()).wire(calls, parallel, published);
            }
        }
        Map<String, Saga> sagaByRoute = new TreeMap<>();
        for (SagaDefinition definition : scenario.sagas()) {
            Saga saga = saga(definition);
            sagas.add(saga);
            sagaByRoute.put(definition.route(), saga);
        }
        List<Gateway.Route> routes = new ArrayList<>();
        for (Service service : model.services()) {
            for (Endpoint endpoint : service.endpoints()) {
                String route = endpoint.route();
                if (routes.stream().noneMatch(r -> r.name().equals(route))) {
                    routes.add(new Gateway.Route(route, plans.get(service.name() + "." + endpoint.name()),
                            path(GATEWAY, service.name(), OptionalDouble.empty()), sagaByRoute.get(route)));
                }
            }
        }
        this.gateway = new Gateway(sim, scenario.gateway(), routes, scenario.workload().clients());
        this.faults = new FaultInjector(sim, stations, this::partyIndex, registry, network, groups);
    }

    /**
     * The saga of {@code definition}: each step and compensation is a call from the gateway to the
     * endpoint's service, on the same {@code gateway -> Service} path as the gateway's plain calls.
     */
    private Saga saga(SagaDefinition definition) {
        List<Saga.Step> steps = new ArrayList<>();
        for (SagaDefinition.Step step : definition.steps()) {
            CallPath callPath = path(GATEWAY, step.service(), OptionalDouble.empty());
            EndpointPlan compensation = step.compensate().map(plans::get).orElse(null);
            steps.add(new Saga.Step(plans.get(step.call()), callPath, compensation,
                    compensation == null ? null : callPath));
        }
        return new Saga(definition.route(), steps);
    }

    int partyIndex(String party) {
        if (GATEWAY.equals(party)) {
            return -1;
        }
        return stations.get(party).index();
    }

    private DiscoveryClient client(String caller) {
        return clients.computeIfAbsent(caller, c -> new DiscoveryClient(sim, registry));
    }

    /**
     * The path from {@code caller} to {@code callee}, created on first use with the scenario's
     * defaults, then the model's call timeout, then the scenario's per-call override.
     */
    private CallPath path(String caller, String callee, OptionalDouble modelTimeout) {
        String key = caller + " -> " + callee;
        CallPath existing = paths.get(key);
        if (existing != null) {
            return existing;
        }
        Resilience resilience = scenario.resilience();
        if (modelTimeout.isPresent()) {
            resilience = resilience.overriddenBy(new Resilience(modelTimeout, java.util.Optional.empty(),
                    java.util.Optional.empty(), java.util.OptionalInt.empty()));
        }
        Resilience override = scenario.callResilience().get(key);
        if (override != null) {
            resilience = resilience.overriddenBy(override);
        }
        ServiceStation station = stations.get(callee);
        List<Double> weightList = scenario.loadBalancing().weights().get(callee);
        double[] weights = weightList == null ? null : weightList.stream().mapToDouble(Double::doubleValue).toArray();
        LoadBalancer balancer = new LoadBalancer(sim, key, scenario.loadBalancing().strategy(),
                station.instanceCount(), weights, scenario.loadBalancing().outlier().orElse(null));
        int callerIndex = GATEWAY.equals(caller) ? -1 : stations.get(caller).index();
        CallPath path = new CallPath(sim, caller, callerIndex, station, client(caller), balancer, network, resilience);
        paths.put(key, path);
        return path;
    }

    /** Starts the registry, the clients and the faults. */
    void start() {
        registry.start();
        clients.values().forEach(DiscoveryClient::start);
        faults.schedule(scenario.faults());
    }
}
