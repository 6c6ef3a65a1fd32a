package io.mdecomp.simulator.result;

import io.mdecomp.simulator.component.ErrorCause;
import java.util.Objects;
import java.util.SortedMap;

/**
 * One service: requests that reached a live instance, their outcomes, busy workers over all
 * workers (time average), mean queue length, and the failures that happened there by cause.
 */
public record ServiceResult(String name, long calls, long ok, long failed, double utilization,
                            double meanQueueLength, SortedMap<ErrorCause, Long> errors) {

    public ServiceResult {
        Objects.requireNonNull(name, "name");
        errors = Errors.copy(errors);
    }
}
