package io.mdecomp.analysis.rules;

import io.mdecomp.analysis.AnalysisContext;
import io.mdecomp.analysis.metrics.ServiceMetrics;
import io.mdecomp.analysis.metrics.SystemMetrics;
import io.mdecomp.analysis.recommend.Recommendation;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every enabled rule with its setting (severity, threshold) and returns the findings in
 * {@link Finding#ORDER}.
 */
public final class RuleEngine {

    private static final List<Rule> RULES = List.of(
            new SyncCycleRule(), new DependencyCycleRule(), new MultipleWritersRule(), new UndeclaredReadRule(),
            new SplitAggregateRule(), new TooCoarseRule(), new TooFineRule(), new HighCouplingRule(),
            new LongSyncChainRule(), new SyncFanOutRule(), new MultiContextServiceRule(), new UnownedEntityRule(),
            new OrphanEventRule(), new TeamOwnershipRule(), new SecurityZonesRule(), new TimeoutBudgetRule());

    private final AnalysisContext context;
    private final List<ServiceMetrics> services;
    private final SystemMetrics system;
    private final List<Recommendation> recommendations;

    public RuleEngine(AnalysisContext context, List<ServiceMetrics> services, SystemMetrics system,
                      List<Recommendation> recommendations) {
        this.context = context;
        this.services = List.copyOf(services);
        this.system = system;
        this.recommendations = List.copyOf(recommendations);
    }

    public List<Finding> findings() {
        RuleInput input = RuleInput.of(context, services, system, recommendations);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : RULES) {
            RuleSetting setting = context.settings().rule(rule.id());
            if (!setting.enabled()) {
                continue;
            }
            double threshold = setting.threshold().orElse(RuleSetting.defaultFor(rule.id()).threshold().orElse(0));
            for (Violation v : rule.check(input, threshold)) {
                findings.add(new Finding(rule.id(), setting.severity(), v.message(), v.subjects(), v.location(),
                        v.recommendation()));
            }
        }
        findings.sort(Finding.ORDER);
        return List.copyOf(findings);
    }
}
