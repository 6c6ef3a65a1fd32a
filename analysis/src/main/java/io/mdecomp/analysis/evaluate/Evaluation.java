package io.mdecomp.analysis.evaluate;

import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Assignments scored against one ground truth.
 *
 * @param truth      the truth's file
 * @param services   the truth's services with their number of scored components, sorted by name
 * @param scored     the truth's components that carry a service, per scope
 * @param shared     components the truth labels shared ({@code C}), left out of every score
 * @param unused     components the truth labels unused ({@code N/U}), left out of every score
 * @param candidates the scored assignments, in the order given
 */
public record Evaluation(String truth, SortedMap<String, Integer> services, SortedMap<Scope, Integer> scored,
                         int shared, int unused, List<CandidateEvaluation> candidates) {

    public Evaluation {
        Objects.requireNonNull(truth, "truth");
        services = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(services));
        scored = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(scored));
        candidates = List.copyOf(candidates);
    }
}
