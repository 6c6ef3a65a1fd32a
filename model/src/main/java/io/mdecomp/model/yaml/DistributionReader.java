package io.mdecomp.model.yaml;

import io.mdecomp.model.diagnostic.Suggestions;
import io.mdecomp.model.distribution.Constant;
import io.mdecomp.model.distribution.Distribution;
import io.mdecomp.model.distribution.Empirical;
import io.mdecomp.model.distribution.Erlang;
import io.mdecomp.model.distribution.Exponential;
import io.mdecomp.model.distribution.Gamma;
import io.mdecomp.model.distribution.HyperExponential;
import io.mdecomp.model.distribution.LogNormal;
import io.mdecomp.model.distribution.Normal;
import io.mdecomp.model.distribution.Uniform;
import io.mdecomp.model.quantity.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Reads the distributions of SPEC §3 from a YAML value (see {@link YamlNode#asDistribution()}). */
final class DistributionReader {

    /** The {@code dist:} kinds, as written in YAML. */
    static final List<String> KINDS = List.of("constant", "exponential", "uniform", "lognormal", "gamma", "erlang",
            "hyperexponential", "normal", "empirical");

    private DistributionReader() {
    }

    static Optional<Distribution> read(YamlNode value) {
        if (value.isScalar()) {
            return value.asDuration().map(Exponential::new);
        }
        if (!value.isMapping()) {
            return value.typeError("a duration or a distribution such as {dist: lognormal, median: 4ms, p99: 30ms}");
        }
        YamlMap map = value.asMap().orElseThrow();
        Optional<String> kind = map.required("dist").flatMap(YamlNode::asName);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        if (!KINDS.contains(kind.get())) {
            map.optional("dist").orElseThrow().error("value", "unknown distribution '" + kind.get() + "' (known: "
                    + String.join(", ", KINDS) + ")" + Suggestions.didYouMean(kind.get(), KINDS));
            return Optional.empty();
        }
        String label = kind.get() + " distribution";
        YamlMap dist = map.labelled("the " + label);
        switch (kind.get()) {
            case "constant":
                dist.allowOnly("dist", "value");
                return build(dist, () -> duration(dist, "value").map(Constant::new));
            case "exponential":
                dist.allowOnly("dist", "mean");
                return build(dist, () -> duration(dist, "mean").map(Exponential::new));
            case "uniform":
                dist.allowOnly("dist", "min", "max");
                return build(dist, () -> both(duration(dist, "min"), duration(dist, "max"))
                        .map(p -> new Uniform(p.get(0), p.get(1))));
            case "lognormal":
                return lognormal(dist);
            case "gamma":
                dist.allowOnly("dist", "mean", "cv");
                return build(dist, () -> duration(dist, "mean").flatMap(mean -> number(dist, "cv")
                        .map(cv -> new Gamma(mean, cv))));
            case "erlang":
                dist.allowOnly("dist", "k", "mean");
                return build(dist, () -> {
                    Optional<Integer> k = dist.required("k").flatMap(n -> n.asIntAtLeast(1));
                    return duration(dist, "mean").flatMap(mean -> k.map(kk -> new Erlang(kk, mean)));
                });
            case "hyperexponential":
                dist.allowOnly("dist", "mean", "scv");
                return build(dist, () -> duration(dist, "mean").flatMap(mean -> number(dist, "scv")
                        .map(scv -> new HyperExponential(mean, scv))));
            case "normal":
                dist.allowOnly("dist", "mean", "sd");
                return build(dist, () -> both(duration(dist, "mean"), duration(dist, "sd"))
                        .map(p -> new Normal(p.get(0), p.get(1))));
            default:
                dist.allowOnly("dist", "points");
                return build(dist, () -> points(dist).map(Empirical::new));
        }
    }

    private static Optional<Distribution> lognormal(YamlMap dist) {
        boolean meanForm = dist.has("mean") || dist.has("cv");
        boolean medianForm = dist.has("median") || dist.has("p99");
        if (meanForm && medianForm) {
            dist.problems().error(dist.location(), "value",
                    "a lognormal distribution takes either median and p99, or mean and cv, not both");
            return Optional.empty();
        }
        if (meanForm) {
            dist.allowOnly("dist", "mean", "cv");
            return build(dist, () -> duration(dist, "mean").flatMap(mean -> number(dist, "cv")
                    .map(cv -> LogNormal.ofMeanCv(mean, cv))));
        }
        dist.allowOnly("dist", "median", "p99");
        return build(dist, () -> both(duration(dist, "median"), duration(dist, "p99"))
                .map(p -> new LogNormal(p.get(0), p.get(1))));
    }

    private static Optional<List<Empirical.Point>> points(YamlMap dist) {
        Optional<List<YamlNode>> rows = dist.required("points").flatMap(n -> n.asList("a list of [quantile, duration] pairs"));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<Empirical.Point> points = new ArrayList<>();
        boolean ok = true;
        for (YamlNode row : rows.get()) {
            Optional<List<YamlNode>> pair = row.asList("a [quantile, duration] pair");
            if (pair.isPresent() && pair.get().size() != 2) {
                row.error("type", row.label() + " must be a [quantile, duration] pair, got " + pair.get().size()
                        + " values");
                pair = Optional.empty();
            }
            Optional<Double> q = pair.flatMap(p -> p.get(0).labelled("the quantile of " + row.label())
                    .asDoubleIn(0, true, 1, true));
            Optional<Duration> v = pair.flatMap(p -> p.get(1).labelled("the value of " + row.label()).asDuration());
            if (q.isPresent() && v.isPresent()) {
                points.add(new Empirical.Point(q.get(), v.get()));
            } else {
                ok = false;
            }
        }
        return ok ? Optional.of(points) : Optional.empty();
    }

    private static Optional<Duration> duration(YamlMap dist, String key) {
        return dist.required(key).flatMap(YamlNode::asDuration);
    }

    private static Optional<Double> number(YamlMap dist, String key) {
        return dist.required(key).flatMap(YamlNode::asDouble);
    }

    private static Optional<List<Duration>> both(Optional<Duration> a, Optional<Duration> b) {
        return a.isPresent() && b.isPresent() ? Optional.of(List.of(a.get(), b.get())) : Optional.empty();
    }

    /** Runs a constructor, turning its range check into a diagnostic at the distribution. */
    private static Optional<Distribution> build(YamlMap dist, Supplier<Optional<? extends Distribution>> constructor) {
        try {
            return constructor.get().map(d -> d);
        } catch (IllegalArgumentException e) {
            dist.problems().error(dist.location(), "value", "invalid " + dist.label().replace("the ", "") + ": "
                    + e.getMessage());
            return Optional.empty();
        }
    }
}
