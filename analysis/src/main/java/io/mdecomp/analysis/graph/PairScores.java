package io.mdecomp.analysis.graph;

/**
 * The raw evidence gathered for one entity pair while building the entity graph (mutable, private
 * to the builder): semantic-proximity counts and the cohesion flags.
 */
final class PairScores {

    final int first;
    final int second;
    int writtenTogether;
    int readWritten;
    int readTogether;
    int references;
    boolean sameAggregate;
    boolean latencyCritical;
    String latencyUseCase;
    boolean pinnedTogether;

    PairScores(int first, int second) {
        this.first = first;
        this.second = second;
    }

    /** The raw semantic-proximity score: 10 · ww + 3 · rw + 3 · rr + 1 · references. */
    double rawProximity() {
        return 10.0 * writtenTogether + 3.0 * readWritten + 3.0 * readTogether + references;
    }

    /** True when a cohesion criterion (or pinning) relates the pair, i.e. it is an edge. */
    boolean related() {
        return sameAggregate || latencyCritical || pinnedTogether || rawProximity() > 0;
    }
}
