package io.mdecomp.analysis.rules;

import io.mdecomp.model.Call;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Service;
import io.mdecomp.model.quantity.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * MD016: along a sync chain X.x → A.e → B.f, the timeout A.e gives B.f is at least the timeout X.x
 * gives A.e, so A.e's own budget is exceeded before its callee gives up (this covers sync cycles
 * too). Only calls that state a timeout take part. Subjects: X.x, A.e, B.f.
 */
final class TimeoutBudgetRule implements Rule {

    @Override
    public RuleId id() {
        return RuleId.MD016;
    }

    private record Incoming(String caller, Call call) {
    }

    @Override
    public List<Violation> check(RuleInput input, double threshold) {
        Map<String, List<Incoming>> incoming = new HashMap<>();
        for (Service service : input.context().model().services()) {
            for (Endpoint endpoint : service.endpoints()) {
                for (Call call : endpoint.calls()) {
                    if (call.isSync() && call.timeout().isPresent()) {
                        incoming.computeIfAbsent(call.target(), k -> new ArrayList<>())
                                .add(new Incoming(service.name() + "." + endpoint.name(), call));
                    }
                }
            }
        }
        List<Violation> result = new ArrayList<>();
        Set<List<String>> seen = new LinkedHashSet<>();
        for (Service service : input.context().model().services()) {
            for (Endpoint endpoint : service.endpoints()) {
                String self = service.name() + "." + endpoint.name();
                for (Call out : endpoint.calls()) {
                    if (!out.isSync() || out.timeout().isEmpty()) {
                        continue;
                    }
                    Duration inner = out.timeout().get();
                    for (Incoming in : incoming.getOrDefault(self, List.of())) {
                        Duration outer = in.call().timeout().get();
                        List<String> subjects = List.of(in.caller(), self, out.target());
                        if (inner.compareTo(outer) >= 0 && seen.add(subjects)) {
                            result.add(Violation.of("'" + self + "' is called by " + in.caller() + " with timeout "
                                            + text(outer) + " but waits up to " + text(inner) + " for " + out.target()
                                            + " (" + text(inner) + " >= " + text(outer) + "): the caller gives up while "
                                            + service.name() + " keeps working", subjects, out.location())
                                    .recommending("set the timeout of " + self + " -> " + out.target() + " below "
                                            + text(outer) + " (e.g. " + text(outer.times(0.5)) + "), or raise "
                                            + in.caller() + " -> " + self + " above " + text(inner)));
                        }
                    }
                }
            }
        }
        return result;
    }

    private static String text(Duration d) {
        double ms = d.millis();
        if (ms >= 1000 && ms % 1000 == 0) {
            return (long) (ms / 1000) + "s";
        }
        return ms == Math.rint(ms) ? (long) ms + "ms" : String.format(Locale.ROOT, "%.1fms", ms);
    }
}
