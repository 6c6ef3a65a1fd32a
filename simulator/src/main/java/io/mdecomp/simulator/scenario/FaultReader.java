package io.mdecomp.simulator.scenario;

import io.mdecomp.model.quantity.Duration;
import io.mdecomp.model.yaml.YamlMap;
import io.mdecomp.model.yaml.YamlNode;
import io.mdecomp.simulator.component.Fault;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Reads {@code faults}: each item has {@code at}, {@code for} and exactly one of {@code kill},
 * {@code slow}, {@code fail}, {@code partition}, {@code stallRegistry}.
 */
final class FaultReader {

    private static final List<String> KINDS = List.of("kill", "slow", "fail", "partition", "stallRegistry");

    private FaultReader() {
    }

    static List<Fault> read(List<YamlNode> items, BiPredicate<YamlNode, String> isService) {
        List<Fault> faults = new ArrayList<>();
        for (YamlNode item : items) {
            Optional<YamlMap> map = item.asMap();
            if (map.isEmpty()) {
                continue;
            }
            YamlMap f = map.get();
            List<String> allowed = new ArrayList<>(List.of("at", "for"));
            allowed.addAll(KINDS);
            f.allowOnly(allowed);
            Optional<Duration> at = f.required("at").flatMap(YamlNode::asDuration);
            Optional<Duration> length = f.required("for").flatMap(YamlNode::asDuration);
            List<String> kinds = f.keys().stream().filter(KINDS::contains).toList();
            if (kinds.size() != 1) {
                f.problems().error(f.location(), "value", "a fault needs exactly one of " + String.join(", ", KINDS)
                        + (kinds.isEmpty() ? "" : ", got " + String.join(" and ", kinds)));
                continue;
            }
            Optional<Fault.Kind> kind = kind(kinds.get(0), f, isService);
            if (at.isPresent() && length.isPresent() && kind.isPresent()) {
                faults.add(new Fault(at.get().seconds(), length.get().seconds(), kind.get()));
            }
        }
        faults.sort((a, b) -> Double.compare(a.at(), b.at()));
        return faults;
    }

    private static Optional<Fault.Kind> kind(String kind, YamlMap f, BiPredicate<YamlNode, String> isService) {
        YamlNode node = f.optional(kind).orElse(null);
        if ("stallRegistry".equals(kind)) {
            return Optional.of(new Fault.StallRegistry());
        }
        if (node == null) {
            f.problems().error(f.location(), "value", "'" + kind + "' needs its settings");
            return Optional.empty();
        }
        Optional<YamlMap> map = node.asMap();
        if (map.isEmpty()) {
            return Optional.empty();
        }
        YamlMap k = map.get();
        switch (kind) {
            case "kill": {
                k.allowOnly("service", "instances");
                Optional<String> service = serviceName(k, isService);
                int instances = Values.intAtLeast(k, "instances", 1, 1);
                return service.map(s -> new Fault.Kill(s, instances));
            }
            case "slow": {
                k.allowOnly("service", "factor");
                Optional<String> service = serviceName(k, isService);
                Optional<Double> factor = k.required("factor").flatMap(n -> n.asDoubleIn(0, false, 1e6, true));
                return service.flatMap(s -> factor.map(x -> new Fault.Slow(s, x)));
            }
            case "fail": {
                k.allowOnly("service", "rate");
                Optional<String> service = serviceName(k, isService);
                Optional<Double> rate = k.required("rate").flatMap(YamlNode::asPercentage).map(p -> p.fraction());
                return service.flatMap(s -> rate.map(r -> new Fault.Fail(s, r)));
            }
            default: {
                k.allowOnly("between", "connectTimeout");
                Optional<List<String>> between = k.required("between").flatMap(YamlNode::asNames);
                if (between.isEmpty()) {
                    return Optional.empty();
                }
                if (between.get().size() != 2) {
                    k.required("between").ifPresent(n -> n.error("value",
                            "'between' names exactly two parties (services or 'gateway'), got "
                                    + between.get().size()));
                    return Optional.empty();
                }
                YamlNode at = k.required("between").orElseThrow();
                boolean ok = true;
                for (String party : between.get()) {
                    ok &= "gateway".equals(party) || isService.test(at, party);
                }
                Optional<YamlNode> connectNode = k.optional("connectTimeout");
                Optional<Double> connect = connectNode.flatMap(YamlNode::asDuration).map(d -> d.seconds());
                if (connect.isPresent() && !(connect.get() > 0)) {
                    connectNode.orElseThrow().error("value", "'connectTimeout' must be above 0, e.g. 10s");
                    return Optional.empty();
                }
                if (connectNode.isPresent() && connect.isEmpty()) {
                    return Optional.empty();
                }
                double seconds = connect.orElse(Fault.Partition.DEFAULT_CONNECT_TIMEOUT_SECONDS);
                return ok ? Optional.of(new Fault.Partition(between.get().get(0), between.get().get(1), seconds))
                        : Optional.empty();
            }
        }
    }

    private static Optional<String> serviceName(YamlMap k, BiPredicate<YamlNode, String> isService) {
        Optional<String> name = k.name("service");
        if (name.isPresent() && !isService.test(k.required("service").orElseThrow(), name.get())) {
            return Optional.empty();
        }
        return name;
    }
}
