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
                        .orElse(m.topPartners().isEmpty() ? null : "move the entities most coupled to "
                                + m.topPartners().stream().map(Partner::service).findFirst().get()
                                + " there, or merge the two services");
                result.add(Violation.of(String.format(Locale.ROOT,
                                "coupling %.2f of '%s' is above %.2f: %.0f%% of its entity-graph weight crosses "
                                        + "service boundaries%s", m.coupling(), m.name(), threshold,
                                m.coupling() * 100, partners.isEmpty() ? "" : " (top partners: " + partners + ")"),
                        List.of(m.name()), input.locationOf(m.name())).recommending(recommendation));
            }
        }
        return result;
    }
}
