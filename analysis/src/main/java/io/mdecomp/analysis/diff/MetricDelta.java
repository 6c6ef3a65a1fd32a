package io.mdecomp.analysis.diff;

import io.mdecomp.analysis.metrics.SystemMetrics;
import java.util.List;
import java.util.Objects;

/**
 * One system metric in the base and the head.
 *
 * @param metric its JSON name ({@code modularity}, {@code icp}, ...)
 * @param base   its value in the base
 * @param head   its value in the head
 */
public record MetricDelta(String metric, double base, double head) {

    public MetricDelta {
        Objects.requireNonNull(metric, "metric");
    }

    /** head − base. */
    public double delta() {
        return head - base;
    }

    /** The numeric system metrics side by side, in the order of the JSON contract (cycles as their count). */
    public static List<MetricDelta> between(SystemMetrics base, SystemMetrics head) {
        return List.of(
                new MetricDelta("modularity", base.modularity(), head.modularity()),
                new MetricDelta("mq", base.mq(), head.mq()),
                new MetricDelta("sm", base.sm(), head.sm()),
                new MetricDelta("icp", base.icp(), head.icp()),
                new MetricDelta("ifn", base.ifn(), head.ifn()),
                new MetricDelta("ned", base.ned(), head.ned()),
                new MetricDelta("scf", base.scf(), head.scf()),
                new MetricDelta("siy", base.siy(), head.siy()),
                new MetricDelta("cycles", base.cycles().size(), head.cycles().size()),
                new MetricDelta("longestSyncChain", base.longestSyncChain(), head.longestSyncChain()),
                new MetricDelta("complexityIndex", base.complexityIndex(), head.complexityIndex()));
    }
}
