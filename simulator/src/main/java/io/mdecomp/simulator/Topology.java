package io.mdecomp.simulator;

import io.mdecomp.model.Call;
import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.PublishRule;
import io.mdecomp.model.Service;
import io.mdecomp.model.Subscription;
import io.mdecomp.simulator.component.CallKey;
import io.mdecomp.simulator.component.CallPath;
import io.mdecomp.simulator.component.CallPlan;
import io.mdecomp.simulator.component.ConsumerGroup;
import io.mdecomp.simulator.component.DiscoveryClient;
import io.mdecomp.simulator.component.EndpointPlan;
import io.mdecomp.simulator.component.EndpointRef;
import io.mdecomp.simulator.component.FaultInjector;
import io.mdecomp.simulator.component.Gateway;
import io.mdecomp.simulator.component.LoadBalancer;
import io.mdecomp.simulator.component.Network;
import io.mdecomp.simulator.component.Recorder;
import io.mdecomp.simulator.component.Registry;
import io.mdecomp.simulator.component.Saga;
import io.mdecomp.simulator.component.ServiceStation;
import io.mdecomp.simulator.component.Topic;
import io.mdecomp.simulator.engine.Simulation;
import io.mdecomp.simulator.scenario.DeploymentOverride;
import io.mdecomp.simulator.scenario.Infrastructure;
import io.mdecomp.simulator.scenario.SagaDefinition;
import io.mdecomp.simulator.scenario.Scenario;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The simulated system of one run, wired from a model and a scenario: a station per service,
 * endpoint plans, one call path per caller → callee pair (the gateway is the caller
 * {@value CallKey#GATEWAY}), the registry and one discovery client per caller, the gateway over
 * every endpoint's route (a route with a saga runs the saga), topics and consumer groups, and the
 * fault injector. Once wired its structure does not change; the components keep their own state,
 * and those that keep statistics are {@link #recorders()}.
 */
final class Topology {

    private final Simulation sim;
    private final Scenario scenario;
    private final Map<String, ServiceStation> stations = new LinkedHashMap<>();
    private final Map<CallKey, CallPath> paths = new TreeMap<>();
    private final Map<String, Topic> topics = new TreeMap<>();
    private final List<ConsumerGroup> groups = new ArrayList<>();
    private final List<Saga> sagas = new ArrayList<>();
    private final Map<EndpointRef, EndpointPlan> plans = new LinkedHashMap<>();
    private final Map<String, DiscoveryClient> clients = new LinkedHashMap<>();
    private final Registry registry;
    private final Network network;
    private final Gateway gateway;
    private final FaultInjector faults;

    Topology(Simulation sim, DomainModel model, Scenario scenario) {
        this.sim = sim;
        this.scenario = scenario;
        Infrastructure infrastructure = scenario.infrastructure();
        int index = 0;
        for (Service service : model.services()) {
            Deployment deployment = service.deployment();
            DeploymentOverride override = scenario.deployment().get(service.name());
            double[] speeds = new double[0];
            if (override != null) {
                deployment = override.applyTo(deployment);
                if (!override.speeds().isEmpty()) {
                    speeds = new double[deployment.instances()];
                    for (int i = 0; i < speeds.length; i++) {
                        speeds[i] = override.speed(i);
                    }
                }
            }
            stations.put(service.name(), new ServiceStation(service.name(), index++, sim, deployment, speeds));
        }
        ServiceStation[] array = stations.values().toArray(new ServiceStation[0]);
        this.registry = new Registry(sim, infrastructure.discovery(), array);
        this.network = new Network(infrastructure.networkLatency());
        for (Service service : model.services()) {
            ServiceStation station = stations.get(service.name());
            for (Endpoint endpoint : service.endpoints()) {
                double hit = endpoint.cache().map(c -> c.hitRatio()).orElse(0.0);
                EndpointPlan plan = new EndpointPlan(station, endpoint.name(), endpoint.serviceTime().orElse(null),
                        hit, sim.streams());
                plan.route(endpoint.route());
                plans.put(plan.ref(), plan);
            }
        }
        wireEvents(model, infrastructure.consumersPerInstance());
        wireCalls(model);
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
                    routes.add(new Gateway.Route(route, plan(service.name(), endpoint.name()),
                            path(CallKey.fromGateway(service.name()), OptionalDouble.empty()), sagaByRoute.get(route)));
                }
            }
        }
        this.gateway = new Gateway(sim, infrastructure.gateway(), routes, scenario.workload().clients());
        this.faults = new FaultInjector(sim, stations, this::partyIndex, registry, network, groups);
    }

    private EndpointPlan plan(String service, String endpoint) {
        return plans.get(new EndpointRef(service, endpoint));
    }

    private void wireEvents(DomainModel model, int consumersPerInstance) {
        for (Service service : model.services()) {
            for (Endpoint endpoint : service.endpoints()) {
                for (String event : endpoint.publishes()) {
                    topics.computeIfAbsent(event, Topic::new);
                }
            }
            for (Subscription subscription : service.consumes()) {
                Topic topic = topics.computeIfAbsent(subscription.event(), Topic::new);
                ConsumerGroup group = new ConsumerGroup(sim, plan(service.name(), subscription.endpoint()),
                        consumersPerInstance);
                topic.subscribe(group);
                groups.add(group);
            }
        }
    }

    private void wireCalls(DomainModel model) {
        for (Service service : model.services()) {
            for (Endpoint endpoint : service.endpoints()) {
                List<CallPlan> calls = new ArrayList<>();
                List<Boolean> parallel = new ArrayList<>();
                for (Call call : endpoint.calls()) {
                    CallPath path = path(new CallKey(service.name(), call.service()), call.timeout().isPresent()
                            ? OptionalDouble.of(call.timeout().get().seconds()) : OptionalDouble.empty());
                    calls.add(new CallPlan(path, plan(call.service(), call.endpoint()), call.probability(),
                            call.isSync()));
                    parallel.add(call.parallel());
                }
                List<Topic> published = new ArrayList<>();
                List<PublishRule> rules = new ArrayList<>();
                for (String event : endpoint.publishes()) {
                    published.add(topics.get(event));
                    rules.add(endpoint.publishRule(event));
                }
                plan(service.name(), endpoint.name()).wire(calls, parallel, published, rules);
            }
        }
    }

    /**
     * The saga of {@code definition}: each step and compensation is a call from the gateway to the
     * endpoint's service, on the same {@code gateway -> Service} path as the gateway's plain calls.
     */
    private Saga saga(SagaDefinition definition) {
        List<Saga.Step> steps = new ArrayList<>();
        for (SagaDefinition.Step step : definition.steps()) {
            CallPath callPath = path(CallKey.fromGateway(step.service()), OptionalDouble.empty());
            EndpointPlan compensation = step.compensate().map(plans::get).orElse(null);
            steps.add(new Saga.Step(plans.get(step.call()), callPath, compensation,
                    compensation == null ? null : callPath));
        }
        return new Saga(definition.route(), steps);
    }

    private int partyIndex(String party) {
        if (CallKey.GATEWAY.equals(party)) {
            return -1;
        }
        return stations.get(party).index();
    }

    private DiscoveryClient client(String caller) {
        return clients.computeIfAbsent(caller, c -> new DiscoveryClient(sim, registry, c));
    }

    /**
     * The path of calls {@code key}, created on first use with the scenario's patterns for it
     * (defaults, the model's call timeout, the scenario's override).
     */
    private CallPath path(CallKey key, OptionalDouble modelTimeout) {
        CallPath existing = paths.get(key);
        if (existing != null) {
            return existing;
        }
        ServiceStation station = stations.get(key.callee());
        List<Double> weightList = scenario.infrastructure().loadBalancing().weights().get(key.callee());
        double[] weights = weightList == null ? null : weightList.stream().mapToDouble(Double::doubleValue).toArray();
        LoadBalancer balancer = new LoadBalancer(sim, key.toString(),
                scenario.infrastructure().loadBalancing().strategy(), station.instanceCount(), weights,
                scenario.infrastructure().loadBalancing().outlier().orElse(null));
        CallPath path = new CallPath(sim, key, partyIndex(key.caller()), station, client(key.caller()), balancer,
                network, scenario.resilience().forCall(key, modelTimeout));
        paths.put(key, path);
        return path;
    }

    /** Starts the registry, the clients and the faults. */
    void start() {
        registry.start();
        clients.values().forEach(DiscoveryClient::start);
        faults.schedule(scenario.faults());
    }

    /** Every component that keeps statistics, in a fixed order. */
    List<Recorder> recorders() {
        List<Recorder> recorders = new ArrayList<>(stations.values());
        recorders.addAll(paths.values());
        recorders.addAll(groups);
        recorders.addAll(topics.values());
        recorders.addAll(sagas);
        recorders.add(gateway);
        return recorders;
    }

    Gateway gateway() {
        return gateway;
    }

    /** The services in model order. */
    Collection<ServiceStation> stations() {
        return Collections.unmodifiableCollection(stations.values());
    }

    /** The call paths, ordered by caller and callee. */
    Collection<CallPath> paths() {
        return Collections.unmodifiableCollection(paths.values());
    }

    /** The topics by event name, sorted. */
    Map<String, Topic> topics() {
        return Collections.unmodifiableMap(topics);
    }

    /** The sagas in the order of the scenario's definitions. */
    List<Saga> sagas() {
        return Collections.unmodifiableList(sagas);
    }
}
