package io.mdecomp.simulator.scenario;

import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Service;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.distribution.Distribution;
import io.mdecomp.model.quantity.Duration;
import io.mdecomp.model.quantity.Rate;
import io.mdecomp.model.yaml.DiagnosticCollector;
import io.mdecomp.model.yaml.YamlDocument;
import io.mdecomp.model.yaml.YamlLoader;
import io.mdecomp.model.yaml.YamlMap;
import io.mdecomp.model.yaml.YamlNode;
import io.mdecomp.simulator.component.DiscoverySettings;
import io.mdecomp.simulator.component.Fault;
import io.mdecomp.simulator.component.GatewaySettings;
import io.mdecomp.simulator.component.OutlierSettings;
import io.mdecomp.simulator.component.Resilience;
import io.mdecomp.simulator.component.Strategy;
import io.mdecomp.simulator.component.WorkloadSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

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
    private final Set<String> routes = new LinkedHashSet<>();

    private ScenarioReader(DomainModel model, DiagnosticCollector problems) {
        this.model = model;
        this.problems = problems;
        for (Service service : model.services()) {
            for (Endpoint endpoint : service.endpoints()) {
                routes.add(endpoint.route());
            }
        }
    }

    /** Reads {@code file}; throws {@code InputException} with every problem. */
    public static List<Scenario> read(Path file, DomainModel model) {
        return read(YamlLoader.load(file), model);
    }

    /** Reads {@code text} as if it came from a file named {@code file}. */
    public static List<Scenario> parse(String file, String text, DomainModel model) {
        return read(YamlLoader.parse(file, text), model);
    }

    private static List<Scenario> read(YamlDocument document, DomainModel model) {
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
                "loadBalancer", "network", "resilience", "deployment", "faults", "broker", "slos", "sagas");
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
        })).map(Double::longValue).orElse(Scenario.DEFAULT_MAX_EVENTS);
        double bucket = m.optional("bucket").flatMap(Values::positiveSeconds).orElse(0.0);
        Optional<WorkloadSettings> workload = m.required("workload").flatMap(YamlNode::asMap).flatMap(this::workload);
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
        Resilience defaults = Resilience.NONE;
        Map<String, Resilience> perCall = new TreeMap<>();
        Optional<YamlMap> resilience = m.optional("resilience").flatMap(YamlNode::asMap);
        if (resilience.isPresent()) {
            resilience.get().allowOnly("defaults", "calls");
            defaults = resilience.get().optional("defaults").flatMap(YamlNode::asMap).map(ResilienceReader::read)
                    .orElse(Resilience.NONE);
            resilience.get().optional("calls").flatMap(YamlNode::asMap).ifPresent(calls -> callOverrides(calls, perCall));
        }
        Map<String, DeploymentOverride> deployment = m.optional("deployment").flatMap(YamlNode::asMap)
                .map(this::deployment).orElse(Map.of());
        List<Fault> faults = m.optional("faults").flatMap(n -> n.asList("a list of faults")).map(this::faults)
                .orElse(List.of());
        int consumers = m.optional("broker").flatMap(YamlNode::asMap).map(b -> {
            b.allowOnly("consumersPerInstance");
            return Values.intAtLeast(b, "consumersPerInstance", 1, 1);
        }).orElse(1);
        List<Slo> slos = m.optional("slos").flatMap(n -> n.asList("a list of objectives")).map(this::slos)
                .orElse(List.of());
        List<SagaDefinition> sagas = m.optional("sagas").flatMap(n -> n.asList("a list of sagas"))
                .map(items -> new SagaReader(model, routes).read(items, workload)).orElse(List.of());
        if (name.isEmpty() || duration.isEmpty() || workload.isEmpty() || warmup >= duration.get()) {
            return Optional.empty();
        }
        checkSloRoutes(slos, workload.get());
        return Optional.of(new Scenario(name.get(), duration.get(), warmup, seed, workload.get(), gateway, discovery,
                balancing, network, defaults, new TreeMap<>(perCall), new TreeMap<>(deployment), faults, slos,
                consumers, maxEvents, bucket, m.location(), sagas));
    }

    private Optional<Long> seed(YamlMap m, String text) {
        try {
            return Optional.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            m.optional("seed").ifPresent(n -> n.error("type", "'seed' must be a whole number, got " + n.describe()));
            return Optional.empty();
        }
    }

    private Optional<WorkloadSettings> workload(YamlMap w) {
        w.allowOnly("open", "closed", "clients", "mix");
        Optional<WorkloadSettings.Load> load = Optional.empty();
        if (w.has("open") == w.has("closed")) {
            problems.error(w.location(), "value", "the workload needs exactly one of 'open' (a rate) or 'closed'"
                    + " (users and think time)");
        } else if (w.has("open")) {
            load = w.optional("open").flatMap(YamlNode::asMap).flatMap(this::openLoad);
        } else {
            load = w.optional("closed").flatMap(YamlNode::asMap).flatMap(c -> {
                c.allowOnly("users", "thinkTime");
                Optional<Integer> users = c.required("users").flatMap(n -> n.asIntAtLeast(1));
                Optional<Distribution> think = c.required("thinkTime").flatMap(YamlNode::asDistribution);
                return users.isPresent() && think.isPresent()
                        ? Optional.of(new WorkloadSettings.Closed(users.get(), think.get())) : Optional.empty();
            });
        }
        int clients = Values.intAtLeast(w, "clients", 1, 1);
        List<WorkloadSettings.MixEntry> mix = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (YamlNode item : w.required("mix").flatMap(n -> n.asList("a list of routes with weights"))
                .orElse(List.of())) {
            item.asMap().ifPresent(e -> {
                e.allowOnly("route", "weight");
                Optional<String> route = e.name("route");
                double weight = e.optional("weight").flatMap(n -> n.asDoubleIn(0, false, 1e12, true)).orElse(1.0);
                route.ifPresent(r -> {
                    String normal = r.trim().replaceAll("\\s+", " ");
                    if (!routes.contains(normal)) {
                        e.required("route").ifPresent(n -> n.error("ref", "unknown route '" + r + "' (known: "
                                + String.join(", ", routes) + ")"));
                    } else if (!seen.add(normal)) {
                        e.required("route").ifPresent(n -> n.error("duplicate", "route '" + r
                                + "' appears twice in the mix; give it one entry with the summed weight"));
                    } else {
                        mix.add(new WorkloadSettings.MixEntry(normal, weight));
                    }
                });
            });
        }
        if (load.isEmpty() || mix.isEmpty()) {
            if (w.has("mix") && mix.isEmpty() && !problems.hasErrors()) {
                problems.error(w.location(), "value", "the workload's 'mix' needs at least one route");
            }
            return Optional.empty();
        }
        return Optional.of(new WorkloadSettings(load.get(), clients, mix));
    }

    private Optional<WorkloadSettings.Load> openLoad(YamlMap o) {
        o.allowOnly("rate", "profile");
        Optional<Rate> rate = o.required("rate").flatMap(YamlNode::asRate);
        List<WorkloadSettings.RateStep> steps = new ArrayList<>();
        double lastAt = -1;
        for (YamlNode item : o.optional("profile").flatMap(n -> n.asList("a list of rate steps")).orElse(List.of())) {
            Optional<YamlMap> step = item.asMap();
            if (step.isEmpty()) {
                continue;
            }
            step.get().allowOnly("at", "rate", "ramp");
            Optional<Duration> at = step.get().required("at").flatMap(YamlNode::asDuration);
            Optional<Rate> stepRate = step.get().required("rate").flatMap(YamlNode::asRate);
            double ramp = Values.seconds(step.get(), "ramp", 0);
            if (at.isPresent() && at.get().seconds() <= lastAt) {
                step.get().required("at").ifPresent(n -> n.error("value", "profile steps must be in time order;"
                        + " this step at " + at.get() + " does not come after the one before"));
            }
            if (at.isPresent() && stepRate.isPresent()) {
                lastAt = at.get().seconds();
                steps.add(new WorkloadSettings.RateStep(at.get().seconds(), stepRate.get().perSecond(), ramp));
            }
        }
        return rate.map(r -> new WorkloadSettings.Open(r.perSecond(), steps));
    }

    private DiscoverySettings discovery(YamlMap d) {
        d.allowOnly("enabled", "heartbeat", "leaseTtl", "evictionInterval", "serverCacheTtl", "clientCacheTtl");
        DiscoverySettings e = DiscoverySettings.EUREKA;
        boolean enabled = d.optional("enabled").flatMap(YamlNode::asBoolean).orElse(true);
        return new DiscoverySettings(enabled,
                d.optional("heartbeat").flatMap(Values::positiveSeconds).orElse(e.heartbeat()),
                d.optional("leaseTtl").flatMap(Values::positiveSeconds).orElse(e.leaseTtl()),
                d.optional("evictionInterval").flatMap(Values::positiveSeconds).orElse(e.evictionInterval()),
                d.optional("serverCacheTtl").flatMap(Values::positiveSeconds).orElse(e.serverCacheTtl()),
                d.optional("clientCacheTtl").flatMap(Values::positiveSeconds).orElse(e.clientCacheTtl()));
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
                    o.optional("interval").flatMap(Values::positiveSeconds).orElse(e.intervalSeconds()),
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

    private void callOverrides(YamlMap calls, Map<String, Resilience> perCall) {
        for (YamlMap.Entry entry : calls.entries()) {
            String[] parts = entry.name().split("->");
            if (parts.length != 2) {
                entry.key().error("value", "'" + entry.name() + "' must read 'Caller -> Callee'"
                        + " (the caller may be 'gateway')");
                continue;
            }
            String caller = parts[0].trim();
            String callee = parts[1].trim();
            boolean ok = ("gateway".equals(caller) || service(entry.key(), caller)) & service(entry.key(), callee);
            Optional<Resilience> resilience = entry.value().labelled("'" + entry.name() + "'").asMap()
                    .map(ResilienceReader::read);
            if (ok && resilience.isPresent()) {
                perCall.put(caller + " -> " + callee, resilience.get());
            }
        }
    }

    private Map<String, DeploymentOverride> deployment(YamlMap d) {
        Map<String, DeploymentOverride> result = new TreeMap<>();
        for (YamlMap.Entry entry : d.entries()) {
            if (!service(entry.key(), entry.name())) {
                continue;
            }
            entry.value().labelled("deployment of '" + entry.name() + "'").asMap().ifPresent(o -> {
                o.allowOnly("instances", "workers", "queue");
                result.put(entry.name(), new DeploymentOverride(
                        intOpt(o, "instances", 1), intOpt(o, "workers", 1), intOpt(o, "queue", 0)));
            });
        }
        return result;
    }

    private static java.util.OptionalInt intOpt(YamlMap map, String key, int min) {
        return map.optional(key).flatMap(n -> n.asIntAtLeast(min)).map(java.util.OptionalInt::of)
                .orElse(java.util.OptionalInt.empty());
    }

    private List<Fault> faults(List<YamlNode> items) {
        return FaultReader.read(items, this::service);
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
                Optional<String> route = o.optionalName("route").map(r -> r.trim().replaceAll("\\s+", " "));
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

    private void checkSloRoutes(List<Slo> slos, WorkloadSettings workload) {
        Set<String> mixRoutes = workload.mix().stream().map(WorkloadSettings.MixEntry::route)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        for (Slo slo : slos) {
            slo.route().filter(r -> !mixRoutes.contains(r)).ifPresent(r -> problems.error(slo.location(), "ref",
                    "objective for route '" + r + "', which the workload's mix never sends (mix: "
                            + String.join(", ", mixRoutes) + ")"));
        }
    }

    static SourceLocation unknown() {
        return SourceLocation.UNKNOWN;
    }
}
