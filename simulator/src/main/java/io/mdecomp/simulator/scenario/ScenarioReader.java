package io.mdecomp.simulator.scenario;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Service;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.distribution.Distribution;
import io.mdecomp.model.quantity.Duration;
import io.mdecomp.model.yaml.DiagnosticCollector;
import io.mdecomp.model.yaml.YamlDocument;
import io.mdecomp.model.yaml.YamlLoader;
import io.mdecomp.model.yaml.YamlMap;
import io.mdecomp.model.yaml.YamlNode;
import io.mdecomp.simulator.component.CallKey;
import io.mdecomp.simulator.component.DiscoverySettings;
import io.mdecomp.simulator.component.EndpointRef;
import io.mdecomp.simulator.component.Fault;
import io.mdecomp.simulator.component.GatewaySettings;
import io.mdecomp.simulator.component.OutlierSettings;
import io.mdecomp.simulator.component.Resilience;
import io.mdecomp.simulator.component.Strategy;
import io.mdecomp.simulator.component.WorkloadSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads a scenario file (SPEC §7) against a model, reporting every problem of the file at once as
 * located diagnostics ({@code InputException}, exit code 2): YAML errors, unknown keys, wrong
 * types and units, and references the model does not know (routes, services, callers), each with
 * the known names. Defaults: warm-up 0, seed 1, Eureka discovery timing, round-robin balancing,
 * no resilience patterns, no network or gateway latency, one consumer per instance.
 */
public final class ScenarioReader {

    private final DomainModel model;
    private final DiagnosticCollector problems;
    /** Each route of the model and the endpoint the gateway sends it to (the first that serves it). */
    private final Map<String, EndpointRef> routeEndpoints = new LinkedHashMap<>();
    private final Set<String> routes;

    private ScenarioReader(DomainModel model, DiagnosticCollector problems) {
        this.model = model;
        this.problems = problems;
        for (Service service : model.services()) {
            for (Endpoint endpoint : service.endpoints()) {
                routeEndpoints.putIfAbsent(endpoint.route(), new EndpointRef(service.name(), endpoint.name()));
            }
        }
        this.routes = routeEndpoints.keySet();
    }

    /** Reads {@code file}; throws {@code InputException} with every problem. */
    public static List<Scenario> read(Path file, DomainModel model) {
        return read(YamlLoader.load(file), model);
    }

    /** Reads {@code text} as if it came from a file named {@code file}. */
    public static List<Scenario> parse(String file, String text, DomainModel model) {
        return read(YamlLoader.parse(file, text), model);
    }

    /**
     * Reads a parsed scenario file; throws {@code InputException} with every problem. A scenario's
     * {@code sweep} section is left to {@code io.mdecomp.simulator.sweep.SweepReader}: the scenario
     * read here is the one the file states, without any sweep applied.
     */
    public static List<Scenario> read(YamlDocument document, DomainModel model) {
        DiagnosticCollector problems = new DiagnosticCollector(document.file());
        ScenarioReader reader = new ScenarioReader(model, problems);
        List<Scenario> scenarios = reader.document(document.root(problems));
        problems.throwIfErrors();
        return scenarios;
    }

    private List<Scenario> document(YamlNode root) {
        List<Scenario> result = new ArrayList<>();
        Optional<YamlMap> map = root.labelled("the scenario file").asMap();
        if (map.isEmpty()) {
            return result;
        }
        if (!map.get().has("scenarios") && (map.get().has("system") || map.get().has("domains")
                || map.get().has("services"))) {
            problems.error(map.get().location(), "not-scenarios", "this is a model, not a scenarios file;"
                    + " give the model first and the scenarios file after it");
            return result;
        }
        map.get().allowOnly("scenarios");
        Optional<List<YamlNode>> items = map.get().required("scenarios").flatMap(n -> n.asList("a list of scenarios"));
        Set<String> names = new LinkedHashSet<>();
        for (YamlNode item : items.orElse(List.of())) {
            item.asMap().flatMap(this::scenario).ifPresent(s -> {
                if (!names.add(s.name())) {
                    problems.error(s.location(), "duplicate", "scenario '" + s.name() + "' is defined twice");
                }
                result.add(s);
            });
        }
        if (items.isPresent() && items.get().isEmpty()) {
            problems.error(map.get().location(), "value", "'scenarios' is empty; define at least one scenario");
        }
        return result;
    }

    private Optional<Scenario> scenario(YamlMap s) {
        s.allowOnly("name", "duration", "warmup", "seed", "maxEvents", "bucket", "workload", "gateway", "discovery",
                "loadBalancer", "network", "resilience", "deployment", "faults", "broker", "slos", "sagas", "sweep");
        Optional<String> name = s.name("name");
        YamlMap m = s.labelled("scenario '" + name.orElse("?") + "'");
        Optional<Double> duration = m.required("duration").flatMap(Values::positiveSeconds);
        double warmup = Values.seconds(m, "warmup", 0);
        if (duration.isPresent() && warmup >= duration.get()) {
            m.optional("warmup").ifPresent(n -> n.error("value", "'warmup' (" + Duration.ofSeconds(warmup)
                    + ") must be shorter than 'duration' (" + Duration.ofSeconds(duration.get()) + ")"));
        }
        long seed = m.optional("seed").flatMap(YamlNode::asString).flatMap(text -> seed(m, text)).orElse(1L);
        long maxEvents = m.optional("maxEvents").flatMap(n -> n.asDouble().filter(v -> {
            if (v < 1 || v != Math.rint(v)) {
                n.error("value", "'maxEvents' must be a whole number >= 1, got " + n.describe());
                return false;
            }
            return true;
        })).map(Double::longValue).orElse(Timing.DEFAULT_MAX_EVENTS);
        double bucket = m.optional("bucket").flatMap(Values::positiveSeconds).orElse(0.0);
        Optional<WorkloadSettings> workload = m.required("workload").flatMap(YamlNode::asMap)
                .flatMap(new WorkloadReader(routes, problems)::read);
        Infrastructure infrastructure = infrastructure(m);
        ResiliencePolicy resilience = m.optional("resilience").flatMap(YamlNode::asMap).map(this::resilience)
                .orElse(ResiliencePolicy.NONE);
        Map<String, DeploymentOverride> deployment = m.optional("deployment").flatMap(YamlNode::asMap)
                .map(this::deployment).orElse(Map.of());
        List<Fault> faults = m.optional("faults").flatMap(n -> n.asList("a list of faults"))
                .map(items -> FaultReader.read(items, this::service)).orElse(List.of());
        List<Slo> slos = m.optional("slos").flatMap(n -> n.asList("a list of objectives")).map(this::slos)
                .orElse(List.of());
        List<SagaDefinition> sagas = m.optional("sagas").flatMap(n -> n.asList("a list of sagas"))
                .map(items -> new SagaReader(model, routes).read(items, workload)).orElse(List.of());
        if (name.isEmpty() || duration.isEmpty() || workload.isEmpty() || warmup >= duration.get()) {
            return Optional.empty();
        }
        Timing timing = new Timing(duration.get(), warmup, maxEvents, bucket);
        checkBuckets(m, timing, workload.get());
        checkEventBound(m, name.get(), timing, workload.get());
        checkSloRoutes(slos, workload.get());
        checkLoops(m, workload.get(), sagas);
        return Optional.of(Scenario.builder(name.get(), duration.get(), seed, workload.get()).warmup(warmup)
                .maxEvents(maxEvents).bucketSeconds(bucket).infrastructure(infrastructure).resilience(resilience)
                .deployment(deployment).faults(faults).slos(slos).sagas(sagas).location(m.location()).build());
    }

    private Infrastructure infrastructure(YamlMap m) {
        GatewaySettings gateway = m.optional("gateway").flatMap(YamlNode::asMap).map(GatewayReader::read)
                .orElse(GatewaySettings.NONE);
        DiscoverySettings discovery = m.optional("discovery").flatMap(YamlNode::asMap).map(this::discovery)
                .orElse(DiscoverySettings.EUREKA);
        LoadBalancing balancing = m.optional("loadBalancer").flatMap(YamlNode::asMap).map(this::balancing)
                .orElse(LoadBalancing.DEFAULT);
        Optional<Distribution> network = m.optional("network").flatMap(YamlNode::asMap).flatMap(n -> {
            n.allowOnly("latency");
            return n.optional("latency").flatMap(Values::latency);
        });
        int consumers = m.optional("broker").flatMap(YamlNode::asMap).map(b -> {
            b.allowOnly("consumersPerInstance");
            return Values.intIn(b, "consumersPerInstance", 1, ScenarioLimits.CONSUMERS_PER_INSTANCE, 1);
        }).orElse(1);
        return new Infrastructure(gateway, discovery, balancing, network, consumers);
    }

    private ResiliencePolicy resilience(YamlMap r) {
        r.allowOnly("defaults", "calls");
        Resilience defaults = r.optional("defaults").flatMap(YamlNode::asMap).map(ResilienceReader::read)
                .orElse(Resilience.NONE);
        Map<CallKey, Resilience> perCall = new TreeMap<>();
        r.optional("calls").flatMap(YamlNode::asMap).ifPresent(calls -> callOverrides(calls, perCall));
        return ResiliencePolicy.of(defaults, perCall);
    }

    private Optional<Long> seed(YamlMap m, String text) {
        try {
            return Optional.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            m.optional("seed").ifPresent(n -> n.error("type", "'seed' must be a whole number, got " + n.describe()));
            return Optional.empty();
        }
    }

    private DiscoverySettings discovery(YamlMap d) {
        d.allowOnly("enabled", "heartbeat", "leaseTtl", "evictionInterval", "serverCacheTtl", "clientCacheTtl",
                "timers", "loadBalancerCache", "leaseExpiry");
        DiscoverySettings e = DiscoverySettings.EUREKA;
        boolean enabled = d.optional("enabled").flatMap(YamlNode::asBoolean).orElse(true);
        boolean aligned = d.optional("timers").flatMap(n -> choice(n, "timers", "seeded", "aligned"))
                .map("aligned"::equals).orElse(e.alignedTimers());
        double balancerTtl = d.optional("loadBalancerCache").flatMap(YamlNode::asMap).map(c -> {
            c.allowOnly("ttl");
            return c.optional("ttl").flatMap(Values::timerSeconds).orElse(DiscoverySettings.LOAD_BALANCER_CACHE_TTL);
        }).orElse(e.loadBalancerCacheTtl());
        boolean doubled = d.optional("leaseExpiry").flatMap(n -> choice(n, "leaseExpiry", "ttl", "doubled"))
                .map("doubled"::equals).orElse(e.doubledLeaseExpiry());
        return new DiscoverySettings(enabled,
                d.optional("heartbeat").flatMap(Values::positiveSeconds).orElse(e.heartbeat()),
                d.optional("leaseTtl").flatMap(Values::positiveSeconds).orElse(e.leaseTtl()),
                d.optional("evictionInterval").flatMap(Values::timerSeconds).orElse(e.evictionInterval()),
                d.optional("serverCacheTtl").flatMap(Values::timerSeconds).orElse(e.serverCacheTtl()),
                d.optional("clientCacheTtl").flatMap(Values::timerSeconds).orElse(e.clientCacheTtl()),
                aligned, balancerTtl, doubled);
    }

    /** One of two words, {@code first} or {@code second}; else a located error. */
    private static Optional<String> choice(YamlNode node, String key, String first, String second) {
        return node.asName().filter(word -> {
            boolean known = word.equals(first) || word.equals(second);
            if (!known) {
                node.error("value", "'" + key + "' must be " + first + " or " + second + ", got '" + word + "'");
            }
            return known;
        });
    }

    private LoadBalancing balancing(YamlMap b) {
        b.allowOnly("strategy", "outlierDetection", "weights");
        Strategy strategy = Strategy.ROUND_ROBIN;
        Optional<YamlNode> strategyNode = b.optional("strategy");
        if (strategyNode.isPresent()) {
            Optional<String> label = strategyNode.get().asName();
            if (label.isPresent()) {
                try {
                    strategy = Strategy.fromLabel(label.get());
                } catch (IllegalArgumentException e) {
                    strategyNode.get().error("value", "unknown strategy '" + label.get() + "' (known: "
                            + java.util.Arrays.stream(Strategy.values()).map(Strategy::label)
                            .collect(Collectors.joining(", ")) + ")");
                }
            }
        }
        Optional<OutlierSettings> outlier = b.optional("outlierDetection").flatMap(YamlNode::asMap).map(o -> {
            o.allowOnly("consecutiveErrors", "interval", "baseEjectionTime", "maxEjectionPercent");
            OutlierSettings e = OutlierSettings.ENVOY;
            return new OutlierSettings(Values.intAtLeast(o, "consecutiveErrors", 1, e.consecutiveErrors()),
                    o.optional("interval").flatMap(Values::timerSeconds).orElse(e.intervalSeconds()),
                    o.optional("baseEjectionTime").flatMap(Values::positiveSeconds).orElse(e.baseEjectionSeconds()),
                    o.optional("maxEjectionPercent").flatMap(YamlNode::asPercentage).map(p -> p.percent())
                            .orElse(e.maxEjectionPercent()));
        });
        Map<String, List<Double>> weights = new TreeMap<>();
        b.optional("weights").flatMap(YamlNode::asMap).ifPresent(w -> {
            for (YamlMap.Entry entry : w.entries()) {
                if (service(entry.key(), entry.name())) {
                    List<Double> list = new ArrayList<>();
                    for (YamlNode item : entry.value().asList("a list of weights, one per instance").orElse(List.of())) {
                        item.asDoubleIn(0, false, 1e12, true).ifPresent(list::add);
                    }
                    weights.put(entry.name(), list);
                }
            }
        });
        return new LoadBalancing(strategy, outlier, weights);
    }

    /** True when {@code name} is a service of the model; reports it otherwise. */
    private boolean service(YamlNode at, String name) {
        if (model.service(name).isPresent()) {
            return true;
        }
        at.error("ref", "unknown service '" + name + "' (known: " + serviceNames() + ")");
        return false;
    }

    private String serviceNames() {
        return model.services().stream().map(Service::name).collect(Collectors.joining(", "));
    }

    private void callOverrides(YamlMap calls, Map<CallKey, Resilience> perCall) {
        for (YamlMap.Entry entry : calls.entries()) {
            String[] parts = entry.name().split("->");
            if (parts.length != 2) {
                entry.key().error("value", "'" + entry.name() + "' must read 'Caller -> Callee'"
                        + " (the caller may be 'gateway')");
                continue;
            }
            String caller = parts[0].trim();
            String callee = parts[1].trim();
            boolean ok = (CallKey.GATEWAY.equals(caller) || service(entry.key(), caller)) & service(entry.key(), callee);
            Optional<Resilience> resilience = entry.value().labelled("'" + entry.name() + "'").asMap()
                    .map(ResilienceReader::read);
            if (ok && resilience.isPresent()) {
                perCall.put(new CallKey(caller, callee), resilience.get());
            }
        }
    }

    private Map<String, DeploymentOverride> deployment(YamlMap d) {
        return DeploymentReader.read(d, this::service);
    }

    private List<Slo> slos(List<YamlNode> items) {
        List<Slo> result = new ArrayList<>();
        for (YamlNode item : items) {
            item.asMap().ifPresent(o -> {
                List<String> allowed = new ArrayList<>(List.of("route"));
                for (SloMetric metric : SloMetric.values()) {
                    allowed.add(metric.key());
                }
                o.allowOnly(allowed);
                Optional<String> route = o.optionalName("route").map(WorkloadReader::normalRoute);
                for (SloMetric metric : SloMetric.values()) {
                    o.optional(metric.key()).ifPresent(n -> {
                        Optional<Double> target = metric.isLatency()
                                ? n.asDuration().map(Duration::millis)
                                : n.asPercentage().map(p -> p.fraction());
                        target.ifPresent(t -> result.add(new Slo(route, metric, t, n.location())));
                    });
                }
                boolean anyTarget = o.keys().stream().anyMatch(k -> SloMetric.fromKey(k) != null);
                if (!anyTarget && o.keys().stream().allMatch(allowed::contains)) {
                    problems.error(o.location(), "value", "an objective needs a target: one of "
                            + String.join(", ", allowed.subList(1, allowed.size())));
                }
            });
        }
        return result;
    }

    /** The time series must fit {@link ScenarioLimits#BUCKETS}, and per route {@link ScenarioLimits#ROUTE_BUCKETS}. */
    /** A located error at the workload's rate when the run could only stop at its event limit. */
    private static void checkEventBound(YamlMap m, String name, Timing timing, WorkloadSettings workload) {
        EventBound.exceeded(workload, timing).ifPresent(why -> m.optional("workload").flatMap(YamlNode::asMap)
                .flatMap(w -> w.optional("open")).flatMap(YamlNode::asMap).flatMap(o -> o.optional("rate"))
                .ifPresent(rate -> rate.error("limit", "scenario '" + name + "': " + why)));
    }

    private void checkBuckets(YamlMap m, Timing timing, WorkloadSettings workload) {
        long buckets = timing.buckets();
        long cells = buckets * workload.mix().size();
        if (buckets <= ScenarioLimits.BUCKETS && cells <= ScenarioLimits.ROUTE_BUCKETS) {
            return;
        }
        String what = buckets > ScenarioLimits.BUCKETS
                ? buckets + " time-series buckets; at most " + ScenarioLimits.BUCKETS
                : buckets + " time-series buckets for each of " + workload.mix().size() + " routes; at most "
                + ScenarioLimits.ROUTE_BUCKETS + " in all";
        String message = "'bucket' " + Duration.ofSeconds(timing.effectiveBucketSeconds()) + " over 'duration' "
                + Duration.ofSeconds(timing.duration()) + " makes " + what + " (" + ScenarioLimits.REASON
                + "); make 'bucket' longer";
        YamlNode at = m.optional("bucket").or(() -> m.required("duration")).orElseThrow();
        at.error("value", message);
    }

    /**
     * A route whose requests reach a loop they can never leave (of sync calls, or of calls and
     * events that keep sending messages) is refused, located at the route in the mix (or at the
     * saga), naming the loop and the model's call or subscription that closes it.
     */
    private void checkLoops(YamlMap m, WorkloadSettings workload, List<SagaDefinition> sagas) {
        EndlessLoops loops = new EndlessLoops(model);
        Map<String, SagaDefinition> sagaByRoute = new TreeMap<>();
        sagas.forEach(saga -> sagaByRoute.put(saga.route(), saga));
        for (WorkloadSettings.MixEntry entry : workload.mix()) {
            SagaDefinition saga = sagaByRoute.get(entry.route());
            List<EndpointRef> starts = saga == null ? List.of(routeEndpoints.get(entry.route()))
                    : saga.steps().stream().flatMap(step -> Stream.concat(Stream.of(step.call()),
                            step.compensate().stream())).toList();
            SourceLocation at = entry.location().isKnown() ? entry.location() : m.location();
            for (EndpointRef start : starts) {
                Optional<List<EndlessLoops.Step>> loop = loops.reachableFrom(start);
                if (loop.isPresent()) {
                    problems.error(at, "value", loopMessage(entry.route(), loop.get()));
                    break;
                }
                Optional<EndlessLoops.Growth> growth = loops.growingFrom(start);
                if (growth.isPresent()) {
                    problems.error(at, "value", growthMessage(entry.route(), growth.get()));
                    break;
                }
            }
        }
    }

    /** The loop as {@code A.a -> B.b -(async)-> A.a}. */
    private static String cycle(List<EndlessLoops.Step> loop) {
        StringBuilder cycle = new StringBuilder(loop.get(0).from().toString());
        for (EndlessLoops.Step step : loop) {
            cycle.append(step.arrow()).append(step.to());
        }
        return cycle.toString();
    }

    /** Where the model closes the loop: " (the call at FILE:LINE:COL)", or nothing when not known. */
    private static String closedAt(List<EndlessLoops.Step> loop) {
        EndlessLoops.Step closing = loop.get(loop.size() - 1);
        String what = closing.kind() == EndlessLoops.Kind.EVENT ? "subscription" : "call";
        return closing.location().isKnown() ? " (the " + what + " at " + closing.location() + ")" : "";
    }

    private static String growthMessage(String route, EndlessLoops.Growth growth) {
        String steps = growth.loop().stream()
                .map(step -> String.format(Locale.ROOT, "%.3g", step.expected()))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "route '%s' reaches calls and events that requests leave only by chance,"
                + " but whose traffic grows: %s%s makes on average %.3f calls or messages for each one it receives"
                + " (expected steps along it: %s), so what goes round grows round after round instead of dying"
                + " out, and the run would not end. Lower the probabilities of the loop's calls or events until"
                + " it makes fewer than one on average, or remove one of them",
                route, cycle(growth.loop()), closedAt(growth.loop()), growth.growth(), steps);
    }

    private static String loopMessage(String route, List<EndlessLoops.Step> loop) {
        String cycle = cycle(loop);
        String at = closedAt(loop);
        if (EndlessLoops.synchronous(loop)) {
            return "route '" + route + "' reaches a loop of synchronous calls that every request takes: " + cycle
                    + at + "; its requests would call around it until workers and queues run out. Give a call of"
                    + " the loop a probability below 1, or remove it from the model";
        }
        return "route '" + route + "' reaches a loop of calls and events that every request takes: " + cycle + at
                + "; each request would keep sending messages around it for the rest of the run, so the load would"
                + " grow without end and its numbers say nothing. Give a call of the loop a probability below 1,"
                + " publish its event on a share of requests, or remove it from the model";
    }

    private void checkSloRoutes(List<Slo> slos, WorkloadSettings workload) {
        Set<String> mixRoutes = workload.mix().stream().map(WorkloadSettings.MixEntry::route)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        for (Slo slo : slos) {
            slo.route().filter(r -> !mixRoutes.contains(r)).ifPresent(r -> problems.error(slo.location(), "ref",
                    "objective for route '" + r + "', which the workload's mix never sends (mix: "
                            + String.join(", ", mixRoutes) + ")"));
        }
    }
}
