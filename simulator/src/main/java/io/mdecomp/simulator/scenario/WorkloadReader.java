package io.mdecomp.simulator.scenario;

import io.mdecomp.model.distribution.Distribution;
import io.mdecomp.model.quantity.Duration;
import io.mdecomp.model.quantity.Rate;
import io.mdecomp.model.yaml.DiagnosticCollector;
import io.mdecomp.model.yaml.YamlMap;
import io.mdecomp.model.yaml.YamlNode;
import io.mdecomp.simulator.component.WorkloadSettings;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a scenario's {@code workload:}: exactly one of {@code open} (a rate and its profile) or
 * {@code closed} (users and think time), the client population and the route mix. Routes must be
 * the model's, each at most once in the mix; clients, users and routes have upper bounds
 * ({@link ScenarioLimits}).
 */
final class WorkloadReader {

    private final Set<String> routes;
    private final DiagnosticCollector problems;

    WorkloadReader(Set<String> routes, DiagnosticCollector problems) {
        this.routes = routes;
        this.problems = problems;
    }

    /** The workload, or empty after reporting what is wrong. */
    Optional<WorkloadSettings> read(YamlMap w) {
        w.allowOnly("open", "closed", "clients", "mix");
        Optional<WorkloadSettings.Load> load = Optional.empty();
        if (w.has("open") == w.has("closed")) {
            problems.error(w.location(), "value", "the workload needs exactly one of 'open' (a rate) or 'closed'"
                    + " (users and think time)");
        } else if (w.has("open")) {
            load = w.optional("open").flatMap(YamlNode::asMap).flatMap(this::openLoad);
        } else {
            load = w.optional("closed").flatMap(YamlNode::asMap).flatMap(this::closedLoad);
        }
        int clients = Values.intIn(w, "clients", 1, ScenarioLimits.CLIENTS, 1);
        List<WorkloadSettings.MixEntry> mix = mix(w);
        if (load.isEmpty() || mix.isEmpty()) {
            if (w.has("mix") && mix.isEmpty() && !problems.hasErrors()) {
                problems.error(w.location(), "value", "the workload's 'mix' needs at least one route");
            }
            return Optional.empty();
        }
        return Optional.of(new WorkloadSettings(load.get(), clients, mix));
    }

    private List<WorkloadSettings.MixEntry> mix(YamlMap w) {
        List<WorkloadSettings.MixEntry> mix = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<YamlNode> items = w.required("mix").flatMap(n -> n.asList("a list of routes with weights"))
                .orElse(List.of());
        if (items.size() > ScenarioLimits.MIX_ROUTES) {
            w.required("mix").ifPresent(n -> n.error("value", "the mix lists " + items.size()
                    + " routes; at most " + ScenarioLimits.MIX_ROUTES + " (" + ScenarioLimits.REASON + ")"));
            return mix;
        }
        for (YamlNode item : items) {
            item.asMap().ifPresent(e -> {
                e.allowOnly("route", "weight");
                Optional<String> route = e.name("route");
                double weight = e.optional("weight").flatMap(n -> n.asDoubleIn(0, false, 1e12, true)).orElse(1.0);
                route.ifPresent(r -> {
                    String normal = normalRoute(r);
                    if (!routes.contains(normal)) {
                        e.required("route").ifPresent(n -> n.error("ref", "unknown route '" + r + "' (known: "
                                + String.join(", ", routes) + ")"));
                    } else if (!seen.add(normal)) {
                        e.required("route").ifPresent(n -> n.error("duplicate", "route '" + r
                                + "' appears twice in the mix; give it one entry with the summed weight"));
                    } else {
                        mix.add(new WorkloadSettings.MixEntry(normal, weight,
                                e.required("route").orElseThrow().location()));
                    }
                });
            });
        }
        return mix;
    }

    /** A route as the gateway names it: trimmed, runs of white space as one space. */
    static String normalRoute(String route) {
        return route.trim().replaceAll("\\s+", " ");
    }

    private Optional<WorkloadSettings.Load> closedLoad(YamlMap c) {
        c.allowOnly("users", "thinkTime");
        Optional<Integer> users = c.required("users")
                .flatMap(n -> n.asIntIn(1, ScenarioLimits.USERS, ScenarioLimits.REASON));
        Optional<Distribution> think = c.required("thinkTime").flatMap(YamlNode::asDistribution);
        return users.isPresent() && think.isPresent()
                ? Optional.of(new WorkloadSettings.Closed(users.get(), think.get())) : Optional.empty();
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
}
