package io.mdecomp.analysis.rules;

import io.mdecomp.analysis.graph.DependencyKind;
import io.mdecomp.analysis.graph.ServiceEdge;
import io.mdecomp.analysis.graph.ServiceGraph;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Service;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * MD004: a service reads an entity it does not own and has no dependency on its (primary) owner:
 * no call or declared dependency to it and no event of it consumed (a consumer depends on its
 * publisher). Subjects: service, entity, owner.
 */
final class UndeclaredReadRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.MD004;
    }

    @Override
    public List<Violation> check(RuleInput input, double threshold) {
        ServiceGraph graph = input.context().serviceGraph();
        List<Violation> result = new ArrayList<>();
        for (Service service : input.context().model().services()) {
            Set<String> seen = new HashSet<>();
            for (Endpoint endpoint : service.endpoints()) {
                for (String entity : endpoint.reads()) {
                    if (input.context().ownership().owns(service.name(), entity) || !seen.add(entity)) {
                        continue;
                    }
                    String owner = input.context().ownership().serviceOf(entity).orElse(null);
                    if (owner == null || dependsOn(graph, service.name(), owner)) {
                        continue;
                    }
                    result.add(Violation.of("'" + service.name() + "' reads '" + entity + "' (owned by " + owner
                                    + ") in endpoint '" + endpoint.name() + "' but has no dependency on " + owner,
                            List.of(service.name(), entity, owner), endpoint.location())
                            .recommending("read " + entity + " through an endpoint of " + owner
                                    + " or keep a copy fed by " + owner + "'s events"));
                }
            }
        }
        return result;
    }

    private static boolean dependsOn(ServiceGraph graph, String service, String owner) {
        for (ServiceEdge edge : graph.graph().getAllEdges(service, owner)) {
            if (edge.kind() != DependencyKind.DATA) {
                return true;
            }
        }
        return false;
    }
}
