package io.mdecomp.importer.java.code;

import java.util.List;
import java.util.Objects;

/**
 * A type as written in the source, before resolution: {@code List<Pet>} is {@code List} with the
 * argument {@code Pet}; arrays count their dimensions.
 *
 * @param name       the name as written, possibly qualified ({@code java.util.List}, {@code Map.Entry})
 * @param arguments  type arguments (wildcards by their bound; unbounded ones left out)
 * @param dimensions array dimensions
 */
public record TypeRef(String name, List<TypeRef> arguments, int dimensions) {

    /** {@code void}, and what unknown types become. */
    public static final TypeRef VOID = new TypeRef("void", List.of(), 0);

    public TypeRef {
        Objects.requireNonNull(name, "name");
        arguments = List.copyOf(arguments);
    }

    /** A type without arguments. */
    public static TypeRef of(String name) {
        return new TypeRef(name, List.of(), 0);
    }

    /** The last segment of the name: {@code Entry} for {@code Map.Entry}. */
    public String simpleName() {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(name);
        if (!arguments.isEmpty()) {
            out.append('<');
            for (int i = 0; i < arguments.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(arguments.get(i));
            }
            out.append('>');
        }
        return out.append("[]".repeat(dimensions)).toString();
    }
}
