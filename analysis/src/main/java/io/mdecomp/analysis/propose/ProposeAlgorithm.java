package io.mdecomp.analysis.propose;

import java.util.Locale;
import java.util.Optional;

/** The clustering algorithms {@code propose} offers. */
public enum ProposeAlgorithm {
    /** Weighted Leiden (ours): well-connected communities; the default. */
    LEIDEN,
    /** Weighted Louvain (ours). */
    LOUVAIN,
    /** Girvan–Newman on edge betweenness, weights inverted into distances; small graphs only. */
    GIRVAN_NEWMAN,
    /** JGraphT's label propagation; ignores weights. */
    LABEL_PROPAGATION;

    /** {@code leiden}, {@code louvain}, {@code girvan-newman}, {@code label-propagation}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses a label (case-insensitive). */
    public static Optional<ProposeAlgorithm> parse(String text) {
        for (ProposeAlgorithm algorithm : values()) {
            if (algorithm.label().equalsIgnoreCase(text.trim())) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }
}
