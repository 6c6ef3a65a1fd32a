package io.mdecomp.simulator.result;

import io.mdecomp.simulator.component.ErrorCause;
import java.util.Objects;
import java.util.SortedMap;

/**
 * One service: requests that reached a live instance, their outcomes, busy workers over all
 * workers (time average), mean queue length, the failures that happened there by cause, and the
 * three numbers of Little's law: requests arriving per second of measured time (λ), requests in
 * the service, holding a worker or queued (time average, L), and the mean time from arrival to
 * answer in milliseconds (W); L = λW.
 */
public record ServiceResult(String name, long calls, long ok, long failed, double utilization,
                            double meanQueueLength, SortedMap<ErrorCause, Long> errors, double arrivalRate,
                            double meanInSystem, double meanSojournMs) {

    public ServiceResult {
        Objects.requireNonNull(name, "name");
        errors = Errors.copy(errors);
    }

    /** A service without Little's numbers (NaN: not measured). */
    public ServiceResult(String name, long calls, long ok, long failed, double utilization, double meanQueueLength,
                         SortedMap<ErrorCause, Long> errors) {
        this(name, calls, ok, failed, utilization, meanQueueLength, errors, Double.NaN, Double.NaN, Double.NaN);
    }
}
