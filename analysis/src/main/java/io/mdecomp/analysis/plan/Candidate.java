package io.mdecomp.analysis.plan;

import io.mdecomp.analysis.recommend.Recommendation;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A step the planner may take: the change of ownership, the findings it is meant to resolve, and
 * how to describe it once it has been applied and measured.
 *
 * @param kind    {@code split}, {@code merge} or {@code move}
 * @param service the service it is about
 * @param recut   the change of ownership
 * @param targets the keys of the findings that call for it
 * @param key     what identifies the change, in words ({@code merge A into B}); two candidates with one
 *                key are the same change
 * @param maker   describes it, given the interactions it adds and the evaluations before and after
 */
record Candidate(String kind, String service, Recut recut, Set<String> targets, String key, Maker maker) {

    Candidate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(recut, "recut");
        targets = Set.copyOf(targets);
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(maker, "maker");
    }

    /** Describes a candidate once applied. */
    @FunctionalInterface
    interface Maker {
        Recommendation make(List<String> newCalls, Evaluation before, Evaluation after);
    }
}
