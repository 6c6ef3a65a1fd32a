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
import java.util.function.Predicate;

/**
 * Finds the loops a request or its messages can never leave: cycles of steps that every request
 * of the endpoint takes, each a sync or async call made with probability 1 or an event published
 * on every successful request (to each endpoint that consumes it), by endpoints without a cache
 * (a cache hit or a skipped call would end the loop eventually). A request that enters a loop of
 * sync calls calls around it until workers and queues are exhausted; one whose loop holds an
 * async call or an event sends messages around it for the rest of the run, more with every
 * request. Either way its numbers say nothing, so the simulator refuses a route that can reach
 * one. It also finds the loops that requests leave only by chance but whose traffic grows
 * ({@link Growth}): the same holds for them. O(V + E) to build and per query, over the model's
 * endpoints, calls and subscriptions, plus the power iterations of a growth (few for any loop not
 * within a hair of growing).
 */
final class EndlessLoops {

    /** How one endpoint leads to the next. */
    enum Kind { SYNC, ASYNC, EVENT }

    /**
     * Which steps to follow: those every request takes, those a request takes on average at all
     * (an expected count above 0), or all (an event published on failure only included).
     */
    private enum Which { CERTAIN, EXPECTED, ALL }

    /**
     * One step of a loop: the endpoint {@code from} leads to {@code to} by a call of its (sync or
     * async) or by an event it publishes, {@code event}, that {@code to} consumes; {@code location}
     * is the call's, or the subscription's. {@code expected} is how many such calls or messages a
     * request of {@code from} makes on average, as far as the model says: the call's probability
     * or the event's, times the share of requests its cache misses; an event published on failure
     * only counts as none (requests mostly succeed), which keeps it a lower bound.
     */
    record Step(EndpointRef from, EndpointRef to, Kind kind, String event, double expected, SourceLocation location) {

        /** Whether every request of {@code from} takes this step. */
        boolean certain() {
            return expected >= 1;
        }

        /** The arrow between {@code from} and {@code to} in a message: {@code ->} for a sync call. */
        String arrow() {
            return switch (kind) {
                case SYNC -> " -> ";
                case ASYNC -> " -(async)-> ";
                default -> " -(" + event + ")-> ";
            };
        }
    }

    /**
     * A loop of steps that requests leave only by chance but whose traffic still grows: a call or
     * message that enters it makes on average {@code growth} (≥ 1) more for the loop's endpoints
     * (the spectral radius of their matrix of expected steps), so the number going round grows
     * round after round instead of dying out. {@code loop} is a shortest cycle of it.
     */
    record Growth(List<Step> loop, double growth) {
    }

    /** Where the depth-first search stands at one endpoint: its steps and the next to follow. */
    private static final class Frame {
        final EndpointRef at;
        final List<Step> calls;
        int next;

        Frame(EndpointRef at, List<Step> calls) {
            this.at = at;
            this.calls = calls;
        }
    }

    /** How close to 1 a growth may come and still count as growing: critical loops never end either. */
    private static final double GROWTH_TOLERANCE = 1e-9;
    /** Power iterations before the radius is taken as the middle of its bracket. */
    private static final int MAX_POWER_ITERATIONS = 100_000;

    private final Map<EndpointRef, Endpoint> endpoints = new LinkedHashMap<>();
    /** The consuming endpoints of each event, with their subscriptions. */
    private final Map<String, List<Map.Entry<EndpointRef, Subscription>>> consumers = new HashMap<>();
    private final Set<EndpointRef> onLoop;
    /** The growth of the loop of chance steps each endpoint is on, for loops that grow (≥ 1). */
    private final Map<EndpointRef, Double> growing = new HashMap<>();
    /** The members of the loop of chance steps each growing endpoint is on. */
    private final Map<EndpointRef, Set<EndpointRef>> growingComponent = new HashMap<>();

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
        this.onLoop = new HashSet<>();
        cyclicComponents(Which.CERTAIN).forEach(onLoop::addAll);
        for (List<EndpointRef> component : cyclicComponents(Which.EXPECTED)) {
            Set<EndpointRef> members = new HashSet<>(component);
            double growth = spectralRadius(component, members);
            if (growth >= 1 - GROWTH_TOLERANCE) {
                for (EndpointRef member : component) {
                    growing.put(member, growth);
                    growingComponent.put(member, members);
                }
            }
        }
    }

    /**
     * The strongly connected components of the steps {@code which} says that hold a cycle
     * (Tarjan's algorithm, iterative).
     */
    private List<List<EndpointRef>> cyclicComponents(Which which) {
        Map<EndpointRef, Integer> index = new HashMap<>();
        Map<EndpointRef, Integer> low = new HashMap<>();
        ArrayDeque<EndpointRef> stack = new ArrayDeque<>();
        Set<EndpointRef> onStack = new HashSet<>();
        List<List<EndpointRef>> result = new ArrayList<>();
        int next = 0;
        for (EndpointRef root : endpoints.keySet()) {
            if (index.containsKey(root)) {
                continue;
            }
            ArrayDeque<Frame> frames = new ArrayDeque<>();
            frames.push(new Frame(root, steps(root, which)));
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
                        frames.push(new Frame(to, steps(to, which)));
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
                        result.add(component);
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
        return onLoop.isEmpty() ? Optional.empty()
                : firstReached(start, onLoop::contains).flatMap(at -> loopThrough(at, Which.CERTAIN, null));
    }

    /**
     * A growing loop of chance steps (see {@link Growth}) that requests to {@code start} can reach,
     * from the first endpoint of it they reach; empty when there is none. Certain loops are
     * {@link #reachableFrom}'s.
     */
    Optional<Growth> growingFrom(EndpointRef start) {
        return growing.isEmpty() ? Optional.empty()
                : firstReached(start, growing::containsKey).flatMap(at -> loopThrough(at, Which.EXPECTED,
                        growingComponent.get(at)).map(loop -> new Growth(loop, growing.get(at))));
    }

    /**
     * The nearest endpoint that requests to {@code start} reach through calls and events of any
     * probability (breadth first) for which {@code wanted} holds; empty when none does.
     */
    private Optional<EndpointRef> firstReached(EndpointRef start, Predicate<EndpointRef> wanted) {
        Set<EndpointRef> seen = new HashSet<>();
        ArrayDeque<EndpointRef> queue = new ArrayDeque<>();
        queue.add(start);
        seen.add(start);
        while (!queue.isEmpty()) {
            EndpointRef at = queue.poll();
            if (wanted.test(at)) {
                return Optional.of(at);
            }
            for (Step step : steps(at, Which.ALL)) {
                if (seen.add(step.to())) {
                    queue.add(step.to());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The spectral radius of the matrix of expected steps among {@code component} (strongly
     * connected): the factor by which the calls and messages going round it grow, or shrink,
     * round after round (a multi-type branching process dies out for sure only when it is at
     * most 1, and makes finitely many on average only when it is below 1). Power iteration on
     * the matrix plus the identity, which is primitive, bracketing the radius between the least
     * and the greatest ratio of an iterate to the one before (Collatz–Wielandt) until the bracket
     * decides on which side of 1 it lies; O(E) per iteration over the component's steps.
     */
    private double spectralRadius(List<EndpointRef> component, Set<EndpointRef> members) {
        Map<EndpointRef, Integer> position = new HashMap<>();
        component.forEach(member -> position.put(member, position.size()));
        List<int[]> edges = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (EndpointRef from : component) {
            for (Step step : steps(from, Which.EXPECTED)) {
                if (members.contains(step.to())) {
                    edges.add(new int[] {position.get(from), position.get(step.to())});
                    weights.add(step.expected());
                }
            }
        }
        int n = component.size();
        double[] v = new double[n];
        java.util.Arrays.fill(v, 1.0);
        double low = 0;
        double high = Double.POSITIVE_INFINITY;
        for (int iteration = 0; iteration < MAX_POWER_ITERATIONS; iteration++) {
            // w = (A + I) v, with A[from][to] the expected steps from one member to another:
            // the traffic each member receives, seeded by v.
            double[] w = v.clone();
            for (int e = 0; e < edges.size(); e++) {
                int[] edge = edges.get(e);
                w[edge[1]] += weights.get(e) * v[edge[0]];
            }
            low = Double.POSITIVE_INFINITY;
            high = 0;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double ratio = w[i] / v[i];
                low = Math.min(low, ratio);
                high = Math.max(high, ratio);
                sum += w[i];
            }
            if (low - 1 >= 1 - GROWTH_TOLERANCE || high - 1 < 1 - GROWTH_TOLERANCE) {
                break;
            }
            for (int i = 0; i < n; i++) {
                v[i] = w[i] / sum * n;
            }
        }
        return (low + high) / 2 - 1;
    }

    /**
     * The shortest loop of the steps {@code which} says from {@code start} back to it, staying
     * among {@code within} when given; empty when there is none.
     */
    private Optional<List<Step>> loopThrough(EndpointRef start, Which which, Set<EndpointRef> within) {
        Map<EndpointRef, Step> cameBy = new HashMap<>();
        ArrayDeque<EndpointRef> queue = new ArrayDeque<>();
        queue.add(start);
        while (!queue.isEmpty()) {
            EndpointRef at = queue.poll();
            for (Step step : steps(at, which)) {
                if (within != null && !within.contains(step.to())) {
                    continue;
                }
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
     * The calls of {@code at} and the endpoints its events reach, those {@code which} says: every
     * request takes a certain one (a call with probability 1, an event published on every
     * success, by an endpoint without cache hits).
     */
    private List<Step> steps(EndpointRef at, Which which) {
        Endpoint endpoint = endpoints.get(at);
        if (endpoint == null) {
            return List.of();
        }
        double misses = 1 - endpoint.cache().map(c -> c.hitRatio()).orElse(0.0);
        List<Step> result = new ArrayList<>();
        for (Call call : endpoint.calls()) {
            result.add(new Step(at, new EndpointRef(call.service(), call.endpoint()),
                    call.isSync() ? Kind.SYNC : Kind.ASYNC, "", call.probability() * misses, call.location()));
        }
        for (String event : endpoint.publishes()) {
            PublishRule rule = endpoint.publishRule(event);
            double expected = rule.when().holds(false) ? rule.probability() * misses : 0;
            for (Map.Entry<EndpointRef, Subscription> consumer : consumers.getOrDefault(event, List.of())) {
                result.add(new Step(at, consumer.getKey(), Kind.EVENT, event, expected, consumer.getValue().location()));
            }
        }
        if (which == Which.CERTAIN) {
            result.removeIf(step -> !step.certain());
        } else if (which == Which.EXPECTED) {
            result.removeIf(step -> !(step.expected() > 0));
        }
        return result;
    }

    /** Whether every step of {@code loop} is a sync call: its requests never finish. */
    static boolean synchronous(List<Step> loop) {
        return loop.stream().allMatch(step -> step.kind() == Kind.SYNC);
    }
}
