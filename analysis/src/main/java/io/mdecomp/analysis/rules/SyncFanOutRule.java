package io.mdecomp.analysis.rules;

import io.mdecomp.analysis.metrics.ServiceMetrics;
import java.util.ArrayList;
import java.util.List;

/** MD010: more direct synchronous dependencies than the threshold (default 5). */
final class SyncFanOutRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.MD010;
    }

    @Override
    public List<Violation> check(RuleInput input, double threshold) {
        List<Violation> result = new ArrayList<>();
        for (ServiceMetrics m : input.services().values()) {
            if (m.syncFanOut() > threshold) {
                result.add(Violation.of("'" + m.name() + "' calls " + m.syncFanOut() + " services synchronously ("
                                + String.join(", ", input.context().serviceGraph().syncDependencies(m.name()))
                                + "), more than " + (int) threshold + ": its availability is the product of theirs",
                        List.of(m.name()), input.locationOf(m.name()))
                        .recommending("turn the calls that need no immediate answer into events, or aggregate "
                                + "the data they fetch into " + m.name()));
            }
        }
        return result;
    }
}
