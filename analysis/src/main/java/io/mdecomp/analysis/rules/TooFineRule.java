package io.mdecomp.analysis.rules;

import io.mdecomp.analysis.metrics.ServiceMetrics;
import io.mdecomp.model.Service;
import java.util.ArrayList;
import java.util.List;

/** MD007: granularity below the threshold (default 0.3). The plan step that resolves it, if any, becomes its recommendation. */
final class TooFineRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.MD007;
    }

    @Override
    public List<Violation> check(RuleInput input, double threshold) {
        List<Violation> result = new ArrayList<>();
        for (ServiceMetrics m : input.services().values()) {
            if (m.granularity() < threshold) {
                Service s = input.service(m.name());
                result.add(Violation.of(String.format(java.util.Locale.ROOT,
                                "granularity %.2f of '%s' is below %.2f (%d endpoints, %d entities, complexity %.2f)",
                                m.granularity(), m.name(), threshold, s.endpoints().size(), s.owns().size(),
                                s.complexity().orElse(0.5)), List.of(m.name()), s.location()));
            }
        }
        return result;
    }
}
