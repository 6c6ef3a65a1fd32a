package io.mdecomp.codegen.view;

import java.util.List;
import java.util.Objects;

/**
 * A downstream call an endpoint makes, in model order, with what it passes on.
 *
 * @param service     the callee service's name
 * @param endpoint    the callee endpoint's name
 * @param clientField the field holding the typed client ({@code inventoryServiceClient})
 * @param methodName  the client method ({@code reserveStock})
 * @param sync        true when the caller waits for the answer
 * @param probability the share of requests the model says make the call, in (0, 1]; the generated
 *                    code makes it on every request
 * @param parallel    true when it runs together with its neighbours marked parallel
 * @param index       its position among the endpoint's calls, from 1 (derives its idempotency key)
 * @param idempotent  true when the callee's method is idempotent (no idempotency key)
 * @param hasBody     true when the callee takes a JSON body
 * @param arguments   what fills the callee's path variables, in order
 * @param body        the identifiers the request body carries (the callee's identifier properties
 *                    an identifier of this request fills)
 */
public record CallView(String service, String endpoint, String clientField, String methodName, boolean sync,
                       double probability, boolean parallel, int index, boolean idempotent, boolean hasBody,
                       List<ArgumentView> arguments, List<ArgumentView> body) {

    public CallView {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(clientField, "clientField");
        Objects.requireNonNull(methodName, "methodName");
        arguments = List.copyOf(arguments);
        body = List.copyOf(body);
    }

    /** True when the model makes the call on only a share of requests. */
    public boolean sometimes() {
        return probability < 1;
    }
}
