package io.mdecomp.codegen.view;

import java.util.List;
import java.util.Objects;

/**
 * What templates see of an endpoint.
 *
 * @param name         the endpoint's name as written in the model (the OpenAPI {@code operationId})
 * @param methodName   a Java method name ({@code placeOrder})
 * @param httpMethod   {@code GET}, {@code POST}, …
 * @param path         the HTTP path, path variables in braces ({@code /orders/{id}})
 * @param pathPattern  a regular expression matching the path, one group per variable, with no
 *                     backslashes so it can sit in any string literal ({@code ^/orders/([^/]+)$})
 * @param samplePath   the path with every variable replaced by {@code 1}, for tests
 * @param pathParams   its path variables, in order
 * @param requestType  the record its body carries (POST, PUT, PATCH writing a declared entity), or empty
 * @param responseType the record it answers with: the first written, else the first read entity the
 *                     service declares, else {@code Reply}
 * @param requestSample  a sample request body as JSON text (a sample {@code requestType}), or empty
 * @param reads        names of the entities it reads
 * @param writes       names of the entities it writes
 * @param calls        its downstream calls, in order
 * @param publishes    the events it publishes, in order
 * @param idempotent   true for GET, HEAD, OPTIONS, PUT and DELETE; false for POST and PATCH, which
 *                     honour an {@code Idempotency-Key} header
 * @param values       the identifiers its requests carry, which it passes on
 * @param publications the events it publishes with the identifiers they carry, in order
 */
public record EndpointView(String name, String methodName, String httpMethod, String path, String pathPattern,
                           String samplePath, List<PathParamView> pathParams, String requestType,
                           String responseType, String requestSample, List<String> reads, List<String> writes,
                           List<CallView> calls, List<EventView> publishes, boolean idempotent,
                           List<ValueView> values, List<PublicationView> publications) {

    public EndpointView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(methodName, "methodName");
        Objects.requireNonNull(httpMethod, "httpMethod");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(pathPattern, "pathPattern");
        Objects.requireNonNull(samplePath, "samplePath");
        pathParams = List.copyOf(pathParams);
        Objects.requireNonNull(requestType, "requestType");
        Objects.requireNonNull(responseType, "responseType");
        Objects.requireNonNull(requestSample, "requestSample");
        reads = List.copyOf(reads);
        writes = List.copyOf(writes);
        calls = List.copyOf(calls);
        publishes = List.copyOf(publishes);
        values = List.copyOf(values);
        publications = List.copyOf(publications);
    }

    /** The identifiers read from the request body, each into a local. */
    public List<ValueView> bodyValues() {
        return values.stream().filter(v -> v.source().equals("body")).toList();
    }

    /** True when it makes at least one call or publishes an event. */
    public boolean interacts() {
        return !calls.isEmpty() || !publications.isEmpty();
    }

    /** True when requests carry a JSON body of {@link #requestType}. */
    public boolean hasRequestBody() {
        return !requestType.isEmpty();
    }
}
