package io.mdecomp.codegen.view;

import java.util.List;
import java.util.Objects;

/**
 * A service's subscription to an event, handled by one of its endpoints, which it calls with
 * the event's identifiers.
 *
 * @param event          the event
 * @param handlerName    the handler method ({@code onPaymentFailed})
 * @param endpoint       the model name of the endpoint that handles it
 * @param endpointMethod that endpoint's Java method name
 * @param arguments      what fills the endpoint's path variables, from the event's fields
 * @param body           the identifiers the endpoint's request body gets from the event
 * @param hasBody        true when the endpoint takes a request body
 * @param idempotent     true when the endpoint's method is idempotent (it takes no idempotency key)
 */
public record ConsumerView(EventView event, String handlerName, String endpoint, String endpointMethod,
                           List<ArgumentView> arguments, List<ArgumentView> body, boolean hasBody, boolean idempotent) {

    public ConsumerView {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(handlerName, "handlerName");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(endpointMethod, "endpointMethod");
        arguments = List.copyOf(arguments);
        body = List.copyOf(body);
    }
}
