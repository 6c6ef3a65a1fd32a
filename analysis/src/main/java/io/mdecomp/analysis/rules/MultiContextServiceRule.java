package io.mdecomp.analysis.rules;

import io.mdecomp.model.Entity;
import io.mdecomp.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** MD011: a service owns entities of more than one bounded context. Subjects: service, contexts (sorted). */
final class MultiContextServiceRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.MD011;
    }

    @Override
    public List<Violation> check(RuleInput input, double threshold) {
        List<Violation> result = new ArrayList<>();
        for (Service service : input.context().model().services()) {
            Map<String, List<String>> byContext = new TreeMap<>();
            for (String owned : service.owns()) {
                input.context().index().entity(owned).map(Entity::context)
                        .ifPresent(c -> byContext.computeIfAbsent(c, k -> new ArrayList<>()).add(owned));
            }
            if (byContext.size() < 2) {
                continue;
            }
            List<String> subjects = new ArrayList<>();
            subjects.add(service.name());
            subjects.addAll(byContext.keySet());
            StringBuilder detail = new StringBuilder();
            byContext.forEach((c, entities) -> detail.append(detail.length() == 0 ? "" : ", ").append(c)
                    .append(" (").append(String.join(", ", entities)).append(')'));
            List<String> foreign = new ArrayList<>();
            byContext.forEach((c, entities) -> {
                if (!c.equals(service.context())) {
                    foreign.addAll(entities);
                }
            });
            result.add(Violation.of("'" + service.name() + "' owns entities of " + byContext.size()
                            + " bounded contexts: " + detail, subjects, service.location())
                    .recommending("move " + String.join(", ", foreign) + " to a service of "
                            + (foreign.isEmpty() ? "their context" : "their own context") + "; " + service.name()
                            + " implements " + service.context()));
        }
        return result;
    }
}
