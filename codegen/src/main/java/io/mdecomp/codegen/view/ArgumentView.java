package io.mdecomp.codegen.view;

import java.util.Objects;

/**
 * What one slot of a call (a path variable, or an identifier property of the request body) or
 * of an event is filled with.
 *
 * @param name      the slot's name ({@code id} in {@code /customers/{id}}, {@code orderId} in a body)
 * @param javaName  a Java identifier for the slot
 * @param value     the Java name of the request's identifier that fills it ({@link ValueView#javaName()}:
 *                  a parameter or local, or for {@code source} {@code event} the event's component),
 *                  or empty when none does
 * @param valueName that identifier's name ({@code customerId}), or empty
 * @param source    where that identifier is ({@link ValueView#source()}), or empty
 * @param guessed   true when no identifier matched the name and {@code value} is only the request's
 *                  first identifier, standing in (a path variable must have a value)
 */
public record ArgumentView(String name, String javaName, String value, String valueName, String source,
                           boolean guessed) {

    public ArgumentView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(javaName, "javaName");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(valueName, "valueName");
        Objects.requireNonNull(source, "source");
    }

    static ArgumentView of(String name, String javaName, ValueView value, boolean guessed) {
        return new ArgumentView(name, javaName, value.javaName(), value.name(), value.source(), guessed);
    }

    /** True when an identifier of the request fills the slot. */
    public boolean hasValue() {
        return !value.isEmpty();
    }
}
