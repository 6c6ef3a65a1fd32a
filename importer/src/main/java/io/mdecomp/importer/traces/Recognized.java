package io.mdecomp.importer.traces;

import java.util.Locale;

/**
 * An endpoint recognised from a receiving span: its key, how it was recognised, and the name it
 * gets in the model. A consumer's endpoint is named after its topic ({@code onOrderPlaced}). Paths
 * are as the model allows them ({@link Names#path}), names are identifiers.
 *
 * @param key    service, method and path
 * @param source how the key was found
 * @param name   the endpoint's name in a new model
 */
record Recognized(EndpointKey key, EndpointSource source, String name) {

    /**
     * The endpoint a server span answers for: {@code http.route} with the method; else an operation
     * name of the form {@code GET /path}; else an RPC's {@code /package.Service/Method}; else the
     * request path with ids templated when the operation name is only a method; else the operation
     * name as the path {@code /name}.
     */
    static Recognized server(Span span) {
        String service = span.service();
        String[] fromName = Names.methodAndPath(span.name());
        if (!span.route().isEmpty()) {
            String method = Names.HTTP_METHODS.contains(span.method()) ? span.method()
                    : fromName != null ? fromName[0] : "GET";
            String path = span.route().startsWith("/") ? span.route() : "/" + span.route();
            return new Recognized(new EndpointKey(service, method, Names.path(path)), EndpointSource.ROUTE,
                    Names.forRoute(method, path));
        }
        if (fromName != null) {
            String path = Names.template(fromName[1]);
            return new Recognized(new EndpointKey(service, fromName[0], Names.path(path)), EndpointSource.ROUTE,
                    Names.forRoute(fromName[0], path));
        }
        if (!span.rpc().isEmpty()) {
            String method = span.rpc().substring(span.rpc().indexOf('/') + 1);
            return new Recognized(new EndpointKey(service, "POST", Names.path("/" + span.rpc())), EndpointSource.RPC,
                    Names.camel(method.isEmpty() ? span.rpc() : method, "call"));
        }
        String nameMethod = span.name().strip().toUpperCase(Locale.ROOT);
        boolean nameIsMethod = span.name().isBlank() || Names.HTTP_METHODS.contains(nameMethod);
        if (!span.path().isEmpty() && nameIsMethod) {
            String method = Names.HTTP_METHODS.contains(span.method()) ? span.method()
                    : Names.HTTP_METHODS.contains(nameMethod) ? nameMethod : "GET";
            String path = Names.template(span.path());
            return new Recognized(new EndpointKey(service, method, Names.path(path)), EndpointSource.PATH,
                    Names.forRoute(method, path));
        }
        String name = Names.camel(span.name(), "operation");
        String method = Names.HTTP_METHODS.contains(span.method()) ? span.method() : "GET";
        return new Recognized(new EndpointKey(service, method, "/" + name), EndpointSource.NAME, name);
    }

    /** The endpoint a consumer span handles messages of {@code topic} with: {@code POST /on<Topic>}. */
    static Recognized consumer(Span span, String topic) {
        String name = "on" + Names.capitalize(Names.camel(topic, "message"));
        return new Recognized(new EndpointKey(span.service(), "POST", "/" + name), EndpointSource.MESSAGE, name);
    }
}
