package io.mdecomp.model;

import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.quantity.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A downstream call made by an endpoint.
 *
 * @param service     the callee service
 * @param endpoint    the callee endpoint
 * @param mode        sync (the caller waits) or async
 * @param probability the share of requests that make this call, in (0, 1]
 * @param parallel    consecutive calls with {@code parallel: true} run together
 * @param timeout     how long the caller waits for an answer, when the model says
 * @param location    where the call is declared
 */
public record Call(String service, String endpoint, CallMode mode, double probability, boolean parallel,
                   Optional<Duration> timeout, SourceLocation location) {

    public Call {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(mode, "mode");
        if (!(probability > 0 && probability <= 1)) {
            throw new IllegalArgumentException("call probability must lie in (0, 1], got " + probability);
        }
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(location, "location");
    }

    public boolean isSync() {
        return mode == CallMode.SYNC;
    }

    /** {@code Service.endpoint}. */
    public String target() {
        return service + "." + endpoint;
    }
}
