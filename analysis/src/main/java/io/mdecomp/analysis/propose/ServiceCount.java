package io.mdecomp.analysis.propose;

import io.mdecomp.analysis.clustering.Clustering;
import io.mdecomp.analysis.clustering.ModularityMerge;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * Reaches a requested number of clusters ({@code propose --services N}). First the algorithm runs
 * as asked. With too few clusters it is asked for more: Leiden and Louvain with a higher
 * resolution (doubled until there are enough, then bisected in log scale down to the smallest
 * resolution, within 1 %, that still gives enough), Girvan–Newman with a higher minimum number of
 * components; label propagation has no such knob. If that still gives too few (the algorithm has
 * none, or aggregates without any relation keep joining their current service's cluster), it starts
 * from every aggregate on its own. With too many clusters, {@link ModularityMerge} merges the pair
 * of largest modularity gain (at the requested resolution) until the number is reached, never
 * joining two security zones. The cost is that of the algorithm times the runs (at most
 * {@value #DOUBLINGS} + {@value #BISECTIONS}), plus the merging.
 */
final class ServiceCount {

    static final int DOUBLINGS = 40;
    static final int BISECTIONS = 12;

    private final CutFinder finder;
    private final AggregateGraph contracted;
    private final ProposeOptions options;
    private int found;
    private double resolution;
    private int raisedTo;
    private boolean fromSingletons;
    private int merges;

    ServiceCount(CutFinder finder, AggregateGraph contracted, ProposeOptions options) {
        this.finder = finder;
        this.contracted = contracted;
        this.options = options;
        this.resolution = options.resolution();
    }

    /** Clusters of aggregate roots, exactly {@code target} of them ({@code target} is reachable). */
    List<List<String>> reach(int target) {
        if (target == 0) {
            return List.of();
        }
        List<List<String>> clusters = run(options.resolution(), 1);
        found = clusters.size();
        raisedTo = found;
        if (clusters.size() < target) {
            clusters = finer(target);
            raisedTo = clusters.size();
        }
        if (clusters.size() < target) {
            fromSingletons = true;
            clusters = new ArrayList<>();
            for (String root : contracted.members.keySet()) {
                clusters.add(List.of(root));
            }
        }
        if (clusters.size() > target) {
            Clustering<String> merged = new ModularityMerge(options.resolution())
                    .merge(contracted.graph, Clustering.of(clusters), target, finder::zoneOf);
            merges = clusters.size() - merged.size();
            clusters = new ArrayList<>();
            for (var cluster : merged.clusters()) {
                clusters.add(List.copyOf(cluster));
            }
        }
        if (clusters.size() != target) {
            throw new InputException(Diagnostic.error(new SourceLocation("--services", 0, 0), "limit",
                    "--services " + options.services().getAsInt() + " cannot be reached: security zones keep "
                            + clusters.size() + " groups of aggregates apart"));
        }
        return clusters;
    }

    /** What was done to reach {@code requested} services. */
    ProposalNote note(int requested) {
        return new ProposalNote.ServiceCountReached(requested, options.algorithm(), found, resolution, raisedTo,
                fromSingletons, merges);
    }

    private List<List<String>> finer(int target) {
        int vertices = contracted.graph.vertexSet().size();
        if (options.algorithm().hasResolution()) {
            double lo = options.resolution();
            double hi = lo;
            List<List<String>> best = List.of();
            for (int i = 0; i < DOUBLINGS && best.size() < target; i++) {
                hi *= 2;
                best = run(hi, 1);
            }
            if (best.size() < target) {
                return best;
            }
            for (int i = 0; i < BISECTIONS && hi / lo > 1.01; i++) {
                double mid = Math.sqrt(lo * hi);
                List<List<String>> candidate = run(mid, 1);
                if (candidate.size() >= target) {
                    hi = mid;
                    best = candidate;
                } else {
                    lo = mid;
                }
            }
            resolution = hi;
            return best;
        }
        if (options.algorithm() == ProposeAlgorithm.GIRVAN_NEWMAN) {
            List<List<String>> best = List.of();
            for (int minimum = target; minimum <= vertices && best.size() < target;
                 minimum += Math.max(1, target - best.size())) {
                best = run(options.resolution(), minimum);
            }
            return best;
        }
        return List.of();
    }

    private List<List<String>> run(double gamma, int minClusters) {
        return finder.postProcess(finder.cluster(contracted, gamma, minClusters), contracted);
    }
}
