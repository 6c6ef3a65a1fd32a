package io.mdecomp.cli.config;

import io.mdecomp.analysis.graph.Criterion;
import io.mdecomp.analysis.rules.RuleId;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Applies an {@code mdecomp.yaml} to settings. The format (docs/configuration.md):
 * <pre>
 * failOn: warning
 * rules: {MD008: {severity: error, threshold: 0.4, enabled: true}}
 * priorities: {semantic-proximity: L}
 * sizeBand: {min: 2, max: 10}
 * baseline: mdecomp-baseline.json      # relative to this file
 * propose: {algorithm: leiden, resolution: 1.0, seed: 42}
 * </pre>
 * plus the free sections {@link #FREE_SECTIONS}, which other commands read. Unknown keys,
 * wrong types and bad values are all reported at once, located, with a "did you mean".
 */
final class ConfigFileReader {

    /** Top-level sections this reader accepts without looking inside, kept for other commands. */
    static final List<String> FREE_SECTIONS = List.of("check", "diff", "generate", "simulate");

    private static final List<String> KEYS = List.of("failOn", "rules", "priorities", "sizeBand", "baseline", "propose");

    private ConfigFileReader() {
    }

    /** {@code base} with the settings of {@code file} on top. */
    static Settings apply(Settings base, Path file) {
        SettingsDraft draft = new SettingsDraft(base);
        draft.configFile = Optional.of(file);
        Optional<YamlNode> root = YamlTreeReader.read(file);
        SourceLocation sizeBandAt = SourceLocation.startOf(file.toString());
        if (root.isPresent()) {
            YamlNode.Mapping top = mapping(root.get(), "the configuration", draft);
            if (top != null) {
                sizeBandAt = top.get("sizeBand").map(YamlNode::location).orElse(sizeBandAt);
                readTop(top, file, draft);
            }
        }
        return draft.finish(sizeBandAt);
    }

    private static void readTop(YamlNode.Mapping top, Path file, SettingsDraft draft) {
        for (YamlNode.Entry entry : top.entries()) {
            String key = entry.key().name();
            YamlNode value = entry.value();
            switch (key) {
                case "failOn" -> scalar(value, key, draft).ifPresent(text -> draft.failOn(text, value.location()));
                case "rules" -> readRules(value, draft);
                case "priorities" -> readPriorities(value, draft);
                case "sizeBand" -> readFields(value, key, draft, List.of("min", "max"), (field, node) ->
                        scalar(node, field, draft).ifPresent(text -> {
                            if (field.equals("min")) {
                                draft.sizeBandMin(text, node.location());
                            } else {
                                draft.sizeBandMax(text, node.location());
                            }
                        }));
                case "baseline" -> scalar(value, key, draft).ifPresent(text -> {
                    Path directory = file.toAbsolutePath().getParent();
                    draft.baseline = Optional.of(directory == null ? Path.of(text) : directory.resolve(text).normalize());
                });
                case "propose" -> readPropose(value, draft);
                default -> {
                    if (!FREE_SECTIONS.contains(key)) {
                        unknownKey(entry.key(), "configuration", concat(KEYS, FREE_SECTIONS), draft);
                    }
                }
            }
        }
    }

    private static void readRules(YamlNode value, SettingsDraft draft) {
        YamlNode.Mapping rules = mapping(value, "rules", draft);
        if (rules == null) {
            return;
        }
        List<String> ids = Arrays.stream(RuleId.values()).map(RuleId::name).toList();
        for (YamlNode.Entry entry : rules.entries()) {
            Optional<RuleId> rule = Arrays.stream(RuleId.values())
                    .filter(r -> r.name().equalsIgnoreCase(entry.key().name())).findFirst();
            if (rule.isEmpty()) {
                unknownKey(entry.key(), "rule", ids, draft);
                continue;
            }
            RuleId id = rule.get();
            readFields(entry.value(), id.name(), draft, List.of("severity", "threshold", "enabled"), (field, node) ->
                    scalar(node, field, draft).ifPresent(text -> {
                        switch (field) {
                            case "severity" -> draft.ruleSeverity(id, text, node.location());
                            case "threshold" -> draft.ruleThreshold(id, text, node.location());
                            default -> draft.ruleEnabled(id, text, node.location());
                        }
                    }));
        }
    }

    private static void readPriorities(YamlNode value, SettingsDraft draft) {
        YamlNode.Mapping priorities = mapping(value, "priorities", draft);
        if (priorities == null) {
            return;
        }
        List<String> keys = Arrays.stream(Criterion.values()).map(Criterion::key).toList();
        for (YamlNode.Entry entry : priorities.entries()) {
            Optional<Criterion> criterion = Arrays.stream(Criterion.values())
                    .filter(c -> c.key().equals(entry.key().name())).findFirst();
            if (criterion.isEmpty()) {
                unknownKey(entry.key(), "criterion", keys, draft);
                continue;
            }
            scalar(entry.value(), entry.key().name(), draft)
                    .ifPresent(text -> draft.priority(criterion.get(), text, entry.value().location()));
        }
    }

    private static void readPropose(YamlNode value, SettingsDraft draft) {
        readFields(value, "propose", draft, List.of("algorithm", "resolution", "seed"), (field, node) ->
                scalar(node, field, draft).ifPresent(text -> {
                    switch (field) {
                        case "algorithm" -> draft.algorithm(text, node.location());
                        case "resolution" -> draft.resolution(text, node.location());
                        default -> draft.seed(text, node.location());
                    }
                }));
    }

    /** Calls {@code reader} for each known field of a mapping; reports unknown ones. */
    private static void readFields(YamlNode value, String what, SettingsDraft draft, List<String> fields,
                                   BiConsumer<String, YamlNode> reader) {
        YamlNode.Mapping mapping = mapping(value, what, draft);
        if (mapping == null) {
            return;
        }
        for (YamlNode.Entry entry : mapping.entries()) {
            if (fields.contains(entry.key().name())) {
                reader.accept(entry.key().name(), entry.value());
            } else {
                unknownKey(entry.key(), "key in '" + what + "'", fields, draft);
            }
        }
    }

    private static YamlNode.Mapping mapping(YamlNode node, String what, SettingsDraft draft) {
        if (node instanceof YamlNode.Mapping mapping) {
            return mapping;
        }
        draft.problem(node.location(), "type", what + " must be a mapping, got " + node.describe());
        return null;
    }

    private static Optional<String> scalar(YamlNode node, String what, SettingsDraft draft) {
        if (node instanceof YamlNode.Scalar scalar && scalar.text() != null) {
            return Optional.of(scalar.text());
        }
        draft.problem(node.location(), "type", "'" + what + "' needs a value, got " + node.describe());
        return Optional.empty();
    }

    private static void unknownKey(YamlNode.Key key, String what, List<String> known, SettingsDraft draft) {
        String hint = Suggestions.closest(key.name(), known).map(s -> "; did you mean '" + s + "'?").orElse("");
        draft.problem(key.location(), "unknown-key", "unknown " + what + " '" + key.name() + "'" + hint
                + " (known: " + String.join(", ", known) + ")");
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
