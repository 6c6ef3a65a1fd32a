package io.mdecomp.importer.java.recognize;

import io.mdecomp.importer.java.code.MethodDecl;
import io.mdecomp.importer.java.code.TypeDecl;
import io.mdecomp.model.HttpMethod;
import java.util.Objects;
import java.util.Optional;

/**
 * A request handler method: an endpoint of the current system.
 *
 * @param type       the class that declares it
 * @param method     the method
 * @param framework  the framework it is written for
 * @param httpMethod the HTTP method its mapping states; empty when the framework leaves it open
 *                   (then it is POST when the handler writes, else GET)
 * @param path       its path, starting with {@code /}
 */
public record Handler(TypeDecl type, MethodDecl method, WebFramework framework, Optional<HttpMethod> httpMethod,
                      String path) {

    public Handler {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(httpMethod, "httpMethod");
        Objects.requireNonNull(path, "path");
    }
}
