package io.mdecomp.model;

import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.distribution.Distribution;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An operation a service offers.
 *
 * @param name        unique within its service
 * @param method      HTTP method (default GET)
 * @param path        HTTP path (default {@code /} + name)
 * @param reads       entities it reads
 * @param writes      entities it writes
 * @param serviceTime its own processing time, without downstream calls; absent means not modelled
 * @param calls       downstream calls, in order
 * @param publishes   events it publishes
 * @param cache       an optional cache in front of the calls
 * @param location    where it is declared
 */
public record Endpoint(
        String name,
        HttpMethod method,
        String path,
        List<String> reads,
        List<String> writes,
        Optional<Distribution> serviceTime,
        List<Call> calls,
        List<String> publishes,
        Optional<Cache> cache,
        SourceLocation location) {

    public Endpoint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        reads = List.copyOf(reads);
        writes = List.copyOf(writes);
        Objects.requireNonNull(serviceTime, "serviceTime");
        calls = List.copyOf(calls);
        publishes = List.copyOf(publishes);
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(location, "location");
    }

    /** {@code POST /orders}: how the gateway names this endpoint's route. */
    public String route() {
        return method.yamlName() + " " + path;
    }
}
