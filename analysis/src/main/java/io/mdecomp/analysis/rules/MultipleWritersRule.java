package io.mdecomp.analysis.rules;

import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Entity;
import io.mdecomp.model.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** MD003: an entity written by endpoints of more than one service. Subjects: entity, writers (sorted). */
final class MultipleWritersRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.MD003;
    }

    @Override
    public List<Violation> check(RuleInput input, double threshold) {
        Map<String, Set<String>> writers = new LinkedHashMap<>();
        for (Service service : input.context().model().services()) {
            for (Endpoint endpoint : service.endpoints()) {
                for (String entity : endpoint.writes()) {
                    writers.computeIfAbsent(entity, k -> new TreeSet<>()).add(service.name());
                }
            }
        }
        List<Violation> result = new ArrayList<>();
        writers.forEach((entity, services) -> {
            if (services.size() < 2) {
                return;
            }
            String owner = input.context().ownership().serviceOf(entity).orElse(null);
            List<String> subjects = new ArrayList<>();
            subjects.add(entity);
            subjects.addAll(services);
            io.mdecomp.model.diagnostic.SourceLocation location = input.context().index().entity(entity)
                    .map(Entity::location).orElse(input.context().model().location());
            String keeper = owner != null ? owner : services.iterator().next();
            result.add(Violation.of("entity '" + entity + "' is written by " + services.size() + " services: "
                            + String.join(", ", services) + (owner == null ? " (no owner)" : " (owner: " + owner + ")"),
                    subjects, location)
                    .recommending("let " + keeper + " be the only writer of " + entity
                            + "; the others call it or publish events it applies"));
        });
        return result;
    }
}
