package io.mdecomp.analysis.evaluate;

import io.mdecomp.model.diagnostic.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rows of one assignment file (a ground truth, a baseline or a proposal), each component once.
 *
 * @param source   the file as the user named it
 * @param labels   the rows, sorted by component
 * @param warnings what was read with a doubt (a kind column contradicting a name's suffix)
 */
public record ComponentAssignment(String source, List<ComponentLabel> labels, List<Diagnostic> warnings) {

    public ComponentAssignment {
        Objects.requireNonNull(source, "source");
        warnings = List.copyOf(warnings);
        labels = labels.stream().sorted(java.util.Comparator.comparing(ComponentLabel::component)).toList();
        for (int i = 1; i < labels.size(); i++) {
            if (labels.get(i).component().equals(labels.get(i - 1).component())) {
                throw new IllegalArgumentException("component " + labels.get(i).component() + " is listed twice");
            }
        }
    }

    /** An assignment read without doubts. */
    public ComponentAssignment(String source, List<ComponentLabel> labels) {
        this(source, labels, List.of());
    }

    /** Component → label, sorted. */
    public Map<ComponentKey, String> asMap() {
        Map<ComponentKey, String> map = new TreeMap<>();
        labels.forEach(l -> map.put(l.component(), l.label()));
        return map;
    }

    /** The row of {@code component}, if the file lists it. */
    public Optional<ComponentLabel> label(ComponentKey component) {
        return labels.stream().filter(l -> l.component().equals(component)).findFirst();
    }
}
