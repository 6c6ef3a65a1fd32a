package io.mdecomp.analysis.propose;

import io.mdecomp.model.Deployment;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The capacity a proposed service carries over from the current services (see {@link Capacity}).
 *
 * @param service     the proposed service
 * @param deployment  its instances, workers and queue
 * @param workerSlots the worker slots (instances × workers) it carries over, before rounding up
 * @param shares      current service → the share of its work this service absorbs, in (0, 1]
 */
public record ServiceCapacity(String service, Deployment deployment, double workerSlots, Map<String, Double> shares) {

    public ServiceCapacity {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(deployment, "deployment");
        shares = Collections.unmodifiableMap(new TreeMap<>(shares));
    }
}
