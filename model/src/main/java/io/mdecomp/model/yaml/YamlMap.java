package io.mdecomp.model.yaml;

import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.diagnostic.Suggestions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A YAML mapping read key by key, collecting problems like {@link YamlNode}. On creation it
 * reports duplicate keys ({@code [duplicate-key]}, naming the line of the first) and keys that are
 * not scalars; {@link #allowOnly} reports unknown keys with a "did you mean" ({@code [unknown-key]});
 * {@link #required} reports a missing key at the mapping ({@code [missing-key]}).
 *
 * <p>A key whose value is empty or {@code null} counts as absent. Keys keep document order.
 */
public final class YamlMap {

    private final TreeNode.Mapping node;
    private final String label;
    private final String file;
    private final DiagnosticCollector problems;
    private final Map<String, TreeNode.Entry> entries;

    YamlMap(TreeNode.Mapping node, String label, String file, DiagnosticCollector problems) {
        this.node = node;
        this.label = label;
        this.file = file;
        this.problems = problems;
        this.entries = new LinkedHashMap<>();
        for (TreeNode.Entry tuple : node.entries()) {
            if (!(tuple.key() instanceof TreeNode.Scalar key)) {
                problems.error(at(tuple.key()), "type", "keys in " + label + " must be plain words, not "
                        + (tuple.key() instanceof TreeNode.Mapping ? "mappings" : "lists"));
                continue;
            }
            TreeNode.Entry first = entries.putIfAbsent(key.value(), tuple);
            if (first != null) {
                problems.error(at(key), "duplicate-key", "duplicate key '" + key.value() + "' in " + label
                        + " (first at line " + at(first.key()).line() + ")");
            }
        }
    }

    private YamlMap(YamlMap other, String label) {
        this.node = other.node;
        this.label = label;
        this.file = other.file;
        this.problems = other.problems;
        this.entries = other.entries; // never changed after construction, so shared
    }

    /** This mapping under another name in messages, e.g. {@code service 'OrderService'} once its name is known. */
    public YamlMap labelled(String newLabel) {
        return new YamlMap(this, newLabel);
    }

    public String label() {
        return label;
    }

    public SourceLocation location() {
        return at(node);
    }

    /** The collector this mapping reports to. */
    public DiagnosticCollector problems() {
        return problems;
    }

    /** The keys, in document order. */
    public List<String> keys() {
        return List.copyOf(entries.keySet());
    }

    public boolean has(String key) {
        return optional(key).isPresent();
    }

    /**
     * Reports every key not in {@code allowed} as unknown, with the closest allowed key as a
     * suggestion and the allowed keys listed. Returns this mapping for chaining.
     */
    public YamlMap allowOnly(String... allowed) {
        return allowOnly(Arrays.asList(allowed));
    }

    /** As {@link #allowOnly(String...)}. */
    public YamlMap allowOnly(List<String> allowed) {
        if (allowed.containsAll(entries.keySet())) {
            return this;
        }
        Set<String> sorted = new TreeSet<>(allowed);
        for (Map.Entry<String, TreeNode.Entry> entry : entries.entrySet()) {
            if (entry.getKey().equals("<<")) {
                problems.error(at(entry.getValue().key()), "unknown-key", "merge keys (<<) are not supported"
                        + " in " + label + "; write the keys out");
            } else if (!sorted.contains(entry.getKey())) {
                String suggestion = Suggestions.didYouMean(entry.getKey(), sorted);
                problems.error(at(entry.getValue().key()), "unknown-key", "unknown key '" + entry.getKey()
                        + "' in " + label + suggestion + (suggestion.isEmpty() ? " (known: " + String.join(", ", sorted)
                        + ")" : ""));
            }
        }
        return this;
    }

    /** The value under {@code key}, if present and not null. */
    public Optional<YamlNode> optional(String key) {
        TreeNode.Entry tuple = entries.get(key);
        if (tuple == null) {
            return Optional.empty();
        }
        YamlNode value = new YamlNode(tuple.value(), "'" + key + "'", file, problems);
        return value.isNull() ? Optional.empty() : Optional.of(value);
    }

    /** The value under {@code key}; when absent, an error at this mapping says it is missing. */
    public Optional<YamlNode> required(String key) {
        Optional<YamlNode> value = optional(key);
        if (value.isEmpty()) {
            problems.error(location(), "missing-key", label + " is missing the required key '" + key + "'");
        }
        return value;
    }

    /** The required name under {@code key}. */
    public Optional<String> name(String key) {
        return required(key).flatMap(YamlNode::asName);
    }

    /** The optional name under {@code key}. */
    public Optional<String> optionalName(String key) {
        return optional(key).flatMap(YamlNode::asName);
    }

    /** The optional text under {@code key}. */
    public Optional<String> string(String key) {
        return optional(key).flatMap(YamlNode::asString);
    }

    /** The list of names under {@code key}; empty when absent or wrong (wrong is reported). */
    public List<String> names(String key) {
        return optional(key).flatMap(YamlNode::asNames).orElse(List.of());
    }

    /** The entries in document order, keys as nodes (for mappings whose keys are user data). */
    public List<Entry> entries() {
        List<Entry> result = new ArrayList<>(entries.size());
        for (Map.Entry<String, TreeNode.Entry> entry : entries.entrySet()) {
            TreeNode key = entry.getValue().key();
            result.add(new Entry(new YamlNode(key, "key '" + entry.getKey() + "'", file, problems),
                    new YamlNode(entry.getValue().value(), "'" + entry.getKey() + "'", file, problems)));
        }
        return result;
    }

    /** One key and its value. */
    public record Entry(YamlNode key, YamlNode value) {

        /** The key's text. */
        public String name() {
            return ((TreeNode.Scalar) key.node()).value();
        }
    }

    private SourceLocation at(TreeNode n) {
        return new SourceLocation(file, n.line() + 1, n.column() + 1);
    }
}
