package io.mdecomp.codegen.view;

import java.util.Objects;

/**
 * A path variable of an endpoint ({@code {id}} in {@code /orders/{id}}).
 *
 * @param name     as written in the path
 * @param javaName a Java identifier for the parameter
 */
public record PathParamView(String name, String javaName) {

    public PathParamView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(javaName, "javaName");
    }
}
