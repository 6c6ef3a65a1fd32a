package io.mdecomp.cli.config;

import io.mdecomp.analysis.AnalysisSettings;
import io.mdecomp.analysis.check.FailOn;
import io.mdecomp.analysis.graph.Criterion;
import io.mdecomp.analysis.graph.Priority;
import io.mdecomp.analysis.rules.RuleId;
import io.mdecomp.analysis.rules.RuleSetting;
import io.mdecomp.model.diagnostic.Severity;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.yaml.DiagnosticCollector;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The mutable draft one settings layer is applied to, with the value parsers every layer shares.
 * Each parser records a located diagnostic instead of throwing, so a layer reports all of its
 * problems at once ({@link #finish}).
 */
final class SettingsDraft {

    final EnumMap<Criterion, Priority> priorities = new EnumMap<>(Criterion.class);
    final EnumMap<RuleId, RuleSetting> rules = new EnumMap<>(RuleId.class);
    int sizeBandMin;
    int sizeBandMax;
    FailOn failOn;
    Optional<Path> baseline;
    Optional<String> algorithm;
    OptionalDouble resolution;
    OptionalLong seed;
    Optional<Boolean> preferEvents;
    Optional<Path> configFile;
    private final DiagnosticCollector problems;

    SettingsDraft(Settings base, DiagnosticCollector problems) {
        this.problems = problems;
        priorities.putAll(base.analysis().priorities());
        rules.putAll(base.analysis().rules());
        sizeBandMin = base.analysis().sizeBandMin();
        sizeBandMax = base.analysis().sizeBandMax();
        failOn = base.failOn();
        baseline = base.baseline();
        algorithm = base.propose().algorithm();
        resolution = base.propose().resolution();
        seed = base.propose().seed();
        preferEvents = base.propose().preferEvents();
        configFile = base.configFile();
    }

    void problem(SourceLocation location, String code, String message) {
        problems.error(location, code, message);
    }

    /** The settings, or an {@code InputException} with every problem recorded. */
    Settings finish(SourceLocation sizeBandLocation) {
        if (sizeBandMin < 0 || sizeBandMax < sizeBandMin) {
            problem(sizeBandLocation, "value", "size band needs 0 <= min <= max, got min " + sizeBandMin
                    + " and max " + sizeBandMax);
        }
        problems.throwIfErrors();
        AnalysisSettings analysis = new AnalysisSettings(priorities, rules, sizeBandMin, sizeBandMax);
        return new Settings(analysis, failOn, baseline, new ProposeSettings(algorithm, resolution, seed, preferEvents),
                configFile);
    }

    void failOn(String text, SourceLocation at) {
        FailOn.parse(text).ifPresentOrElse(level -> failOn = level,
                () -> problem(at, "value", "unknown fail-on level '" + text + "' (known: error, warning, note, never)"));
    }

    void priority(Criterion criterion, String text, SourceLocation at) {
        try {
            priorities.put(criterion, Priority.parse(text));
        } catch (IllegalArgumentException e) {
            problem(at, "value", e.getMessage());
        }
    }

    void ruleSeverity(RuleId rule, String text, SourceLocation at) {
        try {
            Severity severity = Severity.fromLabel(text);
            RuleSetting old = rules.get(rule);
            rules.put(rule, new RuleSetting(old.enabled(), severity, old.threshold()));
        } catch (IllegalArgumentException e) {
            problem(at, "value", e.getMessage());
        }
    }

    void ruleThreshold(RuleId rule, String text, SourceLocation at) {
        RuleSetting old = rules.get(rule);
        if (RuleSetting.defaultFor(rule).threshold().isEmpty()) {
            problem(at, "value", rule + " has no threshold (rules with one: MD006, MD007, MD008, MD009, MD010, MD014)");
            return;
        }
        number(text, at).ifPresent(value -> {
            if (value < 0) {
                problem(at, "value", "a threshold must be >= 0, got " + text);
            } else {
                rules.put(rule, new RuleSetting(old.enabled(), old.severity(), OptionalDouble.of(value)));
            }
        });
    }

    void ruleEnabled(RuleId rule, String text, SourceLocation at) {
        bool(text, at).ifPresent(enabled -> {
            RuleSetting old = rules.get(rule);
            rules.put(rule, new RuleSetting(enabled, old.severity(), old.threshold()));
        });
    }

    void sizeBandMin(String text, SourceLocation at) {
        integer(text, at).ifPresent(value -> sizeBandMin = (int) value);
    }

    void sizeBandMax(String text, SourceLocation at) {
        integer(text, at).ifPresent(value -> sizeBandMax = (int) value);
    }

    void algorithm(String text, SourceLocation at) {
        String name = text.trim().toLowerCase(Locale.ROOT);
        if (ProposeSettings.ALGORITHMS.contains(name)) {
            algorithm = Optional.of(name);
        } else {
            problem(at, "value", "unknown algorithm '" + text + "' (known: "
                    + String.join(", ", ProposeSettings.ALGORITHMS) + ")");
        }
    }

    void resolution(String text, SourceLocation at) {
        number(text, at).ifPresent(value -> {
            if (value <= 0) {
                problem(at, "value", "resolution must be > 0, got " + text);
            } else {
                resolution = OptionalDouble.of(value);
            }
        });
    }

    void preferEvents(String text, SourceLocation at) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.equals("true") || value.equals("false")) {
            preferEvents = Optional.of(value.equals("true"));
        } else {
            problem(at, "type", "expected true or false, got '" + text + "'");
        }
    }

    void seed(String text, SourceLocation at) {
        OptionalLong value = integer(text, at);
        if (value.isPresent()) {
            seed = value;
        }
    }

    /** A finite number, or a recorded problem. */
    OptionalDouble number(String text, SourceLocation at) {
        try {
            double value = Double.parseDouble(text.trim());
            if (Double.isFinite(value)) {
                return OptionalDouble.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(at, "type", "expected a number, got '" + text + "'");
        return OptionalDouble.empty();
    }

    /** A whole number, or a recorded problem. */
    OptionalLong integer(String text, SourceLocation at) {
        try {
            return OptionalLong.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            problem(at, "type", "expected a whole number, got '" + text + "'");
            return OptionalLong.empty();
        }
    }

    /** {@code true} or {@code false}, or a recorded problem. */
    Optional<Boolean> bool(String text, SourceLocation at) {
        String word = text.trim().toLowerCase(Locale.ROOT);
        if (word.equals("true") || word.equals("false")) {
            return Optional.of(Boolean.parseBoolean(word));
        }
        problem(at, "type", "expected true or false, got '" + text + "'");
        return Optional.empty();
    }
}
