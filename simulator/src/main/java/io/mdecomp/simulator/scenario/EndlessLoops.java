package io.mdecomp.simulator.scenario;

import io.mdecomp.model.Call;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.PublishRule;
import io.mdecomp.model.Service;
import io.mdecomp.model.Subscription;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.simulator.component.EndpointRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the loops a request or its messages can never leave: cycles of steps that every request
 * of the endpoint takes, each a sync or async call made with probability 1 or an event published
 * on every successful request (to each endpoint that consumes it), by endpoints without a cache
 * (a cache hit or a skipped call would end the loop eventually). A request that enters a loop of
 * sync calls calls around it until workers and queues are exhausted; one whose loop holds an
 * async call or an event sends messages around it for the rest of the run, more with every
 * request. Either way its numbers say nothing, so the simulator refuses a route that can reach
 * one. O(V + E) to build and per query, over the model's endpoints, calls and subscriptions.
 */
final class EndlessLoops {

    /** How one endpoint leads to the next. */
    enum Kind { SYNC, ASYNC, EVENT }

    /**
     * One step of a loop: the endpoint {@code from} leads to {@code to} by a call of its (sync or
     * async) or by an event it publishes, {@code event}, that {@code to} consumes; {@code location}
     * is the call's, or the subscription's.
     */
    record Step(EndpointRef from, EndpointRef to, Kind kind, String event, SourceLocation location) {

        /** The arrow between {@code from} and {@code to} in a message: {@code ->} for a sync call. */
        String arrow() {
            return switch (kind) {
                case SYNC -> " -> ";
                case ASYNC -> " -(async)-> ";
                default -> " -(" + event + ")-> ";
            };
        }
    }

    /** Where the depth-first search stands at one endpoint: its certain steps and the next to follow. */
    private static final class Frame {
        final EndpointRef at;
        final List<Step> calls;
        int next;

        Frame(EndpointRef at, List<Step> calls) {
            this.at = at;
            this.calls = calls;
        }
    }

    private final Map<EndpointRef, Endpoint> endpoints = new LinkedHashMap<>();
    /** The consuming endpoints of each event, with their subscriptions. */
    private final Map<String, List<Map.Entry<EndpointRef, Subscription>>> consumers = new HashMap<>();
    private final Set<EndpointRef> onLoop;

    EndlessLoops(DomainModel model) {
        for (Service service : model.services()) {
            for (Endpoint endpoint : service.endpoints()) {
                endpoints.put(new EndpointRef(service.name(), endpoint.name()), endpoint);
            }
            for (Subscription subscription : service.consumes()) {
                consumers.computeIfAbsent(subscription.event(), e -> new ArrayList<>())
                        .add(Map.entry(new EndpointRef(service.name(), subscription.endpoint()), subscription));
            }
        }
        this.onLoop = onLoops();
    }

    /**
     * The endpoints on a loop of certain steps: the members of the strongly connected
     * components of those calls that hold a cycle (Tarjan's algorithm, iterative).
     */
    private Set<EndpointRef> onLoops() {
        Map<EndpointRef, Integer> index = new HashMap<>();
        Map<EndpointRef, Integer> low = new HashMap<>();
        ArrayDeque<EndpointRef> stack = new ArrayDeque<>();
        Set<EndpointRef> onStack = new HashSet<>();
        Set<EndpointRef> result = new HashSet<>();
        int next = 0;
        for (EndpointRef root : endpoints.keySet()) {
            if (index.containsKey(root)) {
                continue;
            }
            ArrayDeque<Frame> frames = new ArrayDeque<>();
            frames.push(new Frame(root, steps(root, true)));
            index.put(root, next);
            low.put(root, next++);
            stack.push(root);
            onStack.add(root);
            while (!frames.isEmpty()) {
                Frame frame = frames.peek();
                EndpointRef at = frame.at;
                if (frame.next < frame.calls.size()) {
                    EndpointRef to = frame.calls.get(frame.next++).to();
                    if (!endpoints.containsKey(to)) {
                        continue;
                    }
                    if (!index.containsKey(to)) {
                        index.put(to, next);
                        low.put(to, next++);
                        stack.push(to);
                        onStack.add(to);
                        frames.push(new Frame(to, steps(to, true)));
                    } else if (onStack.contains(to)) {
                        low.put(at, Math.min(low.get(at), index.get(to)));
                    }
                    continue;
                }
                frames.pop();
                if (!frames.isEmpty()) {
                    EndpointRef parent = frames.peek().at;
                    low.put(parent, Math.min(low.get(parent), low.get(at)));
                }
                if (low.get(at).equals(index.get(at))) {
                    List<EndpointRef> component = popComponent(stack, onStack, at);
                    boolean selfLoop = frame.calls.stream().anyMatch(c -> c.to().equals(at));
                    if (component.size() > 1 || selfLoop) {
                        result.addAll(component);
                    }
                }
            }
        }
        return result;
    }

    /** The strongly connected component whose root is {@code root}: the stack down to it. */
    private static List<EndpointRef> popComponent(ArrayDeque<EndpointRef> stack, Set<EndpointRef> onStack,
                                                  EndpointRef root) {
        List<EndpointRef> component = new ArrayList<>();
        EndpointRef member;
        do {
            member = stack.pop();
            onStack.remove(member);
            component.add(member);
        } while (!member.equals(root));
        return component;
    }

    /**
     * A loop that requests to {@code start} can reach through calls (any probability) and events, as
     * the steps around it from the first endpoint of it they reach; empty when there is none.
     */
    Optional<List<Step>> reachableFrom(EndpointRef start) {
        if (onLoop.isEmpty()) {
            return Optional.empty();
        }
        Set<EndpointRef> seen = new HashSet<>();
        ArrayDeque<EndpointRef> queue = new ArrayDeque<>();
        queue.add(start);
        seen.add(start);
        while (!queue.isEmpty()) {
            EndpointRef at = queue.poll();
            if (onLoop.contains(at)) {
                return loopThrough(at);
            }
            for (Step step : steps(at, false)) {
                if (seen.add(step.to())) {
                    queue.add(step.to());
                }
            }
        }
        return Optional.empty();
    }

    /** The shortest loop of certain steps from {@code start} back to it, if any. */
    private Optional<List<Step>> loopThrough(EndpointRef start) {
        Map<EndpointRef, Step> cameBy = new HashMap<>();
        ArrayDeque<EndpointRef> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            EndpointRef at = queue.poll();
            for (Step step : steps(at, true)) {
                if (step.to().equals(start)) {
                    List<Step> loop = new ArrayList<>();
                    loop.add(step);
                    for (EndpointRef back = at; !back.equals(start); back = cameBy.get(back).from()) {
                        loop.add(0, cameBy.get(back));
                    }
                    return Optional.of(loop);
                }
                if (!cameBy.containsKey(step.to()) && !step.to().equals(start)) {
                    cameBy.put(step.to(), step);
                    queue.add(step.to());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The calls of {@code at} and the endpoints its events reach; with {@code certainOnly}, only
     * those every request takes: calls with probability 1, events published on every success.
     */
    private List<Step> steps(EndpointRef at, boolean certainOnly) {
        Endpoint endpoint = endpoints.get(at);
        if (endpoint == null) {
            return List.of();
        }
        if (certainOnly && endpoint.cache().map(c -> c.hitRatio() > 0).orElse(false)) {
            return List.of();
        }
        List<Step> result = new ArrayList<>();
        for (Call call : endpoint.calls()) {
            if (!certainOnly || call.probability() >= 1) {
                result.add(new Step(at, new EndpointRef(call.service(), call.endpoint()),
                        call.isSync() ? Kind.SYNC : Kind.ASYNC, "", call.location()));
            }
        }
        for (String event : endpoint.publishes()) {
            PublishRule rule = endpoint.publishRule(event);
            if (certainOnly && !(rule.probability() >= 1 && rule.when().holds(false))) {
                continue;
            }
            for (Map.Entry<EndpointRef, Subscription> consumer : consumers.getOrDefault(event, List.of())) {
                result.add(new Step(at, consumer.getKey(), Kind.EVENT, event, consumer.getValue().location()));
            }
        }
        return result;
    }

    /** Whether every step of {@code loop} is a sync call: its requests never finish. */
    static boolean synchronous(List<Step> loop) {
        return loop.stream().allMatch(step -> step.kind() == Kind.SYNC);
    }
}
