package io.mdecomp.analysis.diff;

import io.mdecomp.analysis.rules.Finding;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Findings introduced and resolved between two analyses, matched by identity ({@link Finding#key()}:
 * rule id and subjects, never the location), each list in {@link Finding#ORDER}.
 *
 * @param introduced findings of the head whose key the base does not have
 * @param resolved   findings of the base whose key the head does not have
 */
public record FindingDelta(List<Finding> introduced, List<Finding> resolved) {

    public FindingDelta {
        introduced = List.copyOf(introduced);
        resolved = List.copyOf(resolved);
    }

    /** Compares {@code head}'s findings with {@code base}'s. O(n log n). */
    public static FindingDelta between(List<Finding> base, List<Finding> head) {
        Set<String> baseKeys = base.stream().map(Finding::key).collect(Collectors.toSet());
        Set<String> headKeys = head.stream().map(Finding::key).collect(Collectors.toSet());
        return new FindingDelta(
                head.stream().filter(f -> !baseKeys.contains(f.key())).sorted(Finding.ORDER).toList(),
                base.stream().filter(f -> !headKeys.contains(f.key())).sorted(Finding.ORDER).toList());
    }
}
