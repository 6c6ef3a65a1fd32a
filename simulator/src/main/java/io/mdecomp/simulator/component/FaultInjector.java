package io.mdecomp.simulator.component;

import io.mdecomp.simulator.engine.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Schedules each fault's start and end. A kill crashes the highest-numbered live instances and
 * restarts them at the end (they register again and consumers resume); slow and fail change the
 * service's factors for the duration; a partition cuts both directions; a stalled registry
 * neither sweeps nor refreshes.
 */
public final class FaultInjector {

    private final Simulation sim;
    private final Map<String, ServiceStation> services;
    private final ToIntFunction<String> partyIndex;
    private final Registry registry;
    private final Network network;
    private final List<ConsumerGroup> consumers;

    public FaultInjector(Simulation sim, Map<String, ServiceStation> services, ToIntFunction<String> partyIndex,
                         Registry registry, Network network, List<ConsumerGroup> consumers) {
        this.sim = sim;
        this.services = Map.copyOf(services);
        this.partyIndex = partyIndex;
        this.registry = registry;
        this.network = network;
        this.consumers = List.copyOf(consumers);
    }

    /** Schedules every fault. */
    public void schedule(List<Fault> faults) {
        for (Fault fault : faults) {
            sim.at(fault.at(), () -> begin(fault));
        }
    }

    private void begin(Fault fault) {
        Fault.Kind kind = fault.kind();
        if (kind instanceof Fault.Kill kill) {
            ServiceStation station = services.get(kill.service());
            List<Instance> killed = new ArrayList<>();
            for (int i = station.instanceCount() - 1; i >= 0 && killed.size() < kill.instances(); i--) {
                Instance instance = station.instance(i);
                if (instance.alive()) {
                    instance.kill();
                    registry.died(instance);
                    killed.add(instance);
                }
            }
            sim.schedule(fault.duration(), () -> {
                killed.forEach(Instance::restart);
                consumers.forEach(ConsumerGroup::resume);
            });
        } else if (kind instanceof Fault.Slow slow) {
            ServiceStation station = services.get(slow.service());
            station.slow(slow.factor());
            sim.schedule(fault.duration(), () -> station.slow(1 / slow.factor()));
        } else if (kind instanceof Fault.Fail fail) {
            ServiceStation station = services.get(fail.service());
            station.failShare(fail.rate());
            sim.schedule(fault.duration(), () -> station.failShare(0));
        } else if (kind instanceof Fault.Partition partition) {
            int a = partyIndex.applyAsInt(partition.a());
            int b = partyIndex.applyAsInt(partition.b());
            network.partition(a, b, 1, partition.connectTimeoutSeconds());
            sim.schedule(fault.duration(), () -> network.partition(a, b, -1, partition.connectTimeoutSeconds()));
        } else {
            registry.stall(true);
            sim.schedule(fault.duration(), () -> registry.stall(false));
        }
    }
}
