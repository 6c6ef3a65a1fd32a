package io.mdecomp.simulator.sweep;

import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.yaml.TreeNode;
import java.util.List;
import java.util.Objects;

/**
 * One parameter of a sweep: where it goes in the scenario and the values it takes, each a YAML
 * value located where the sweep writes it (so a value the scenario refuses is reported there).
 *
 * @param path     where the value goes
 * @param values   the values, in order
 * @param labels   each value as reports show it
 * @param location where the parameter is declared
 */
public record SweepParameter(SweepPath path, List<TreeNode> values, List<String> labels, SourceLocation location) {

    public SweepParameter {
        Objects.requireNonNull(path, "path");
        values = List.copyOf(values);
        labels = List.copyOf(labels);
        Objects.requireNonNull(location, "location");
        if (values.isEmpty() || values.size() != labels.size()) {
            throw new IllegalArgumentException("a parameter needs values, each with a label");
        }
    }

    /** The parameter as reports show it. */
    public Axis axis() {
        return new Axis(path.text(), labels);
    }
}
