package io.mdecomp.analysis.rules;

import io.mdecomp.analysis.graph.Ownership;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** MD005: the members of one aggregate belong to different (primary) owners. Subjects: root, services (sorted). */
final class SplitAggregateRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.MD005;
    }

    @Override
    public List<Violation> check(RuleInput input, double threshold) {
        Ownership ownership = input.context().ownership();
        List<Violation> result = new ArrayList<>();
        for (Map.Entry<String, List<String>> aggregate : input.context().entityGraph().aggregates().entrySet()) {
            Map<String, List<String>> byService = new TreeMap<>();
            for (String member : aggregate.getValue()) {
                ownership.serviceOf(member).ifPresent(owner ->
                        byService.computeIfAbsent(owner, k -> new ArrayList<>()).add(member));
            }
            if (byService.size() < 2) {
                continue;
            }
            String root = aggregate.getKey();
            List<String> subjects = new ArrayList<>();
            subjects.add(root);
            subjects.addAll(byService.keySet());
            StringBuilder where = new StringBuilder();
            byService.forEach((service, members) -> where.append(where.length() == 0 ? "" : "; ")
                    .append(String.join(", ", members)).append(" in ").append(service));
            String keeper = ownership.serviceOf(root).orElse(byService.keySet().iterator().next());
            result.add(Violation.of("aggregate '" + root + "' is split across " + byService.size() + " services: "
                            + where, subjects, input.context().index().entity(root).orElseThrow().location())
                    .recommending("keep the whole aggregate " + root + " in " + keeper
                            + ": an aggregate is one consistency boundary"));
        }
        return result;
    }
}
