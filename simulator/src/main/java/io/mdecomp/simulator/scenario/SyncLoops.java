package io.mdecomp.simulator.scenario;

import io.mdecomp.model.Call;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Service;
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
 * Finds the synchronous call loops a request can never leave: cycles of sync calls each made with
 * probability 1 by endpoints without a cache (a cache hit or a skipped call would end the loop
 * eventually). A request that enters one calls around it until workers and queues are exhausted,
 * so the simulator refuses a route that can reach one instead of reporting its requests as in
 * flight. O(V + E) to build and per query, over the model's endpoints and calls.
 */
final class SyncLoops {

    /** One call of a loop: the calling endpoint and its call. */
    record Step(EndpointRef from, Call call) {

        EndpointRef to() {
            return new EndpointRef(call.service(), call.endpoint());
        }
    }

    /** Where the depth-first search stands at one endpoint: its certain calls and the next to follow. */
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
    private final Set<EndpointRef> onLoop;

    SyncLoops(DomainModel model) {
        for (Service service : model.services()) {
            for (Endpoint endpoint : service.endpoints()) {
                endpoints.put(new EndpointRef(service.name(), endpoint.name()), endpoint);
            }
        }
        this.onLoop = onLoops();
    }

    /**
     * The endpoints on a loop of certain sync calls: the members of the strongly connected
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
            frames.push(new Frame(root, syncCalls(root, true)));
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
                        frames.push(new Frame(to, syncCalls(to, true)));
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
     * A loop that requests to {@code start} can reach through sync calls (any probability), as the
     * calls around it from the first endpoint of it they reach; empty when there is none.
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
            for (Step step : syncCalls(at, false)) {
                if (seen.add(step.to())) {
                    queue.add(step.to());
                }
            }
        }
        return Optional.empty();
    }

    /** The shortest loop of certain sync calls from {@code start} back to it, if any. */
    private Optional<List<Step>> loopThrough(EndpointRef start) {
        Map<EndpointRef, Step> cameBy = new HashMap<>();
        ArrayDeque<EndpointRef> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            EndpointRef at = queue.poll();
            for (Step step : syncCalls(at, true)) {
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

    /** The sync calls of {@code at}; with {@code certainOnly}, only those every request makes. */
    private List<Step> syncCalls(EndpointRef at, boolean certainOnly) {
        Endpoint endpoint = endpoints.get(at);
        if (endpoint == null) {
            return List.of();
        }
        if (certainOnly && endpoint.cache().map(c -> c.hitRatio() > 0).orElse(false)) {
            return List.of();
        }
        List<Step> result = new ArrayList<>();
        for (Call call : endpoint.calls()) {
            if (call.isSync() && (!certainOnly || call.probability() >= 1)) {
                result.add(new Step(at, call));
            }
        }
        return result;
    }
}
