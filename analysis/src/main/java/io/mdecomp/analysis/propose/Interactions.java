package io.mdecomp.analysis.propose;

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
import io.mdecomp.model.diagnostic.Suggestions;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.ArrayList;
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
 * Makes the bare proposal coherent: for every read or write of an entity that another proposed
 * service owns, adds the interaction a team would build (see {@code docs/propose.md}).
 *
 * <ul>
 *   <li>A <b>write</b> becomes a call to a command endpoint of the owner ({@code updateCargo},
 *       created if missing), which becomes the entity's only writer; the call is synchronous, or
 *       queued (asynchronous) when a synchronous one would close a sync cycle, lengthen a sync chain
 *       past MD009's threshold or widen the caller's fan-out past MD010's. A read of the same
 *       aggregate by the same endpoint rides on that call.</li>
 *   <li>A <b>read</b> becomes a synchronous call to a query endpoint of the owner ({@code getCargo},
 *       created if missing), or a replicated read model: the owner's endpoints that write the
 *       aggregate publish {@code CargoChanged} and the reader consumes it with an {@code onCargoChanged}
 *       endpoint. The replica is chosen with {@code --prefer-events}, or when the query would cause
 *       one of the hazards above; it needs an owner endpoint that writes the aggregate (else the
 *       query stays, with a note).</li>
 *   <li>Reads that were local before the proposal always get one; reads that already crossed
 *       services keep the interaction the model had, and get one only when the reader has no
 *       other dependency on the new owner (no call, event or declared dependency), as MD004 asks.</li>
 * </ul>
 *
 * Access groups are handled in a fixed order (writes, then reads that were local, then the others;
 * each by service, endpoint and aggregate), so the result is deterministic. Created endpoints have
 * no service time and no location. O(model + interactions × (services + sync edges)).
 */
final class Interactions {

    /** The coherent model, the interactions added, and the notes about queries that could not be avoided. */
    record Result(DomainModel model, List<Interaction> interactions, List<ProposalNote> notes) {
    }

    /** The entities of one aggregate an endpoint reads or writes in another service. */
    private record Access(String service, String endpoint, String owner, String root, List<String> entities) {
    }

    /** Mutable working form of a proposed service. */
    private static final class Draft {
        final Service base;
        final Map<String, EndpointDraft> endpoints = new LinkedHashMap<>();
        final List<Subscription> consumes;
        final Set<String> routes = new HashSet<>();
        /** The services its endpoints call, the events they publish (with replicas') and it consumes. */
        final Set<String> callees = new HashSet<>();
        final Set<String> published = new HashSet<>();
        final Set<String> consumed = new HashSet<>();
        /** Aggregate root → the endpoints that write one of its entities. */
        final Map<String, Set<EndpointDraft>> writers = new HashMap<>();

        Draft(Service base) {
            this.base = base;
            this.consumes = new ArrayList<>(base.consumes());
            base.endpoints().forEach(e -> endpoints.put(e.name(), new EndpointDraft(e)));
            base.consumes().forEach(s -> consumed.add(s.event()));
            for (EndpointDraft endpoint : endpoints.values()) {
                endpoint.calls.forEach(c -> callees.add(c.service()));
                published.addAll(endpoint.publishes);
            }
        }

        void call(EndpointDraft endpoint, Call call) {
            endpoint.calls.add(call);
            callees.add(call.service());
        }

        void consume(String event, String handler) {
            consumes.add(new Subscription(event, handler, SourceLocation.UNKNOWN));
            consumed.add(event);
        }
    }

    private static final class EndpointDraft {
        Endpoint base;
        final Set<String> reads;
        final Set<String> writes;
        final List<Call> calls;
        final Set<String> publishes;

        EndpointDraft(Endpoint base) {
            this.base = base;
            this.reads = new LinkedHashSet<>(base.reads());
            this.writes = new LinkedHashSet<>(base.writes());
            this.calls = new ArrayList<>(base.calls());
            this.publishes = new LinkedHashSet<>(base.publishes());
        }

        Endpoint build() {
            return new Endpoint(base.name(), base.method(), base.path(), List.copyOf(reads), List.copyOf(writes),
                    base.serviceTime(), calls, List.copyOf(publishes), base.cache(), base.location(),
                    base.publishRules());
        }
    }

    private final ProposedModelBuilder.Bare bare;
    private final Map<String, String> assignment;
    private final boolean preferEvents;
    private final SyncGraph sync;
    private final Ownership before;
    private final Map<String, String> rootOf = new HashMap<>();
    private final Map<String, Integer> position = new HashMap<>();
    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final Set<String> events = new HashSet<>();
    /** Events consumed that no endpoint publishes. */
    private final Set<String> unpublished = new HashSet<>();
    /** "owner\0root" → the event that replicates it. */
    private final Map<String, String> replicated = new LinkedHashMap<>();
    private final List<Interaction> interactions = new ArrayList<>();
    private final List<ProposalNote> notes = new ArrayList<>();

    /**
     * @param original     the current model
     * @param bare         the proposal before interactions
     * @param assignment   entity → proposed service
     * @param chainLimit   MD009's threshold (infinite when the rule is off)
     * @param fanOutLimit  MD010's threshold (infinite when the rule is off)
     * @param preferEvents serve reads with replicated read models where possible
     */
    Interactions(DomainModel original, ProposedModelBuilder.Bare bare, Map<String, String> assignment,
                 double chainLimit, double fanOutLimit, boolean preferEvents) {
        this.bare = bare;
        this.assignment = assignment;
        this.preferEvents = preferEvents;
        this.before = Ownership.of(original);
        for (Entity entity : (Iterable<Entity>) original.entities()::iterator) {
            rootOf.put(entity.name(), entity.aggregateRoot());
            position.putIfAbsent(entity.name(), position.size());
        }
        List<String> names = bare.model().services().stream().map(Service::name).toList();
        this.sync = new SyncGraph(names, chainLimit, fanOutLimit);
        for (Service service : bare.model().services()) {
            Draft draft = new Draft(service);
            drafts.put(service.name(), draft);
            draft.endpoints.values().forEach(e -> indexWrites(draft, e, e.writes));
            for (Endpoint endpoint : service.endpoints()) {
                draft.routes.add(endpoint.route());
                endpoint.publishes().forEach(events::add);
                for (Call call : endpoint.calls()) {
                    if (call.isSync()) {
                        sync.add(service.name(), call.service());
                    }
                }
            }
            service.consumes().forEach(s -> events.add(s.event()));
        }
        Set<String> published = new HashSet<>();
        bare.model().services().forEach(s -> s.endpoints().forEach(e -> published.addAll(e.publishes())));
        bare.model().services().forEach(s -> s.consumes().forEach(c -> {
            if (!published.contains(c.event())) {
                unpublished.add(c.event());
            }
        }));
        for (Dependency dependency : bare.model().dependencies()) {
            if (dependency.isSync()) {
                sync.add(dependency.from(), dependency.to());
            }
        }
    }

    Result add() {
        List<Access> writes = new ArrayList<>();
        List<Access> localReads = new ArrayList<>();
        List<Access> remoteReads = new ArrayList<>();
        for (Service service : bare.model().services()) {
            for (Endpoint endpoint : service.endpoints()) {
                collect(service.name(), endpoint, writes, localReads, remoteReads);
            }
        }
        writes.forEach(this::command);
        localReads.forEach(this::read);
        for (Access access : remoteReads) {
            if (!dependsOn(access.service(), access.owner())) {
                read(access);
            }
        }
        List<Service> services = new ArrayList<>();
        for (Draft draft : drafts.values()) {
            services.add(build(draft));
        }
        DomainModel model = new DomainModel(bare.model().system(), bare.model().version(), bare.model().domains(),
                services, bare.model().dependencies(), bare.model().useCases(), bare.model().components(),
                bare.model().location());
        return new Result(model, interactions, notes);
    }

    private void collect(String service, Endpoint endpoint, List<Access> writes, List<Access> localReads,
                         List<Access> remoteReads) {
        EndpointRef origin = bare.origin().get(new EndpointRef(service, endpoint.name()));
        Map<String, List<String>> written = group(service, endpoint.writes());
        Map<String, List<String>> read = group(service, endpoint.reads());
        written.forEach((key, entities) -> writes.add(access(service, endpoint, key, entities)));
        read.forEach((key, entities) -> {
            if (written.containsKey(key)) {
                return;
            }
            boolean local = origin != null && entities.stream().anyMatch(e -> before.owns(origin.service(), e));
            (local ? localReads : remoteReads).add(access(service, endpoint, key, entities));
        });
    }

    private static Access access(String service, Endpoint endpoint, String key, List<String> entities) {
        String[] parts = key.split("\u0000", 2);
        return new Access(service, endpoint.name(), parts[0], parts[1], entities);
    }

    /** "owner\0root" → the entities of that aggregate in {@code entities} owned by another service than {@code service}. */
    private Map<String, List<String>> group(String service, List<String> entities) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        entities.stream().distinct().sorted(java.util.Comparator.comparingInt(e -> position.getOrDefault(e, 0)))
                .forEach(entity -> {
                    String owner = assignment.get(entity);
                    if (owner != null && !owner.equals(service) && drafts.containsKey(owner)) {
                        groups.computeIfAbsent(owner + "\u0000" + rootOf.getOrDefault(entity, entity),
                                k -> new ArrayList<>()).add(entity);
                    }
                });
        return groups;
    }

    private void command(Access access) {
        Optional<Interaction.Hazard> hazard = sync.hazard(access.service(), access.owner());
        String via = ownerEndpoint(access.owner(), access.root(), access.entities(), true);
        EndpointDraft caller = endpoint(access);
        caller.writes.removeAll(access.entities());
        drafts.get(access.service()).call(caller, call(access.owner(), via, hazard.isEmpty() ? CallMode.SYNC
                : CallMode.ASYNC));
        if (hazard.isEmpty()) {
            sync.add(access.service(), access.owner());
        }
        interactions.add(interaction(hazard.isEmpty() ? Interaction.Kind.COMMAND : Interaction.Kind.QUEUED_COMMAND,
                access, via, Optional.empty(), hazard));
    }

    private void read(Access access) {
        boolean replicable = !writers(access.owner(), access.root()).isEmpty();
        if (preferEvents && replicable) {
            replica(access, Optional.empty());
            return;
        }
        Optional<Interaction.Hazard> hazard = sync.hazard(access.service(), access.owner());
        if (hazard.isPresent() && replicable) {
            replica(access, hazard);
            return;
        }
        String via = ownerEndpoint(access.owner(), access.root(), access.entities(), false);
        drafts.get(access.service()).call(endpoint(access), call(access.owner(), via, CallMode.SYNC));
        sync.add(access.service(), access.owner());
        Interaction query = interaction(Interaction.Kind.QUERY, access, via, Optional.empty(), hazard);
        interactions.add(query);
        if (hazard.isPresent()) {
            notes.add(new ProposalNote.UnavoidableSyncQuery(query));
        }
    }

    private void replica(Access access, Optional<Interaction.Hazard> hazard) {
        String event = replicated.computeIfAbsent(access.owner() + "\u0000" + access.root(),
                k -> freeEvent(access.root()));
        drafts.get(access.owner()).published.add(event);
        Draft reader = drafts.get(access.service());
        String handler = reader.consumes.stream().filter(s -> s.event().equals(event)).map(Subscription::endpoint)
                .findFirst().orElseGet(() -> {
                    String name = freeName(reader, "on" + event);
                    addEndpoint(reader, name, HttpMethod.POST, "/events/" + kebab(event), List.of(), List.of());
                    reader.consume(event, name);
                    return name;
                });
        interactions.add(interaction(Interaction.Kind.REPLICA, access, event, Optional.of(handler), hazard));
    }

    /** The owner's query ({@code get<Root>}) or command ({@code update<Root>}) endpoint, created if missing. */
    private String ownerEndpoint(String owner, String root, List<String> entities, boolean command) {
        Draft draft = drafts.get(owner);
        String base = (command ? "update" : "get") + identifier(root);
        EndpointDraft existing = draft.endpoints.get(base);
        boolean fits = existing != null && (command
                ? existing.writes.stream().allMatch(e -> root.equals(rootOf.get(e)))
                : existing.base.method() == HttpMethod.GET && existing.writes.isEmpty());
        if (fits) {
            (command ? existing.writes : existing.reads).addAll(entities);
            if (command) {
                indexWrites(draft, existing, entities);
            }
            return base;
        }
        String name = freeName(draft, base);
        String path = "/internal/" + kebab(root) + "/{id}";
        addEndpoint(draft, name, command ? HttpMethod.PUT : HttpMethod.GET, path,
                command ? List.of() : entities, command ? entities : List.of());
        return name;
    }

    private void addEndpoint(Draft draft, String name, HttpMethod method, String path, List<String> reads,
                             List<String> writes) {
        String route = path;
        for (int i = 2; draft.routes.contains(method.yamlName() + " " + route); i++) {
            route = path + "-" + i;
        }
        draft.routes.add(method.yamlName() + " " + route);
        EndpointDraft created = new EndpointDraft(new Endpoint(name, method, route, reads, writes,
                Optional.empty(), List.of(), List.of(), Optional.empty(), SourceLocation.UNKNOWN));
        draft.endpoints.put(name, created);
        indexWrites(draft, created, writes);
    }

    private void indexWrites(Draft draft, EndpointDraft endpoint, Iterable<String> entities) {
        for (String entity : entities) {
            draft.writers.computeIfAbsent(rootOf.getOrDefault(entity, entity), k -> new LinkedHashSet<>()).add(endpoint);
        }
    }

    /** The endpoints of {@code owner} that write an entity of the aggregate {@code root}. */
    private Set<EndpointDraft> writers(String owner, String root) {
        return drafts.get(owner).writers.getOrDefault(root, Set.of());
    }

    /**
     * True when {@code service} already depends on {@code owner} other than through data: a call,
     * an event of {@code owner} it consumes, or a declared dependency (what MD004 accepts).
     */
    private boolean dependsOn(String service, String owner) {
        Draft draft = drafts.get(service);
        Draft publisher = drafts.get(owner);
        return draft.callees.contains(owner) || draft.consumed.stream().anyMatch(publisher.published::contains)
                || bare.model().dependencies().stream().anyMatch(d -> d.from().equals(service) && d.to().equals(owner));
    }

    private Service build(Draft draft) {
        for (Map.Entry<String, String> replica : replicated.entrySet()) {
            String[] key = replica.getKey().split("\u0000", 2);
            if (key[0].equals(draft.base.name())) {
                writers(key[0], key[1]).forEach(w -> w.publishes.add(replica.getValue()));
            }
        }
        List<Endpoint> endpoints = new ArrayList<>();
        draft.endpoints.values().forEach(e -> endpoints.add(e.build()));
        Service base = draft.base;
        return new Service(base.name(), base.context(), base.team(), base.complexity(), base.owns(), endpoints,
                draft.consumes, base.deployment(), base.location());
    }

    private EndpointDraft endpoint(Access access) {
        return drafts.get(access.service()).endpoints.get(access.endpoint());
    }

    private Interaction interaction(Interaction.Kind kind, Access access, String via, Optional<String> handler,
                                    Optional<Interaction.Hazard> hazard) {
        return new Interaction(kind, access.service(), access.endpoint(), access.owner(), access.root(),
                access.entities(), via, handler, hazard);
    }

    private static Call call(String service, String endpoint, CallMode mode) {
        return new Call(service, endpoint, mode, 1, false, Optional.empty(), SourceLocation.UNKNOWN);
    }

    /**
     * {@code <Root>Changed}, or another name when that one is taken, or close enough to an event
     * some service consumes without anyone publishing it that the validator would take the
     * consumer's event for a misspelling of ours.
     */
    private String freeEvent(String root) {
        List<String> bases = List.of(root + "Changed", root + "Replicated", root + "Feed");
        for (int i = 1; ; i++) {
            for (String base : bases) {
                String name = i == 1 ? base : base + i;
                if (!events.contains(name) && unpublished.stream()
                        .noneMatch(e -> Suggestions.closest(e, List.of(name)).isPresent())) {
                    events.add(name);
                    return name;
                }
            }
        }
    }

    private static String freeName(Draft draft, String base) {
        String name = base;
        for (int i = 2; draft.endpoints.containsKey(name); i++) {
            name = base + i;
        }
        return name;
    }

    /** {@code Stock Item} → {@code StockItem}: letters and digits only. */
    private static String identifier(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "");
    }

    /** {@code StockItem} → {@code stock-item}. */
    static String kebab(String name) {
        return identifier(name).replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
