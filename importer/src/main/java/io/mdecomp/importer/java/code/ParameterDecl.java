package io.mdecomp.importer.java.code;

import java.util.List;
import java.util.Objects;

/** A method or constructor parameter. */
public record ParameterDecl(String name, TypeRef type, List<AnnotationUse> annotations) implements Annotated {

    public ParameterDecl {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        annotations = List.copyOf(annotations);
    }
}
