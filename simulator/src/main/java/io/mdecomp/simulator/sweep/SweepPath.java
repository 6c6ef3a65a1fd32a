package io.mdecomp.simulator.sweep;

import io.mdecomp.model.yaml.TreeNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A place in a scenario that a sweep changes: mapping keys separated by dots, list items by a
 * 0-based index in brackets, keys with dots or brackets in double quotes:
 * {@code workload.open.rate}, {@code faults[0].at},
 * {@code resilience.calls.OrderService -> PaymentService.circuitBreaker.failureRateThreshold}.
 *
 * @param text     the path as written
 * @param segments the keys and indexes, from the scenario down
 */
public record SweepPath(String text, List<Segment> segments) {

    public SweepPath {
        Objects.requireNonNull(text, "text");
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a path needs at least one key");
        }
    }

    /** One step of a path. */
    public sealed interface Segment permits Key, Index {
    }

    /** A key of a mapping. */
    public record Key(String name) implements Segment {
        public Key {
            Objects.requireNonNull(name, "name");
        }
    }

    /** A 0-based item of a list. */
    public record Index(int index) implements Segment {
    }

    /** Thrown with a message for the user when a path is malformed or does not fit the scenario. */
    public static final class PathException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PathException(String message) {
            super(message);
        }
    }

    /** Parses {@code text}; throws {@link PathException} saying what is wrong. */
    public static SweepPath parse(String text) {
        List<Segment> segments = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (true) {
            String key;
            if (i < n && text.charAt(i) == '"') {
                int end = text.indexOf('"', i + 1);
                if (end < 0) {
                    throw new PathException("a quoted key in '" + text + "' has no closing '\"'");
                }
                key = text.substring(i + 1, end);
                i = end + 1;
            } else {
                int start = i;
                while (i < n && text.charAt(i) != '.' && text.charAt(i) != '[') {
                    i++;
                }
                key = text.substring(start, i).strip();
            }
            if (key.isEmpty()) {
                throw new PathException("'" + text + "' has an empty key; write keys separated by dots,"
                        + " e.g. workload.open.rate");
            }
            segments.add(new Key(key));
            while (i < n && text.charAt(i) == '[') {
                int end = text.indexOf(']', i);
                String digits = end < 0 ? "" : text.substring(i + 1, end).strip();
                if (!digits.matches("[0-9]{1,6}")) {
                    throw new PathException("'" + text + "' has a bad list index; write [0] for the first item");
                }
                segments.add(new Index(Integer.parseInt(digits)));
                i = end + 1;
            }
            if (i == n) {
                break;
            }
            if (text.charAt(i) != '.') {
                throw new PathException("'" + text + "' has '" + text.charAt(i) + "' where a '.' should be");
            }
            i++;
        }
        return new SweepPath(text, segments);
    }

    /** The first key. */
    public String head() {
        return ((Key) segments.get(0)).name();
    }

    /**
     * A copy of {@code root} with the value at this path replaced by {@code value}; mappings on
     * the way that do not exist yet are created. Throws {@link PathException} when the path
     * crosses a value of another kind or a list item that does not exist.
     */
    public TreeNode.Mapping apply(TreeNode.Mapping root, TreeNode value) {
        return (TreeNode.Mapping) apply(root, 0, value, "the scenario");
    }

    private TreeNode apply(TreeNode node, int depth, TreeNode value, String where) {
        Segment segment = segments.get(depth);
        boolean last = depth == segments.size() - 1;
        if (segment instanceof Key key) {
            TreeNode.Mapping mapping = asMapping(node, value, where, key.name());
            List<TreeNode.Entry> entries = new ArrayList<>(mapping.entries());
            String inner = "'" + key.name() + "'";
            for (int e = 0; e < entries.size(); e++) {
                TreeNode.Entry entry = entries.get(e);
                if (entry.key() instanceof TreeNode.Scalar k && k.value().equals(key.name())) {
                    TreeNode replaced = last ? value : apply(entry.value(), depth + 1, value, inner);
                    entries.set(e, new TreeNode.Entry(entry.key(), replaced));
                    return new TreeNode.Mapping(entries, mapping.line(), mapping.column());
                }
            }
            TreeNode fresh = last ? value : apply(empty(value), depth + 1, value, inner);
            entries.add(new TreeNode.Entry(new TreeNode.Scalar(key.name(), false, value.line(), value.column()), fresh));
            return new TreeNode.Mapping(entries, mapping.line(), mapping.column());
        }
        int index = ((Index) segment).index();
        if (!(node instanceof TreeNode.Sequence sequence)) {
            throw new PathException("path '" + text + "': " + where + " is not a list, so [" + index
                    + "] does not fit it");
        }
        if (index >= sequence.items().size()) {
            throw new PathException("path '" + text + "': " + where + " has " + sequence.items().size()
                    + " item(s); [" + index + "] is not one of them (the first is [0])");
        }
        List<TreeNode> items = new ArrayList<>(sequence.items());
        String inner = "item [" + index + "] of " + where;
        items.set(index, last ? value : apply(items.get(index), depth + 1, value, inner));
        return new TreeNode.Sequence(items, sequence.line(), sequence.column());
    }

    private TreeNode.Mapping asMapping(TreeNode node, TreeNode value, String where, String key) {
        if (node instanceof TreeNode.Mapping mapping) {
            return mapping;
        }
        if (node instanceof TreeNode.Scalar scalar && scalar.isNull()) {
            return empty(value);
        }
        throw new PathException("path '" + text + "': " + where + " is not a mapping, so it has no key '" + key
                + "'");
    }

    private static TreeNode.Mapping empty(TreeNode at) {
        return new TreeNode.Mapping(List.of(), at.line(), at.column());
    }

    @Override
    public String toString() {
        return text;
    }
}
