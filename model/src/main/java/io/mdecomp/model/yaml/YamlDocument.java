package io.mdecomp.model.yaml;

import java.util.Objects;

/**
 * A parsed YAML document: the name of its file (as the user gave it, used in every diagnostic),
 * its text and its root value, which carries the 0-based position the parser gives every value.
 * Read it through {@link #root(DiagnosticCollector)}.
 *
 * @param file the file name diagnostics show
 * @param text the decoded document text
 * @param root the root node, never null (an empty document is refused when loading)
 */
public record YamlDocument(String file, String text, TreeNode root) {

    public YamlDocument {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(root, "root");
    }

    /** The root as a typed node whose problems go to {@code diagnostics}. */
    public YamlNode root(DiagnosticCollector diagnostics) {
        return new YamlNode(root, "the document", file, diagnostics);
    }
}
