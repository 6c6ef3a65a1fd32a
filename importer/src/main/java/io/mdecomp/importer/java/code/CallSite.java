package io.mdecomp.importer.java.code;

import java.util.List;
import java.util.Objects;

/**
 * A method call, or an object creation ({@code new Foo(...)}, method {@code <init>}).
 *
 * @param scope     what it is called on
 * @param method    the method's name
 * @param arguments in order
 * @param line      where it is written
 */
public record CallSite(Scope scope, String method, List<Argument> arguments, int line) {

    /** The method name of object creations. */
    public static final String NEW = "<init>";

    public CallSite {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(method, "method");
        arguments = List.copyOf(arguments);
    }
}
