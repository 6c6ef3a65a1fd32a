package io.mdecomp.model.yaml;

import java.util.List;
import java.util.Objects;

/**
 * A value of a loaded YAML document, holding what the typed reader uses and nothing more: its
 * kind, its text (scalars) or children (collections), and where it starts (0-based line and
 * column, as the parser reports them). About a fifth of the memory of SnakeYAML's node graph, which
 * keeps two marks and several lists per node: a 24 MB model is read in well under 1 GB.
 */
public sealed interface TreeNode permits TreeNode.Scalar, TreeNode.Mapping, TreeNode.Sequence {

    /** 0-based line of the value's first character. */
    int line();

    /** 0-based column of the value's first character. */
    int column();

    /**
     * A scalar; {@code isNull} when YAML reads it as null ({@code ~}, {@code null}, nothing, or an
     * explicit {@code !!null}), which only a plain or explicitly tagged scalar can be.
     */
    record Scalar(String value, boolean isNull, int line, int column) implements TreeNode {
        public Scalar {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A mapping: its entries in document order, duplicates included (the reader reports them). */
    record Mapping(List<Entry> entries, int line, int column) implements TreeNode {
        public Mapping {
            entries = List.copyOf(entries);
        }
    }

    /** A list: its items in document order. */
    record Sequence(List<TreeNode> items, int line, int column) implements TreeNode {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    /** One key and its value. */
    record Entry(TreeNode key, TreeNode value) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }
}
