package io.mdecomp.analysis.check;

import io.mdecomp.analysis.rules.RuleId;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.yaml.DiagnosticCollector;
import io.mdecomp.model.yaml.DoubleQuoted;
import io.mdecomp.model.yaml.YamlLoader;
import io.mdecomp.model.yaml.YamlMap;
import io.mdecomp.model.yaml.YamlNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The baseline file: sorted, one entry per accepted finding, so that its diff in a pull request
 * shows exactly which findings were accepted or fixed. Written as YAML, or as JSON for a file
 * named {@code *.json}; read through the located YAML reader ({@link YamlLoader}, which reads JSON
 * too), so every problem comes with its {@code FILE:LINE:COL}.
 *
 * <pre>
 * version: 1
 * findings:
 *   - rule: MD003
 *     subjects: ["Order", "BillingService", "OrderService"]
 *     message: "entity 'Order' is written by BillingService and OrderService"
 * </pre>
 *
 * A file that is empty or holds only comments is an empty baseline.
 */
public final class BaselineFile {

    private static final String HEADER = "# mdecomp baseline: findings accepted on purpose. A finding matches an entry\n"
            + "# by rule and subjects, never by line. Rewrite it with --update-baseline.\n";

    private BaselineFile() {
    }

    /** The text of {@code baseline} for a file named {@code fileName}: JSON for {@code *.json}, else YAML. */
    public static String write(Baseline baseline, String fileName) {
        return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".json") ? writeJson(baseline) : write(baseline);
    }

    /** The YAML text of {@code baseline}. */
    public static String write(Baseline baseline) {
        StringBuilder out = new StringBuilder(HEADER).append("version: 1\n");
        if (baseline.entries().isEmpty()) {
            return out.append("findings: []\n").toString();
        }
        out.append("findings:\n");
        for (BaselineEntry entry : baseline.entries()) {
            out.append("  - rule: ").append(entry.rule().name()).append('\n');
            out.append("    subjects: ").append(subjects(entry)).append('\n');
            out.append("    message: ").append(DoubleQuoted.of(entry.message())).append('\n');
        }
        return out.toString();
    }

    /** The JSON text of {@code baseline} (JSON has no comments, so no header). */
    public static String writeJson(Baseline baseline) {
        StringBuilder out = new StringBuilder("{\n  \"version\": 1,\n  \"findings\": [");
        String separator = "\n";
        for (BaselineEntry entry : baseline.entries()) {
            out.append(separator).append("    {\"rule\": \"").append(entry.rule().name()).append("\", \"subjects\": ")
                    .append(subjects(entry)).append(", \"message\": ").append(DoubleQuoted.of(entry.message()))
                    .append('}');
            separator = ",\n";
        }
        return out.append(baseline.entries().isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }

    private static String subjects(BaselineEntry entry) {
        return entry.subjects().stream().map(DoubleQuoted::of).collect(Collectors.joining(", ", "[", "]"));
    }

    /** Parses the text of baseline file {@code file}; throws {@link InputException} with every problem. */
    public static Baseline read(String file, String text) {
        if (Arrays.stream(text.split("\n")).map(String::strip).allMatch(line -> line.isEmpty() || line.startsWith("#"))) {
            return Baseline.EMPTY;
        }
        DiagnosticCollector problems = new DiagnosticCollector(file);
        List<BaselineEntry> entries = new ArrayList<>();
        YamlLoader.parse(file, text).root(problems).labelled("a baseline").asMap().ifPresent(root -> {
            root.allowOnly("version", "findings");
            root.optional("version").ifPresent(version -> version.asInt().filter(v -> v != 1).ifPresent(v ->
                    version.error("version", "unsupported baseline version " + v + " (this release reads 1)")));
            root.optional("findings").flatMap(n -> n.asList("a list of baseline entries")).ifPresent(items ->
                    items.forEach(item -> entry(item).ifPresent(entries::add)));
        });
        problems.throwIfErrors();
        return new Baseline(entries);
    }

    private static Optional<BaselineEntry> entry(YamlNode item) {
        return item.labelled("a baseline entry").asMap().flatMap(map -> {
            map.allowOnly("rule", "subjects", "message");
            Optional<RuleId> rule = map.required("rule").flatMap(BaselineFile::rule);
            Optional<List<String>> subjects = map.required("subjects").flatMap(YamlNode::asNames);
            String message = map.string("message").orElse("");
            return rule.flatMap(r -> subjects.map(s -> new BaselineEntry(r, s, message, item.location())));
        });
    }

    private static Optional<RuleId> rule(YamlNode node) {
        return node.asString().flatMap(text -> {
            try {
                return Optional.of(RuleId.valueOf(text.strip()));
            } catch (IllegalArgumentException e) {
                node.error("ref", "unknown rule '" + text + "' (known: MD001 .. MD"
                        + String.format("%03d", RuleId.values().length) + ")");
                return Optional.empty();
            }
        });
    }
}
