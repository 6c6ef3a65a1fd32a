package io.mdecomp.cli.config;

import io.mdecomp.analysis.graph.Criterion;
import io.mdecomp.analysis.rules.RuleId;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.diagnostic.Suggestions;
import io.mdecomp.model.yaml.DiagnosticCollector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Applies {@code MDECOMP_<KEY>} environment variables to settings. Known keys:
 * {@code MDECOMP_FAIL_ON}, {@code MDECOMP_BASELINE}, {@code MDECOMP_SIZE_BAND_MIN},
 * {@code MDECOMP_SIZE_BAND_MAX}, {@code MDECOMP_PRIORITY_<CRITERION>} (e.g.
 * {@code MDECOMP_PRIORITY_SEMANTIC_PROXIMITY=L}), {@code MDECOMP_RULE_<ID>_SEVERITY|_THRESHOLD|_ENABLED}
 * (e.g. {@code MDECOMP_RULE_MD008_THRESHOLD=0.4}), {@code MDECOMP_PROPOSE_ALGORITHM|_RESOLUTION|_SEED|_PREFER_EVENTS}.
 * The launcher's {@code MDECOMP_JAVA_OPTS} and {@code MDECOMP_PROGRAM} are left alone. A bad value
 * is reported as {@code MDECOMP_X: error: ... [value]}, exit code 2; any other {@code MDECOMP_}
 * variable is not read and gets a warning with the closest known name ({@link #unknownVariables}).
 */
final class EnvironmentReader {

    static final String PREFIX = "MDECOMP_";

    /** Read by the {@code mdecomp} launcher script, not here. */
    private static final List<String> LAUNCHER = List.of("JAVA_OPTS", "PROGRAM");
    private static final List<String> SETTINGS = List.of("FAIL_ON", "BASELINE", "SIZE_BAND_MIN", "SIZE_BAND_MAX",
            "PROPOSE_ALGORITHM", "PROPOSE_RESOLUTION", "PROPOSE_SEED", "PROPOSE_PREFER_EVENTS");

    private EnvironmentReader() {
    }

    /** {@code base} with the environment's settings on top; variables are applied in name order. */
    static Settings apply(Settings base, Map<String, String> environment) {
        SettingsDraft draft = new SettingsDraft(base, new DiagnosticCollector("environment"));
        SourceLocation sizeBandAt = new SourceLocation(PREFIX + "SIZE_BAND_MIN/MAX", 0, 0);
        for (Map.Entry<String, String> variable : new TreeMap<>(environment).entrySet()) {
            String name = variable.getKey();
            if (name.startsWith(PREFIX) && !variable.getValue().isBlank()) {
                apply(draft, name.substring(PREFIX.length()), variable.getValue(), new SourceLocation(name, 0, 0));
            }
        }
        return draft.finish(sizeBandAt);
    }

    /**
     * A warning for each {@code MDECOMP_} variable that neither the settings nor the launcher read,
     * with the closest known name when there is a likely one, in name order.
     */
    static List<Diagnostic> unknownVariables(Map<String, String> environment) {
        List<String> known = knownNames();
        List<Diagnostic> warnings = new ArrayList<>();
        for (String name : new TreeSet<>(environment.keySet())) {
            if (name.startsWith(PREFIX) && !isRead(name.substring(PREFIX.length()))) {
                String suggestion = Suggestions.closest(name, known).map(k -> "; did you mean " + k + "?")
                        .orElse(" (known: MDECOMP_FAIL_ON, MDECOMP_BASELINE, MDECOMP_SIZE_BAND_MIN|MAX, "
                                + "MDECOMP_PRIORITY_<CRITERION>, MDECOMP_RULE_<ID>_<SETTING>, MDECOMP_PROPOSE_<SETTING>)");
                warnings.add(Diagnostic.warning(new SourceLocation(name, 0, 0), "unknown-variable",
                        "mdecomp does not read this variable, so it has no effect" + suggestion));
            }
        }
        return warnings;
    }

    /** Whether {@code key} (after the prefix) is read here or by the launcher; rule and criterion names are checked when applied. */
    private static boolean isRead(String key) {
        return SETTINGS.contains(key) || LAUNCHER.contains(key) || key.startsWith("PRIORITY_") || key.startsWith("RULE_");
    }

    private static List<String> knownNames() {
        List<String> names = new ArrayList<>();
        SETTINGS.forEach(k -> names.add(PREFIX + k));
        LAUNCHER.forEach(k -> names.add(PREFIX + k));
        for (Criterion criterion : Criterion.values()) {
            names.add(PREFIX + "PRIORITY_" + criterion.key().replace('-', '_').toUpperCase(Locale.ROOT));
        }
        for (RuleId rule : RuleId.values()) {
            for (String field : List.of("SEVERITY", "THRESHOLD", "ENABLED")) {
                names.add(PREFIX + "RULE_" + rule.name() + "_" + field);
            }
        }
        return names;
    }

    private static void apply(SettingsDraft draft, String key, String value, SourceLocation at) {
        switch (key) {
            case "FAIL_ON" -> draft.failOn(value, at);
            case "BASELINE" -> draft.baseline = Optional.of(Path.of(value));
            case "SIZE_BAND_MIN" -> draft.sizeBandMin(value, at);
            case "SIZE_BAND_MAX" -> draft.sizeBandMax(value, at);
            case "PROPOSE_ALGORITHM" -> draft.algorithm(value, at);
            case "PROPOSE_RESOLUTION" -> draft.resolution(value, at);
            case "PROPOSE_SEED" -> draft.seed(value, at);
            case "PROPOSE_PREFER_EVENTS" -> draft.preferEvents(value, at);
            default -> {
                if (key.startsWith("PRIORITY_")) {
                    priority(draft, key.substring("PRIORITY_".length()), value, at);
                } else if (key.startsWith("RULE_")) {
                    rule(draft, key.substring("RULE_".length()), value, at);
                }
            }
        }
    }

    private static void priority(SettingsDraft draft, String name, String value, SourceLocation at) {
        for (Criterion criterion : Criterion.values()) {
            if (criterion.key().replace('-', '_').toUpperCase(Locale.ROOT).equals(name)) {
                draft.priority(criterion, value, at);
                return;
            }
        }
        draft.problem(at, "unknown-key", "unknown criterion '" + name + "' (e.g. MDECOMP_PRIORITY_SEMANTIC_PROXIMITY)");
    }

    private static void rule(SettingsDraft draft, String rest, String value, SourceLocation at) {
        int separator = rest.indexOf('_');
        String id = separator < 0 ? rest : rest.substring(0, separator);
        String field = separator < 0 ? "" : rest.substring(separator + 1);
        RuleId rule;
        try {
            rule = RuleId.valueOf(id);
        } catch (IllegalArgumentException e) {
            draft.problem(at, "unknown-key", "unknown rule '" + id + "' (known: MD001 .. MD016)");
            return;
        }
        switch (field) {
            case "SEVERITY" -> draft.ruleSeverity(rule, value, at);
            case "THRESHOLD" -> draft.ruleThreshold(rule, value, at);
            case "ENABLED" -> draft.ruleEnabled(rule, value, at);
            default -> draft.problem(at, "unknown-key", "unknown rule setting '" + field
                    + "' (known: SEVERITY, THRESHOLD, ENABLED)");
        }
    }
}
