package io.mdecomp.cli.config;

import io.mdecomp.analysis.graph.Criterion;
import io.mdecomp.analysis.rules.RuleId;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.diagnostic.Suggestions;
import io.mdecomp.model.yaml.DiagnosticCollector;
import io.mdecomp.model.yaml.YamlDocument;
import io.mdecomp.model.yaml.YamlLoader;
import io.mdecomp.model.yaml.YamlMap;
import io.mdecomp.model.yaml.YamlNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Applies an {@code mdecomp.yaml} to settings, read with the model's located YAML layer
 * ({@link YamlLoader}, {@link YamlMap}). The format (docs/configuration.md):
 * <pre>
 * failOn: warning
 * rules: {MD008: {severity: error, threshold: 0.4, enabled: true}}
 * priorities: {semantic-proximity: L}
 * sizeBand: {min: 2, max: 10}
 * baseline: mdecomp-baseline.json      # relative to this file
 * propose: {algorithm: leiden, resolution: 1.0, seed: 42, preferEvents: false}
 * </pre>
 * plus the free sections {@link #FREE_SECTIONS}, which other commands read. Unknown keys,
 * wrong types and bad values are all reported at once, located, with a "did you mean". An empty
 * file configures nothing.
 */
final class ConfigFileReader {

    /** Top-level sections this reader accepts without looking inside, kept for other commands. */
    static final List<String> FREE_SECTIONS = List.of("check", "diff", "generate", "simulate");

    private static final List<String> KEYS = List.of("failOn", "rules", "priorities", "sizeBand", "baseline", "propose");

    private ConfigFileReader() {
    }

    /** {@code base} with the settings of {@code file} on top. */
    static Settings apply(Settings base, Path file) {
        DiagnosticCollector problems = new DiagnosticCollector(file.toString());
        SettingsDraft draft = new SettingsDraft(base, problems);
        draft.configFile = Optional.of(file);
        SourceLocation start = SourceLocation.startOf(file.toString());
        Optional<YamlDocument> document = load(file);
        if (document.isEmpty()) {
            return draft.finish(start);
        }
        Optional<YamlMap> top = document.get().root(problems).labelled("the configuration").asMap();
        top.ifPresent(map -> read(map.labelled("the configuration"), file, draft));
        SourceLocation sizeBandAt = top.flatMap(map -> map.optional("sizeBand")).map(YamlNode::location).orElse(start);
        return draft.finish(sizeBandAt);
    }

    /** The document, or empty for an empty file; other problems of the file are thrown. */
    private static Optional<YamlDocument> load(Path file) {
        try {
            return Optional.of(YamlLoader.load(file));
        } catch (InputException e) {
            if (e.diagnostics().size() == 1 && e.diagnostics().get(0).code().equals("empty")) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static void read(YamlMap top, Path file, SettingsDraft draft) {
        top.allowOnly(Stream.concat(KEYS.stream(), FREE_SECTIONS.stream()).toList());
        text(top, "failOn", draft::failOn);
        top.optional("rules").flatMap(YamlNode::asMap).ifPresent(rules -> readRules(rules, draft));
        top.optional("priorities").flatMap(YamlNode::asMap).ifPresent(priorities -> readPriorities(priorities, draft));
        top.optional("sizeBand").flatMap(YamlNode::asMap).ifPresent(band -> {
            band.allowOnly("min", "max");
            text(band, "min", draft::sizeBandMin);
            text(band, "max", draft::sizeBandMax);
        });
        top.optional("baseline").ifPresent(node -> node.asString().ifPresent(text -> {
            Path directory = file.toAbsolutePath().getParent();
            draft.baseline = Optional.of(directory == null ? Path.of(text) : directory.resolve(text).normalize());
        }));
        top.optional("propose").flatMap(YamlNode::asMap).ifPresent(propose -> {
            propose.allowOnly("algorithm", "resolution", "seed", "preferEvents");
            text(propose, "algorithm", draft::algorithm);
            text(propose, "resolution", draft::resolution);
            text(propose, "seed", draft::seed);
            text(propose, "preferEvents", draft::preferEvents);
        });
    }

    private static void readRules(YamlMap rules, SettingsDraft draft) {
        List<String> ids = Arrays.stream(RuleId.values()).map(RuleId::name).toList();
        for (YamlMap.Entry entry : rules.entries()) {
            Optional<RuleId> rule = Arrays.stream(RuleId.values())
                    .filter(r -> r.name().equalsIgnoreCase(entry.name())).findFirst();
            if (rule.isEmpty()) {
                unknown(entry.key(), "rule", entry.name(), ids);
                continue;
            }
            RuleId id = rule.get();
            entry.value().asMap().ifPresent(setting -> {
                setting.labelled("rule " + id).allowOnly("severity", "threshold", "enabled");
                text(setting, "severity", (value, at) -> draft.ruleSeverity(id, value, at));
                text(setting, "threshold", (value, at) -> draft.ruleThreshold(id, value, at));
                text(setting, "enabled", (value, at) -> draft.ruleEnabled(id, value, at));
            });
        }
    }

    private static void readPriorities(YamlMap priorities, SettingsDraft draft) {
        List<String> keys = Arrays.stream(Criterion.values()).map(Criterion::key).toList();
        for (YamlMap.Entry entry : priorities.entries()) {
            Optional<Criterion> criterion = Arrays.stream(Criterion.values())
                    .filter(c -> c.key().equals(entry.name())).findFirst();
            if (criterion.isEmpty()) {
                unknown(entry.key(), "criterion", entry.name(), keys);
                continue;
            }
            entry.value().asString().ifPresent(value -> draft.priority(criterion.get(), value, entry.value().location()));
        }
    }

    /** Hands the text under {@code key} and its location to {@code reader}, when present. */
    private static void text(YamlMap map, String key, ValueReader reader) {
        map.optional(key).ifPresent(node -> node.asString().ifPresent(value -> reader.read(value, node.location())));
    }

    private static void unknown(YamlNode key, String what, String name, List<String> known) {
        key.problems().add(Diagnostic.error(key.location(), "unknown-key", "unknown " + what + " '" + name + "'"
                + Suggestions.didYouMean(name, known) + " (known: " + String.join(", ", known) + ")"));
    }

    /** Reads one value given as text, recording problems at {@code at}. */
    @FunctionalInterface
    private interface ValueReader {
        void read(String value, SourceLocation at);
    }
}
