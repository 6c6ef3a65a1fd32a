package io.mdecomp.analysis.recommend;

import io.mdecomp.analysis.AnalysisContext;
import io.mdecomp.analysis.metrics.ServiceMetrics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Derives the recommendations of an analysis, each concrete: names, weights and granularities.
 * Coarse and fine mean the MD006 and MD007 thresholds of the settings (0.8 and 0.3 by default),
 * whether or not those rules are switched on. Sorted by kind (split, merge, move), then service.
 */
public final class Recommender {

    private final AnalysisContext context;
    private final List<ServiceMetrics> metrics;

    public Recommender(AnalysisContext context, List<ServiceMetrics> metrics) {
        this.context = context;
        this.metrics = List.copyOf(metrics);
    }

    public List<Recommendation> recommendations() {
        double coarse = context.settings().coarseGranularity();
        double fine = context.settings().fineGranularity();
        List<Recommendation> result = new ArrayList<>();
        result.addAll(new SplitFinder(context).splits(metrics, coarse));
        result.addAll(new MergeFinder(context).merges(metrics, fine, coarse));
        result.addAll(new MoveFinder(context).moves());
        result.sort(Comparator.comparing((Recommendation r) -> order(r.kind())).thenComparing(Recommendation::service)
                .thenComparing(Recommendation::detail));
        return List.copyOf(result);
    }

    private static int order(String kind) {
        switch (kind) {
            case "split": return 0;
            case "merge": return 1;
            default: return 2;
        }
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
