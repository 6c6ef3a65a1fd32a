package io.mdecomp.analysis.propose;

import io.mdecomp.analysis.clustering.ClusteringAlgorithm;
import io.mdecomp.analysis.clustering.GirvanNewmanClustering;
import io.mdecomp.analysis.clustering.LabelPropagationClustering;
import io.mdecomp.analysis.clustering.LeidenClustering;
import io.mdecomp.analysis.clustering.LouvainClustering;
import java.util.Locale;
import java.util.Optional;

/** The clustering algorithms {@code propose} offers, each a factory of its {@link ClusteringAlgorithm}. */
public enum ProposeAlgorithm {
    /** Weighted Leiden: well-connected communities; the default. */
    LEIDEN {
        @Override
        ClusteringAlgorithm<String> create(double resolution, long seed, int minClusters) {
            return new LeidenClustering<>(resolution, seed);
        }
    },
    /** Weighted Louvain. */
    LOUVAIN {
        @Override
        ClusteringAlgorithm<String> create(double resolution, long seed, int minClusters) {
            return new LouvainClustering<>(resolution, seed);
        }
    },
    /** Girvan–Newman on edge betweenness, weights read as distances 1 / w; small graphs only. */
    GIRVAN_NEWMAN {
        @Override
        ClusteringAlgorithm<String> create(double resolution, long seed, int minClusters) {
            return new GirvanNewmanClustering<>(GIRVAN_NEWMAN_MAX_EXTRA, minClusters);
        }
    },
    /** Weighted label propagation: no resolution, so it may find one cluster or many. */
    LABEL_PROPAGATION {
        @Override
        ClusteringAlgorithm<String> create(double resolution, long seed, int minClusters) {
            return new LabelPropagationClustering<>(seed);
        }
    };

    /** How many components beyond the graph's own Girvan–Newman may cut when not asked for more. */
    static final int GIRVAN_NEWMAN_MAX_EXTRA = 12;

    /**
     * The algorithm with these settings. Leiden and Louvain read {@code resolution}; Girvan–Newman
     * returns at least {@code minClusters} clusters; label propagation reads only the seed.
     */
    abstract ClusteringAlgorithm<String> create(double resolution, long seed, int minClusters);

    /** True when a higher resolution gives more, smaller clusters (Leiden, Louvain). */
    public boolean hasResolution() {
        return this == LEIDEN || this == LOUVAIN;
    }

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
