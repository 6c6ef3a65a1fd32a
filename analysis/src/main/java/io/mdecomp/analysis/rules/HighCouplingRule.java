package io.mdecomp.analysis.rules;

import io.mdecomp.analysis.metrics.Tie;
import io.mdecomp.analysis.metrics.ServiceMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * MD008: coupling above the threshold (default 0.5): pair for pair, the service's entities are more
 * tied to one other service's entities than to each other. Names that partner, both ties and the
 * top partners by weight.
 */
final class HighCouplingRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.MD008;
    }

    @Override
    public List<Violation> check(RuleInput input, double threshold) {
        List<Violation> result = new ArrayList<>();
        for (ServiceMetrics m : input.services().values()) {
            if (m.coupling() > threshold && m.tie().isPresent()) {
                Tie tie = m.tie().get();
                String partners = m.topPartners().stream()
                        .map(p -> p.service() + " " + String.format(Locale.ROOT, "%.1f", p.weight()))
                        .collect(Collectors.joining(", "));
                boolean single = input.context().ownership().entitiesOf(m.name()).size() == 1;
                String recommendation = strongestTie(input, m.name(), tie.partner());
                String inside = String.format(Locale.ROOT, single ? "than an entity is to itself (%.1f, the identity tie)"
                        : "than to each other (%.1f per pair)", tie.inside());
                result.add(Violation.of(String.format(Locale.ROOT,
                                "coupling %.2f of '%s' is above %.2f: %s more tied to %s (%.1f per entity pair) %s%s",
                                m.coupling(), m.name(), threshold,
                                single ? "its one entity is" : "pair for pair, its entities are", tie.partner(),
                                tie.across(), inside, partners.isEmpty() ? "" : "; top partners by weight: " + partners),
                        List.of(m.name()), input.locationOf(m.name())).recommending(recommendation));
            }
        }
        return result;
    }

    /**
     * Names the service's entity with the most weight towards its top partner, and that weight:
     * the concrete place to start untangling.
     */
    private static String strongestTie(RuleInput input, String service, String partner) {
        io.mdecomp.analysis.graph.EntityGraph graph = input.context().entityGraph();
        io.mdecomp.analysis.graph.Ownership ownership = input.context().ownership();
        String best = null;
        double bestWeight = 0;
        for (String entity : ownership.entitiesOf(service)) {
            double w = 0;
            for (io.mdecomp.analysis.graph.EntityEdge edge : graph.graph().edgesOf(entity)) {
                if (edge.weight() > 0 && partner.equals(ownership.serviceOf(edge.opposite(entity)).orElse(null))) {
                    w += edge.weight();
                }
            }
            if (w > bestWeight) {
                best = entity;
                bestWeight = w;
            }
        }
        if (best == null) {
            return null;
        }
        return String.format(Locale.ROOT, "%s carries the most weight towards %s (%.1f): move it there, "
                + "or let the use cases that tie them go through the endpoints of %s", best, partner, bestWeight, partner);
    }
}
