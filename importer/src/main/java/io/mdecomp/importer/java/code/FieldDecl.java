package io.mdecomp.importer.java.code;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A field.
 *
 * @param name        its name
 * @param type        its declared type
 * @param annotations in source order
 * @param isStatic    whether it is static
 * @param isTransient whether it has the {@code transient} modifier
 * @param constant    the text of a string (or concatenation of strings) it is initialised with
 * @param line        where it is declared
 */
public record FieldDecl(String name, TypeRef type, List<AnnotationUse> annotations, boolean isStatic,
                        boolean isTransient, Optional<String> constant, int line) implements Annotated {

    public FieldDecl {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        annotations = List.copyOf(annotations);
        Objects.requireNonNull(constant, "constant");
    }
}
