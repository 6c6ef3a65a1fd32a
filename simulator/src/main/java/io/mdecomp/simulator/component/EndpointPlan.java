package io.mdecomp.simulator.component;

import io.mdecomp.model.distribution.Distribution;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An endpoint as the simulation runs it: its service, service time (null: none), cache hit ratio,
 * downstream calls in groups (a group runs in parallel; groups run in order) and the topics it
 * publishes to. Calls and topics are wired after construction, since endpoints call each other.
 */
public final class EndpointPlan {

    private final ServiceStation service;
    private final String name;
    private final Distribution serviceTime;
    private final double cacheHitRatio;
    private CallPlan[][] groups = new CallPlan[0][];
    private Topic[] publishes = new Topic[0];

    public EndpointPlan(ServiceStation service, String name, Distribution serviceTime, double cacheHitRatio) {
        this.service = Objects.requireNonNull(service, "service");
        this.name = Objects.requireNonNull(name, "name");
        this.serviceTime = serviceTime;
        this.cacheHitRatio = cacheHitRatio;
    }

    public ServiceStation service() {
        return service;
    }

    public String name() {
        return name;
    }

    Distribution serviceTime() {
        return serviceTime;
    }

    double cacheHitRatio() {
        return cacheHitRatio;
    }

    CallPlan[][] groups() {
        return groups;
    }

    Topic[] publishes() {
        return publishes;
    }

    /** Sets the calls in order; consecutive calls flagged parallel form one group. */
    public void wire(List<CallPlan> calls, List<Boolean> parallel, List<Topic> topics) {
        List<CallPlan[]> result = new ArrayList<>();
        List<CallPlan> current = new ArrayList<>();
        boolean currentParallel = false;
        for (int i = 0; i < calls.size(); i++) {
            boolean p = parallel.get(i);
            if (!current.isEmpty() && !(p && currentParallel)) {
                result.add(current.toArray(new CallPlan[0]));
                current.clear();
            }
            current.add(calls.get(i));
            currentParallel = p;
        }
        if (!current.isEmpty()) {
            result.add(current.toArray(new CallPlan[0]));
        }
        this.groups = result.toArray(new CallPlan[0][]);
        this.publishes = topics.toArray(new Topic[0]);
    }
}
