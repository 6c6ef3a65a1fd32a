package io.mdecomp.simulator.component;

import io.mdecomp.model.PublishRule;
import io.mdecomp.model.distribution.Distribution;
import io.mdecomp.model.distribution.Sampler;
import io.mdecomp.simulator.engine.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * An endpoint as the simulation runs it: its service, service time (null: none), cache hit ratio,
 * downstream calls in groups (a group runs in parallel; groups run in order) and the topics it
 * publishes to. Calls and topics are wired after construction, since endpoints call each other.
 *
 * <p>Each source of randomness has its own stream, named after the endpoint: service times
 * ({@code endpoint S.e time}), cache hits ({@code endpoint S.e cache}) and which optional calls
 * are made ({@code endpoint S.e calls}), and which events with a probability are published
 * ({@code endpoint S.e publish}). So switching on a fault, a cache or an optional call
 * never shifts the service times drawn, and two models that share an endpoint draw the same
 * service times for it.
 */
public final class EndpointPlan {

    private final ServiceStation service;
    private final EndpointRef ref;
    private final Sampler serviceTime;
    private final double cacheHitRatio;
    private final SplittableRandom times;
    private final SplittableRandom cache;
    private final SplittableRandom branches;
    private String route;
    private CallPlan[][] groups = new CallPlan[0][];
    private Topic[] publishes = new Topic[0];
    private PublishRule[] rules = new PublishRule[0];
    private final SplittableRandom publications;

    public EndpointPlan(ServiceStation service, String name, Distribution serviceTime, double cacheHitRatio,
                        RandomStreams streams) {
        this.service = Objects.requireNonNull(service, "service");
        this.ref = new EndpointRef(service.name(), Objects.requireNonNull(name, "name"));
        this.serviceTime = serviceTime == null ? null : serviceTime.sampler();
        this.cacheHitRatio = cacheHitRatio;
        this.times = streams.stream("endpoint " + ref + " time");
        this.cache = streams.stream("endpoint " + ref + " cache");
        this.branches = streams.stream("endpoint " + ref + " calls");
        this.publications = streams.stream("endpoint " + ref + " publish");
        this.route = "POST /" + name;
    }

    /** {@code POST /orders}: how traces name this endpoint; {@code POST /name} unless set. */
    public String route() {
        return route;
    }

    /** Sets the route traces name this endpoint by. */
    public void route(String newRoute) {
        this.route = Objects.requireNonNull(newRoute, "route");
    }

    public ServiceStation service() {
        return service;
    }

    public String name() {
        return ref.endpoint();
    }

    /** {@code Service.endpoint}. */
    public EndpointRef ref() {
        return ref;
    }

    /** The next service time in seconds, before any slow-down; 0 without a distribution. */
    double drawServiceTime() {
        return serviceTime == null ? 0 : serviceTime.sample(times);
    }

    /** Whether this request is answered from the cache (no draw without a cache). */
    boolean drawCacheHit() {
        return cacheHitRatio > 0 && cache.nextDouble() < cacheHitRatio;
    }

    /** Whether an optional call made with {@code probability} (< 1) is made this time. */
    boolean drawCall(double probability) {
        return branches.nextDouble() < probability;
    }

    CallPlan[][] groups() {
        return groups;
    }

    Topic[] publishes() {
        return publishes;
    }

    /**
     * Whether a request that {@code failed} (or not) publishes to topic {@code i} of
     * {@link #publishes()}: its rule's outcome must match, and a rule's probability below 1 is
     * drawn from the endpoint's own stream ({@code endpoint S.e publish}).
     */
    boolean publishes(int i, boolean failed) {
        PublishRule rule = rules[i];
        if (!rule.when().holds(failed)) {
            return false;
        }
        return rule.probability() >= 1 || publications.nextDouble() < rule.probability();
    }

    /** Sets the calls and the topics, each published on every successful request. */
    public void wire(List<CallPlan> calls, List<Boolean> parallel, List<Topic> topics) {
        wire(calls, parallel, topics, topics.stream().map(t -> PublishRule.DEFAULT).toList());
    }

    /**
     * Sets the calls in order (consecutive calls flagged parallel form one group) and the topics
     * with the rule of each.
     */
    public void wire(List<CallPlan> calls, List<Boolean> parallel, List<Topic> topics, List<PublishRule> topicRules) {
        if (topicRules.size() != topics.size()) {
            throw new IllegalArgumentException("one rule per topic");
        }
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
        this.rules = topicRules.toArray(new PublishRule[0]);
    }
}
