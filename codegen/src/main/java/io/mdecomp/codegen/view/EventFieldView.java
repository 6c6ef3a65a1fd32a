package io.mdecomp.codegen.view;

import java.util.Objects;

/**
 * An identifier an event carries: one its publishers' requests had ({@code orderId}).
 *
 * @param name     its JSON property name
 * @param javaName its record component
 */
public record EventFieldView(String name, String javaName) {

    public EventFieldView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(javaName, "javaName");
    }
}
