package io.mdecomp.importer.traces;

import io.mdecomp.model.distribution.Distribution;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a scenario needs from the traces: the arrival rate of requests, the routes they entered
 * at with their counts, how long the traces span, the network latency, and each service's own
 * failure rate (failures not caused by a failed call below).
 *
 * @param ratePerSecond    open-workload arrivals per second
 * @param durationSeconds  the time the entry requests spanned, whole seconds, at least 1
 * @param mix              routes and their weights (request counts), most requested first
 * @param networkLatency   one-way latency per hop, when observed
 * @param failures         services with own failures, by name
 * @param summary          what the numbers come from, one line
 */
public record ImportedWorkload(double ratePerSecond, long durationSeconds, List<RouteWeight> mix,
                               Optional<Distribution> networkLatency, List<ServiceFailure> failures, String summary) {

    public ImportedWorkload {
        if (!(ratePerSecond > 0) || !Double.isFinite(ratePerSecond)) {
            throw new IllegalArgumentException("the arrival rate must be > 0, got " + ratePerSecond);
        }
        if (durationSeconds < 1) {
            throw new IllegalArgumentException("the duration must be >= 1 s, got " + durationSeconds);
        }
        mix = List.copyOf(mix);
        Objects.requireNonNull(networkLatency, "networkLatency");
        failures = List.copyOf(failures);
        Objects.requireNonNull(summary, "summary");
    }

    /** A route of the model ({@code GET /orders}) and how many requests entered there. */
    public record RouteWeight(String route, long weight) {
    }

    /** A service that failed a share {@code rate} of its requests on its own. */
    public record ServiceFailure(String service, double rate) {
    }
}
