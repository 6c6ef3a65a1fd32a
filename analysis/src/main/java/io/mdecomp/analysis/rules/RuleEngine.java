package io.mdecomp.analysis.rules;

import io.mdecomp.analysis.AnalysisContext;
import io.mdecomp.analysis.graph.DependencyCycles;
import io.mdecomp.analysis.graph.SyncChains;
import io.mdecomp.analysis.metrics.ServiceMetrics;
import io.mdecomp.analysis.metrics.SystemMetrics;
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
    private final SyncChains chains;
    private final DependencyCycles.Result cycles;

    public RuleEngine(AnalysisContext context, List<ServiceMetrics> services, SystemMetrics system) {
        this(context, services, system, SyncChains.of(context.serviceGraph()),
                DependencyCycles.of(context.serviceGraph(), SystemMetrics.CYCLE_LIMIT));
    }

    /** With the sync chains and dependency cycles the metrics already computed. */
    public RuleEngine(AnalysisContext context, List<ServiceMetrics> services, SystemMetrics system,
                      SyncChains chains, DependencyCycles.Result cycles) {
        this.context = context;
        this.services = List.copyOf(services);
        this.system = system;
        this.chains = chains;
        this.cycles = cycles;
    }

    public List<Finding> findings() {
        RuleInput input = RuleInput.of(context, services, system, chains, cycles);
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
