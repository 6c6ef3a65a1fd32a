package io.mdecomp.analysis.rules;

import io.mdecomp.analysis.metrics.Partner;
import io.mdecomp.analysis.metrics.ServiceMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** MD008: coupling X / (I + X) above the threshold (default 0.5); names the top partners. */
final class HighCouplingRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.MD008;
    }

    @Override
    public List<Violation> check(RuleInput input, double threshold) {
        List<Violation> result = new ArrayList<>();
        for (ServiceMetrics m : input.services().values()) {
            if (m.coupling() > threshold) {
                String partners = m.topPartners().stream()
                        .map(p -> p.service() + " " + String.format(Locale.ROOT, "%.1f", p.weight()))
                        .collect(Collectors.joining(", "));
                String recommendation = input.recommendation("move", m.name())
                        .or(() -> input.recommendation("merge", m.name()))
                        .orElse(m.topPartners().isEmpty() ? null : strongestTie(input, m.name(), m.topPartners().get(0)));
                result.add(Violation.of(String.format(Locale.ROOT,
                                "coupling %.2f of '%s' is above %.2f: %.0f%% of its entity-graph weight crosses "
                                        + "service boundaries%s", m.coupling(), m.name(), threshold,
                                m.coupling() * 100, partners.isEmpty() ? "" : " (top partners: " + partners + ")"),
                        List.of(m.name()), input.locationOf(m.name())).recommending(recommendation));
            }
        }
        return result;
    }

    /**
     * Names the service's entity with the most weight towards its top partner, and that weight:
     * the concrete place to start untangling.
     */
    private static String strongestTie(RuleInput input, String service, Partner partner) {
        io.mdecomp.analysis.graph.EntityGraph graph = input.context().entityGraph();
        io.mdecomp.analysis.graph.Ownership ownership = input.context().ownership();
        String best = null;
        double bestWeight = 0;
        for (String entity : ownership.entitiesOf(service)) {
            double w = 0;
            for (io.mdecomp.analysis.graph.EntityEdge edge : graph.graph().edgesOf(entity)) {
                if (edge.weight() > 0 && partner.service().equals(ownership.serviceOf(edge.opposite(entity)).orElse(null))) {
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
        return String.format(Locale.ROOT, "%s carries the most weight towards %s (%.1f of %.1f): move it there, "
                + "or let the use cases that tie them go through %s's endpoints", best, partner.service(), bestWeight,
                partner.weight(), partner.service());
    }
}
