package io.mdecomp.analysis;

import io.mdecomp.analysis.graph.Criterion;
import io.mdecomp.analysis.graph.Priority;
import io.mdecomp.analysis.rules.RuleId;
import io.mdecomp.analysis.rules.RuleSetting;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything an analysis can be tuned with: the priority of each coupling criterion, each rule's
 * setting, and the entity-count band outside which a service counts for {@code ned}.
 *
 * @param priorities   one per criterion
 * @param rules        one per rule
 * @param sizeBandMin  smallest service size (entities) inside the band, default 2
 * @param sizeBandMax  largest service size (entities) inside the band, default 10
 */
public record AnalysisSettings(Map<Criterion, Priority> priorities, Map<RuleId, RuleSetting> rules,
                               int sizeBandMin, int sizeBandMax) {

    public AnalysisSettings {
        EnumMap<Criterion, Priority> allPriorities = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            allPriorities.put(criterion, priorities.getOrDefault(criterion, criterion.defaultPriority()));
        }
        priorities = Map.copyOf(allPriorities);
        EnumMap<RuleId, RuleSetting> allRules = new EnumMap<>(RuleId.class);
        for (RuleId rule : RuleId.values()) {
            allRules.put(rule, Objects.requireNonNullElseGet(rules.get(rule), () -> RuleSetting.defaultFor(rule)));
        }
        rules = Map.copyOf(allRules);
        if (sizeBandMin < 0 || sizeBandMax < sizeBandMin) {
            throw new IllegalArgumentException("size band needs 0 <= min <= max, got " + sizeBandMin + ".." + sizeBandMax);
        }
    }

    /** The defaults of SPEC §4. */
    public static AnalysisSettings defaults() {
        return new AnalysisSettings(Map.of(), Map.of(), 2, 10);
    }

    public Priority priority(Criterion criterion) {
        return priorities.get(criterion);
    }

    public RuleSetting rule(RuleId rule) {
        return rules.get(rule);
    }

    /** The granularity above which a service is too coarse: MD006's threshold (default 0.8). */
    public double coarseGranularity() {
        return rule(RuleId.MD006).threshold().orElse(0.8);
    }

    /** The granularity below which a service is too fine: MD007's threshold (default 0.3). */
    public double fineGranularity() {
        return rule(RuleId.MD007).threshold().orElse(0.3);
    }

    public AnalysisSettings withPriority(Criterion criterion, Priority priority) {
        EnumMap<Criterion, Priority> copy = new EnumMap<>(priorities);
        copy.put(criterion, priority);
        return new AnalysisSettings(copy, rules, sizeBandMin, sizeBandMax);
    }

    public AnalysisSettings withRule(RuleId rule, RuleSetting setting) {
        EnumMap<RuleId, RuleSetting> copy = new EnumMap<>(rules);
        copy.put(rule, setting);
        return new AnalysisSettings(priorities, copy, sizeBandMin, sizeBandMax);
    }

    public AnalysisSettings withSizeBand(int min, int max) {
        return new AnalysisSettings(priorities, rules, min, max);
    }
}
