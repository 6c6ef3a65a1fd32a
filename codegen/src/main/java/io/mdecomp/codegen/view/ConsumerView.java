package io.mdecomp.codegen.view;

import java.util.Objects;

/**
 * A service's subscription to an event, handled by one of its endpoints.
 *
 * @param event          the event
 * @param handlerName    the handler method ({@code onPaymentFailed})
 * @param endpoint       the model name of the endpoint that handles it
 * @param endpointMethod that endpoint's Java method name
 */
public record ConsumerView(EventView event, String handlerName, String endpoint, String endpointMethod) {

    public ConsumerView {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(handlerName, "handlerName");
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(endpointMethod, "endpointMethod");
    }
}
