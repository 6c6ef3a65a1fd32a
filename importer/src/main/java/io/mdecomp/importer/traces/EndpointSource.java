package io.mdecomp.importer.traces;

/** How an endpoint was recognised from its spans; it decides the endpoint's name in the model. */
public enum EndpointSource {
    /** {@code http.route}, or an operation name such as {@code GET /orders/{id}}. */
    ROUTE,
    /** A request path with its ids replaced by placeholders (no route was recorded). */
    PATH,
    /** An RPC's {@code package.Service/Method}. */
    RPC,
    /** A message consumer, by its topic. */
    MESSAGE,
    /** Only the operation name. */
    NAME
}
