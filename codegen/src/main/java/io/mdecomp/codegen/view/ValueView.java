package io.mdecomp.codegen.view;

import java.util.Objects;

/**
 * An identifier a request (or an event) carries, which an endpoint passes on to its calls and
 * events.
 *
 * @param name       the identifier's name as callees and events know it ({@code customerId}; the
 *                   request's own {@code id} is {@code <entity>Id}, e.g. {@code orderId})
 * @param javaName   a Java local variable holding it
 * @param source     where it comes from: {@code path} (a path variable), {@code body} (a property of
 *                   the request body) or {@code event} (a field of the event being handled)
 * @param sourceName the path variable's Java parameter, the body property's name (for a record:
 *                   its component, see {@code accessor}) or the event field's Java name
 * @param accessor   for a body property, the Java record component ({@code customerId}); else empty
 */
public record ValueView(String name, String javaName, String source, String sourceName, String accessor) {

    public ValueView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(javaName, "javaName");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(accessor, "accessor");
    }
}
