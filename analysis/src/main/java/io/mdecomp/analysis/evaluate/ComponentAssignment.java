package io.mdecomp.analysis.evaluate;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rows of one assignment file (a ground truth, a baseline or a proposal), each component once.
 *
 * @param source the file as the user named it
 * @param labels the rows, sorted by component
 */
public record ComponentAssignment(String source, List<ComponentLabel> labels) {

    public ComponentAssignment {
        Objects.requireNonNull(source, "source");
        labels = labels.stream().sorted(java.util.Comparator.comparing(ComponentLabel::component)).toList();
        for (int i = 1; i < labels.size(); i++) {
            if (labels.get(i).component().equals(labels.get(i - 1).component())) {
                throw new IllegalArgumentException("component " + labels.get(i).component() + " is listed twice");
            }
        }
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
