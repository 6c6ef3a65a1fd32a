package io.mdecomp.codegen.view;

import java.util.List;
import java.util.Objects;

/**
 * One callee endpoint as a client method.
 *
 * @param name       the callee endpoint's name
 * @param methodName a Java method name
 * @param httpMethod {@code GET}, {@code POST}, …
 * @param path       the callee's path, variables in braces
 * @param pathParams its path variables, which become the method's parameters
 * @param async      true when every call to it is asynchronous (fire and forget)
 * @param idempotent true for GET, HEAD, OPTIONS, PUT and DELETE; false for POST and PATCH, which
 *                   carry an {@code Idempotency-Key} header
 * @param attempts   attempts per call: the client's retry for an idempotent operation; for a
 *                   non-idempotent one only when a scenario configures retry, else 1
 * @param hasBody    true for POST, PUT and PATCH: the method takes a JSON body
 */
public record OperationView(String name, String methodName, String httpMethod, String path,
                            List<PathParamView> pathParams, boolean async, boolean idempotent, int attempts,
                            boolean hasBody) {

    public OperationView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(methodName, "methodName");
        Objects.requireNonNull(httpMethod, "httpMethod");
        Objects.requireNonNull(path, "path");
        pathParams = List.copyOf(pathParams);
    }
}
