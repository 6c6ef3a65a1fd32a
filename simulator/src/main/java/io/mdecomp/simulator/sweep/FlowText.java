package io.mdecomp.simulator.sweep;

import io.mdecomp.model.yaml.DoubleQuoted;
import io.mdecomp.model.yaml.TreeNode;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/** A YAML value written on one line in flow style, for labels in reports and for written YAML. */
public final class FlowText {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./%+-][A-Za-z0-9_./%+ -]*");

    private FlowText() {
    }

    public static String of(TreeNode node) {
        if (node instanceof TreeNode.Scalar scalar) {
            return scalar.isNull() ? "null" : scalar(scalar.value());
        }
        if (node instanceof TreeNode.Sequence sequence) {
            StringJoiner items = new StringJoiner(", ", "[", "]");
            sequence.items().forEach(item -> items.add(of(item)));
            return items.toString();
        }
        StringJoiner entries = new StringJoiner(", ", "{", "}");
        for (TreeNode.Entry entry : ((TreeNode.Mapping) node).entries()) {
            entries.add(of(entry.key()) + ": " + of(entry.value()));
        }
        return entries.toString();
    }

    /** The text as a plain scalar when YAML reads it back unchanged, else double-quoted. */
    public static String scalar(String text) {
        if (PLAIN.matcher(text).matches() && !text.endsWith(" ") && !text.contains(" -")
                && !text.equals("null") && !text.equals("~") && !text.equals("true") && !text.equals("false")) {
            return text;
        }
        return DoubleQuoted.of(text);
    }
}
