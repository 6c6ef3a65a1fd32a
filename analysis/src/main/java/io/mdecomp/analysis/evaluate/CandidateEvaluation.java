package io.mdecomp.analysis.evaluate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The scores of one assignment.
 *
 * @param name       the candidate's name
 * @param source     its file
 * @param scores     per kind present in the truth (class, table, view), then over all components
 * @param misplaced  the scored components it gets wrong, sorted by component
 * @param notInTruth components it lists that the truth does not, sorted; a likely misspelling
 *                   (the truth's closest name of the same kind) when there is one
 */
public record CandidateEvaluation(String name, String source, List<Score> scores, List<Misplacement> misplaced,
                                  List<Stray> notInTruth) {

    /**
     * A component the truth does not list.
     *
     * @param component  the component
     * @param didYouMean the truth's component with the closest name, when it is close enough to be a typo
     */
    public record Stray(ComponentKey component, Optional<ComponentKey> didYouMean) {
        public Stray {
            Objects.requireNonNull(component, "component");
            Objects.requireNonNull(didYouMean, "didYouMean");
        }
    }

    public CandidateEvaluation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        scores = List.copyOf(scores);
        misplaced = List.copyOf(misplaced);
        notInTruth = List.copyOf(notInTruth);
    }

    /** The score over {@code scope}, if the truth has components there. */
    public Optional<Score> score(Scope scope) {
        return scores.stream().filter(s -> s.scope() == scope).findFirst();
    }
}
