package io.mdecomp.analysis.rules;

import io.mdecomp.analysis.AnalysisContext;
import io.mdecomp.analysis.graph.DependencyCycles;
import io.mdecomp.analysis.graph.SyncChains;
import io.mdecomp.analysis.metrics.ServiceMetrics;
import io.mdecomp.analysis.metrics.SystemMetrics;
import io.mdecomp.model.Service;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everything a rule reads: the analysis context, the metrics, the sync chains and the dependency cycles. */
record RuleInput(AnalysisContext context, Map<String, ServiceMetrics> services, SystemMetrics system,
                 SyncChains chains, DependencyCycles.Result cycles) {

    static RuleInput of(AnalysisContext context, List<ServiceMetrics> services, SystemMetrics system,
                        SyncChains chains, DependencyCycles.Result cycles) {
        return new RuleInput(context, services.stream().collect(Collectors.toMap(ServiceMetrics::name,
                Function.identity(), (a, b) -> a, java.util.TreeMap::new)), system, chains, cycles);
    }

    /** The service's declaration, for its location. */
    Service service(String name) {
        return context.index().service(name).orElseThrow();
    }

    SourceLocation locationOf(String service) {
        return context.index().service(service).map(Service::location).orElse(context.model().location());
    }
}
