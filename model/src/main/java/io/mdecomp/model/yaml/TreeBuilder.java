package io.mdecomp.model.yaml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Builds the {@link TreeNode} tree of a single-document stream from SnakeYAML's parser events, with
 * the composer's rules: an alias stands for its anchored value, an undefined alias is an error, at
 * most {@link LoaderOptions#getMaxAliasesForCollections()} aliases may name a collection, nesting
 * deeper than {@link LoaderOptions#getNestingDepthLimit()} is refused, and a second document is an
 * error. A value cannot contain an alias to itself. Scalars resolve to null as YAML 1.1 plain
 * scalars do. Iterative, so nesting costs no stack. Errors are SnakeYAML's exceptions with its
 * messages, so the loader turns them into located diagnostics as before.
 */
final class TreeBuilder {

    /** A document whose structure is wrong (undefined or self-containing alias, two documents), located. */
    static final class StructureError extends MarkedYAMLException {

        private static final long serialVersionUID = 1L;

        StructureError(String context, Mark contextMark, String problem, Mark problemMark) {
            super(context, contextMark, problem, problemMark);
        }
    }

    /** A collection being read: its start, anchor and the children so far. */
    private static final class Open {
        final boolean mapping;
        final String anchor;
        final Mark start;
        final List<TreeNode> children = new ArrayList<>();

        Open(boolean mapping, String anchor, Mark start) {
            this.mapping = mapping;
            this.anchor = anchor;
            this.start = start;
        }
    }

    private final LoaderOptions options;
    private final Map<String, TreeNode> anchors = new HashMap<>();
    private final Set<String> openAnchors = new HashSet<>();
    private final Deque<Open> open = new ArrayDeque<>();
    private int collectionAliases;
    private TreeNode root;
    private Mark rootStart;

    private TreeBuilder(LoaderOptions options) {
        this.options = options;
    }

    /** The root of the stream's only document, or null when the stream holds none. */
    static TreeNode build(Iterable<Event> events, LoaderOptions options) {
        return new TreeBuilder(options).run(events.iterator());
    }

    private TreeNode run(Iterator<Event> events) {
        boolean inDocument = false;
        while (events.hasNext()) {
            Event event = events.next();
            if (event instanceof DocumentStartEvent) {
                if (root != null) {
                    throw new StructureError("expected a single document in the stream", rootStart,
                            "but found another document", event.getStartMark());
                }
                inDocument = true;
            } else if (event instanceof StreamEndEvent) {
                break;
            } else if (inDocument) {
                node(event);
            }
        }
        return root;
    }

    private void node(Event event) {
        if (event instanceof ScalarEvent scalar) {
            Mark start = scalar.getStartMark();
            add(anchored(scalar, new TreeNode.Scalar(scalar.getValue(), isNull(scalar), start.getLine(),
                    start.getColumn())), start);
        } else if (event instanceof MappingStartEvent || event instanceof SequenceStartEvent) {
            if (open.size() > options.getNestingDepthLimit()) {
                throw new YAMLException("Nesting Depth exceeded max " + options.getNestingDepthLimit());
            }
            String anchor = ((NodeEvent) event).getAnchor();
            if (anchor != null) {
                openAnchors.add(anchor);
            }
            open.push(new Open(event instanceof MappingStartEvent, anchor, event.getStartMark()));
        } else if (event instanceof CollectionEndEvent) {
            Open done = open.pop();
            if (done.anchor != null) {
                openAnchors.remove(done.anchor);
            }
            add(anchoredCollection(done), done.start);
        } else if (event instanceof AliasEvent alias) {
            add(resolve(alias), alias.getStartMark());
        }
    }

    private TreeNode anchoredCollection(Open done) {
        TreeNode node;
        int line = done.start.getLine();
        int column = done.start.getColumn();
        if (done.mapping) {
            List<TreeNode.Entry> entries = new ArrayList<>(done.children.size() / 2);
            for (int i = 0; i + 1 < done.children.size(); i += 2) {
                entries.add(new TreeNode.Entry(done.children.get(i), done.children.get(i + 1)));
            }
            node = new TreeNode.Mapping(entries, line, column);
        } else {
            node = new TreeNode.Sequence(done.children, line, column);
        }
        if (done.anchor != null) {
            anchors.put(done.anchor, node);
        }
        return node;
    }

    private TreeNode anchored(ScalarEvent event, TreeNode node) {
        if (event.getAnchor() != null) {
            anchors.put(event.getAnchor(), node);
            openAnchors.remove(event.getAnchor()); // the name now means this scalar
        }
        return node;
    }

    private TreeNode resolve(AliasEvent alias) {
        String anchor = alias.getAnchor();
        if (openAnchors.contains(anchor)) {
            throw new StructureError(null, null, "found alias *" + anchor
                    + " inside the value it names; a value cannot contain itself", alias.getStartMark());
        }
        TreeNode node = anchors.get(anchor);
        if (node == null) {
            throw new StructureError(null, null, "found undefined alias " + anchor, alias.getStartMark());
        }
        if (!(node instanceof TreeNode.Scalar) && ++collectionAliases > options.getMaxAliasesForCollections()) {
            throw new YAMLException("Number of aliases for non-scalar nodes exceeds the specified max="
                    + options.getMaxAliasesForCollections());
        }
        return node;
    }

    private void add(TreeNode node, Mark start) {
        if (open.isEmpty()) {
            root = node;
            rootStart = start;
        } else {
            open.peek().children.add(node);
        }
    }

    /** YAML 1.1's null: a plain (or {@code !}-tagged) {@code ~}, {@code null}, {@code Null}, {@code NULL} or nothing; or {@code !!null}. */
    private static boolean isNull(ScalarEvent scalar) {
        String tag = scalar.getTag();
        if (tag == null || "!".equals(tag)) {
            String value = scalar.getValue();
            return scalar.getImplicit().canOmitTagInPlainScalar() && (value.isEmpty() || "~".equals(value)
                    || "null".equals(value) || "Null".equals(value) || "NULL".equals(value));
        }
        return Tag.NULL.getValue().equals(tag);
    }
}
