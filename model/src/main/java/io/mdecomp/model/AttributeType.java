package io.mdecomp.model;

import java.util.Objects;
import java.util.Set;

/**
 * The type of an attribute: a primitive ({@code string}, {@code int}, {@code long}, {@code decimal},
 * {@code boolean}, {@code date}, {@code datetime}, {@code uuid}), the name of an entity or value
 * object, or {@code list<T>} of either.
 */
public record AttributeType(String element, boolean list) {

    /** The primitive type names of format version 1. */
    public static final Set<String> PRIMITIVES =
            Set.of("string", "int", "long", "decimal", "boolean", "date", "datetime", "uuid");

    public AttributeType {
        Objects.requireNonNull(element, "element");
    }

    /** True when the element is a primitive rather than an entity or value-object name. */
    public boolean isPrimitive() {
        return PRIMITIVES.contains(element);
    }

    /** The YAML text: {@code uuid} or {@code list<OrderItem>}. */
    @Override
    public String toString() {
        return list ? "list<" + element + ">" : element;
    }
}
