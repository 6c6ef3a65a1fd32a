package io.mdecomp.codegen.view;

import java.util.Objects;

/**
 * A downstream call an endpoint makes, for comments and for wiring.
 *
 * @param service     the callee service's name
 * @param endpoint    the callee endpoint's name
 * @param clientField the field holding the typed client ({@code inventoryServiceClient})
 * @param methodName  the client method ({@code reserveStock})
 * @param sync        true when the caller waits for the answer
 * @param probability the share of requests that make the call, in (0, 1]
 * @param parallel    true when it runs together with its neighbours marked parallel
 */
public record CallView(String service, String endpoint, String clientField, String methodName, boolean sync,
                       double probability, boolean parallel) {

    public CallView {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(clientField, "clientField");
        Objects.requireNonNull(methodName, "methodName");
    }
}
