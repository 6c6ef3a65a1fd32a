package io.mdecomp.analysis.check;

import io.mdecomp.analysis.rules.Finding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The accepted findings of a model, one entry per identity, sorted by {@link BaselineEntry#ORDER}.
 *
 * @param entries the accepted findings
 */
public record Baseline(List<BaselineEntry> entries) {

    /** No accepted findings: every finding is new. */
    public static final Baseline EMPTY = new Baseline(List.of());

    public Baseline {
        Map<String, BaselineEntry> unique = new LinkedHashMap<>();
        entries.stream().sorted(BaselineEntry.ORDER).forEach(e -> unique.putIfAbsent(e.key(), e));
        entries = List.copyOf(unique.values());
    }

    /** The baseline that accepts exactly {@code findings} (what {@code --update-baseline} writes). */
    public static Baseline of(List<Finding> findings) {
        return new Baseline(findings.stream().map(BaselineEntry::of).toList());
    }

    /**
     * Splits {@code findings} into new and baselined ones (by identity) and lists the entries no
     * finding matches any more (fixed). O(n log n).
     */
    public BaselineComparison compare(List<Finding> findings) {
        Set<String> accepted = entries.stream().map(BaselineEntry::key).collect(Collectors.toSet());
        Set<String> present = findings.stream().map(Finding::key).collect(Collectors.toSet());
        List<Finding> fresh = findings.stream().filter(f -> !accepted.contains(f.key())).sorted(Finding.ORDER).toList();
        List<Finding> known = findings.stream().filter(f -> accepted.contains(f.key())).sorted(Finding.ORDER).toList();
        List<BaselineEntry> fixed = entries.stream().filter(e -> !present.contains(e.key())).toList();
        return new BaselineComparison(fresh, known, fixed);
    }
}
