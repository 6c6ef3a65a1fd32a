package io.mdecomp.importer.java.code;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Something that carries annotations. */
public interface Annotated {

    /** Its annotations, in source order. */
    List<AnnotationUse> annotations();

    /** The first annotation whose simple name is one of {@code simpleNames}. */
    default Optional<AnnotationUse> annotation(Set<String> simpleNames) {
        return annotations().stream().filter(a -> simpleNames.contains(a.simpleName())).findFirst();
    }

    /** The first annotation with this simple name. */
    default Optional<AnnotationUse> annotation(String simpleName) {
        return annotations().stream().filter(a -> a.simpleName().equals(simpleName)).findFirst();
    }
}
