package io.mdecomp.analysis.plan;

import io.mdecomp.analysis.graph.Ownership;
import io.mdecomp.model.Call;
import io.mdecomp.model.CallMode;
import io.mdecomp.model.Dependency;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Entity;
import io.mdecomp.model.HttpMethod;
import io.mdecomp.model.Service;
import io.mdecomp.model.Subscription;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The interactions a team adds when a plan step changes who owns what: an access that was served
 * before the step (the entity was the endpoint's own, or its service depended on the owner by a
 * call, a declared dependency or a consumed event) and is not served after it gets one, as the
 * proposal does (docs/propose.md). Accesses the step does not change are left as they are, so a
 * step never claims to resolve an MD004 or MD003 it has nothing to do with.
 *
 * <ul>
 *   <li>A write goes through a command endpoint of the new owner ({@code updateCargo}, created if
 *       missing), which becomes the writer; the call is synchronous, or asynchronous when a
 *       synchronous one would close a sync cycle or make a sync chain longer than MD009's threshold.</li>
 *   <li>A read goes through a query endpoint of the owner ({@code getCargo}, created if missing),
 *       synchronously; when that would close a sync cycle or lengthen a chain past MD009's threshold,
 *       through a replicated read model instead:
 *       the owner's endpoints that write the aggregate publish {@code CargoChanged} and the reader
 *       consumes it with an {@code onCargoChanged} endpoint.</li>
 * </ul>
 *
 * Accesses are handled by service, endpoint and aggregate in model order, so the result is
 * deterministic. Created endpoints have no service time and no location. O(model + interactions ×
 * sync edges).
 */
final class StepInteractions {

    private final Facts before;
    private final Facts after;
    private final double chainLimit;
    private final Recut.Applied applied;
    private final Map<EndpointRef, EndpointRef> origin = new HashMap<>();
    private final Map<String, String> rootOf = new HashMap<>();
    private final Set<String> dependsAfter;
    private final Map<String, Set<String>> syncAfter = new HashMap<>();
    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final List<String> added = new ArrayList<>();

    private StepInteractions(Facts before, Recut.Applied applied, double chainLimit) {
        this.before = before;
        this.chainLimit = chainLimit;
        this.after = new Facts(applied.model());
        this.applied = applied;
        applied.moved().forEach((from, to) -> origin.put(to, from));
        before.model().entities().forEach(e -> rootOf.put(e.name(), e.aggregateRoot()));
        this.dependsAfter = new HashSet<>(after.dependencies());
        for (Service service : applied.model().services()) {
            drafts.put(service.name(), new Draft(service));
            for (Endpoint endpoint : service.endpoints()) {
                endpoint.calls().stream().filter(Call::isSync).forEach(c -> sync(service.name(), c.service()));
            }
        }
        applied.model().dependencies().stream().filter(Dependency::isSync).forEach(d -> sync(d.from(), d.to()));
    }

    /** The model after the step with its interactions, and a line per interaction added. */
    record Result(DomainModel model, List<String> added) {
        Result {
            added = List.copyOf(added);
        }
    }

    /**
     * The model after the step with its interactions.
     *
     * @param chainLimit the most sync calls a chain may hold (MD009's threshold; infinite when the rule is off)
     */
    static Result add(Facts before, Recut.Applied applied, double chainLimit) {
        return new StepInteractions(before, applied, chainLimit).run();
    }

    private Result run() {
        Ownership ownerBefore = before.ownership();
        Ownership ownerAfter = after.ownership();
        for (Service service : applied.model().services()) {
            for (Endpoint endpoint : service.endpoints()) {
                EndpointRef was = origin.getOrDefault(new EndpointRef(service.name(), endpoint.name()),
                        new EndpointRef(service.name(), endpoint.name()));
                Map<String, List<String>> groups = new LinkedHashMap<>();
                for (String entity : concat(endpoint.writes(), endpoint.reads())) {
                    String owner = ownerAfter.serviceOf(entity).orElse(null);
                    if (owner == null || owner.equals(service.name())) {
                        continue;
                    }
                    String oldOwner = ownerBefore.serviceOf(entity).orElse(null);
                    boolean unchanged = was.service().equals(service.name()) && owner.equals(oldOwner);
                    boolean served = oldOwner != null
                            && (oldOwner.equals(was.service()) || before.dependsOn(was.service(), oldOwner));
                    if (!unchanged && served) {
                        List<String> group = groups.computeIfAbsent(owner + "\u0000" + rootOf.get(entity),
                                k -> new ArrayList<>());
                        if (!group.contains(entity)) {
                            group.add(entity);
                        }
                    }
                }
                groups.forEach((key, entities) -> {
                    String owner = key.substring(0, key.indexOf('\u0000'));
                    if (!dependsAfter.contains(key(service.name(), owner))
                            || entities.stream().anyMatch(endpoint.writes()::contains)) {
                        interact(service.name(), endpoint.name(), owner, key.substring(key.indexOf('\u0000') + 1),
                                entities, entities.stream().anyMatch(endpoint.writes()::contains));
                    }
                });
            }
        }
        List<Service> services = new ArrayList<>();
        drafts.values().forEach(d -> services.add(d.build()));
        DomainModel model = applied.model();
        return new Result(new DomainModel(model.system(), model.version(), model.domains(), services,
                model.dependencies(), model.useCases(), model.components(), model.location()), added);
    }

    private void interact(String service, String endpoint, String owner, String root, List<String> entities,
                          boolean write) {
        Draft caller = drafts.get(service);
        Draft callee = drafts.get(owner);
        EndpointDraft from = caller.endpoints.get(endpoint);
        List<String> members = aggregateOf(owner, root);
        if (write) {
            from.writes.removeAll(entities);
            String command = callee.endpoint("update" + root, HttpMethod.PUT, path(root), List.of(), members);
            boolean sync = !hazard(service, owner);
            from.calls.add(call(owner, command, sync));
            record(service, owner, sync);
            added.add(service + "." + endpoint + " -> " + owner + "." + command + (sync ? "" : " (queued)"));
        } else if (!hazard(service, owner)) {
            String query = callee.endpoint("get" + root, HttpMethod.GET, path(root), members, List.of());
            from.calls.add(call(owner, query, true));
            record(service, owner, true);
            added.add(service + "." + endpoint + " -> " + owner + "." + query);
        } else {
            String event = root + "Changed";
            boolean published = false;
            for (EndpointDraft writer : callee.endpoints.values()) {
                if (writer.writes.stream().anyMatch(members::contains)) {
                    writer.publishes.add(event);
                    published = true;
                }
            }
            if (!published) {
                String query = callee.endpoint("get" + root, HttpMethod.GET, path(root), members, List.of());
                from.calls.add(call(owner, query, true));
                record(service, owner, true);
                added.add(service + "." + endpoint + " -> " + owner + "." + query);
                return;
            }
            String handler = caller.endpoint("on" + event, HttpMethod.POST, "/events/" + kebab(event), List.of(),
                    List.of());
            if (caller.consumes.stream().noneMatch(s -> s.event().equals(event))) {
                caller.consumes.add(new Subscription(event, handler, SourceLocation.UNKNOWN));
            }
            dependsAfter.add(key(service, owner));
            added.add(service + "." + handler + " <- " + owner + " event " + event + " (read model for "
                    + String.join(", ", entities) + ")");
        }
    }

    private List<String> aggregateOf(String owner, String root) {
        List<String> members = new ArrayList<>();
        for (String entity : drafts.get(owner).base.owns()) {
            if (root.equals(rootOf.get(entity))) {
                members.add(entity);
            }
        }
        return members;
    }

    private static Call call(String owner, String endpoint, boolean sync) {
        return new Call(owner, endpoint, sync ? CallMode.SYNC : CallMode.ASYNC, 1.0, false, Optional.empty(),
                SourceLocation.UNKNOWN);
    }

    private void record(String from, String to, boolean sync) {
        dependsAfter.add(key(from, to));
        if (sync) {
            sync(from, to);
        }
    }

    private void sync(String from, String to) {
        if (!from.equals(to)) {
            syncAfter.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
        }
    }

    /**
     * True when a sync call {@code from -> to} would close a sync cycle, or make a chain of sync calls
     * through it longer than {@code chainLimit} calls (MD009).
     */
    private boolean hazard(String from, String to) {
        if (closesCycle(from, to)) {
            return true;
        }
        return longest(to, syncAfter, new HashMap<>(), new HashSet<>()) + 1
                + longest(from, callers(), new HashMap<>(), new HashSet<>()) > chainLimit;
    }

    /** The reversed sync graph: callee → callers. */
    private Map<String, Set<String>> callers() {
        Map<String, Set<String>> reversed = new HashMap<>();
        syncAfter.forEach((from, tos) -> tos.forEach(to -> reversed.computeIfAbsent(to, k -> new LinkedHashSet<>())
                .add(from)));
        return reversed;
    }

    /** Calls in the longest path of {@code graph} from {@code at}; an edge back onto the path counts 0. */
    private static int longest(String at, Map<String, Set<String>> graph, Map<String, Integer> memo, Set<String> path) {
        Integer known = memo.get(at);
        if (known != null) {
            return known;
        }
        path.add(at);
        int best = 0;
        for (String next : graph.getOrDefault(at, Set.of())) {
            if (!path.contains(next)) {
                best = Math.max(best, 1 + longest(next, graph, memo, path));
            }
        }
        path.remove(at);
        memo.put(at, best);
        return best;
    }

    /** True when a sync call {@code from -> to} would close a cycle: {@code to} already reaches {@code from}. */
    private boolean closesCycle(String from, String to) {
        Deque<String> stack = new ArrayDeque<>(List.of(to));
        Set<String> seen = new HashSet<>(List.of(to));
        while (!stack.isEmpty()) {
            String at = stack.pop();
            if (at.equals(from)) {
                return true;
            }
            for (String next : syncAfter.getOrDefault(at, Set.of())) {
                if (seen.add(next)) {
                    stack.push(next);
                }
            }
        }
        return false;
    }

    private static String key(String from, String to) {
        return Facts.key(from, to);
    }

    private static String path(String root) {
        return "/" + kebab(root) + "/{id}";
    }

    static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replaceAll("[^A-Za-z0-9-]", "-").toLowerCase(Locale.ROOT);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        b.stream().filter(e -> !all.contains(e)).forEach(all::add);
        return all;
    }

    /** A service being given interactions. */
    private static final class Draft {
        final Service base;
        final Map<String, EndpointDraft> endpoints = new LinkedHashMap<>();
        final List<Subscription> consumes;
        final Set<String> routes = new HashSet<>();

        Draft(Service base) {
            this.base = base;
            this.consumes = new ArrayList<>(base.consumes());
            for (Endpoint endpoint : base.endpoints()) {
                endpoints.put(endpoint.name(), new EndpointDraft(endpoint));
                routes.add(endpoint.route());
            }
        }

        /** The endpoint named {@code name}, created with the given shape when missing; its name. */
        String endpoint(String name, HttpMethod method, String path, List<String> reads, List<String> writes) {
            if (endpoints.containsKey(name)) {
                return name;
            }
            String route = path;
            for (int n = 2; routes.contains(method.yamlName() + " " + route); n++) {
                route = path + "/" + n;
            }
            routes.add(method.yamlName() + " " + route);
            endpoints.put(name, new EndpointDraft(new Endpoint(name, method, route, reads, writes, Optional.empty(),
                    List.of(), List.of(), Optional.empty(), SourceLocation.UNKNOWN)));
            return name;
        }

        Service build() {
            List<Endpoint> built = new ArrayList<>();
            endpoints.values().forEach(e -> built.add(e.build()));
            return new Service(base.name(), base.context(), base.team(), base.complexity(), base.owns(), built,
                    consumes, base.deployment(), base.location());
        }
    }

    private static final class EndpointDraft {
        final Endpoint base;
        final List<String> writes;
        final List<Call> calls;
        final Set<String> publishes;

        EndpointDraft(Endpoint base) {
            this.base = base;
            this.writes = new ArrayList<>(base.writes());
            this.calls = new ArrayList<>(base.calls());
            this.publishes = new LinkedHashSet<>(base.publishes());
        }

        Endpoint build() {
            return new Endpoint(base.name(), base.method(), base.path(), base.reads(), writes, base.serviceTime(),
                    calls, List.copyOf(publishes), base.cache(), base.location(), base.publishRules());
        }
    }
}
