package io.mdecomp.importer.java.recognize;

import io.mdecomp.importer.java.code.Annotated;
import io.mdecomp.importer.java.code.AnnotationUse;
import io.mdecomp.importer.java.code.TypeDecl;
import io.mdecomp.importer.java.resolve.TypeIndex;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises framework annotations by simple name and package: an annotation counts when its
 * import (or its written qualified name) is in one of the framework's packages, or when it is not
 * imported by name at all and no type of the sources has that name (a wildcard import or a
 * same-package annotation of the framework).
 */
final class Frameworks {

    static final List<String> PERSISTENCE = List.of("javax.persistence", "jakarta.persistence");
    static final List<String> SPRING_DATA = List.of("org.springframework.data");
    static final List<String> SPRING = List.of("org.springframework");
    static final List<String> JAX_RS = List.of("javax.ws.rs", "jakarta.ws.rs");
    static final List<String> SERVLET = List.of("javax.servlet", "jakarta.servlet");
    static final List<String> JSF = List.of("javax.faces", "jakarta.faces", "javax.inject", "jakarta.inject",
            "javax.enterprise", "jakarta.enterprise", "org.omnifaces");
    static final List<String> MYBATIS = List.of("org.apache.ibatis", "org.mybatis");
    static final List<String> STRIPES = List.of("net.sourceforge.stripes");

    private final TypeIndex index;

    Frameworks(TypeIndex index) {
        this.index = index;
    }

    /** The first annotation of {@code element} (declared in {@code context}'s file) named one of {@code names}. */
    Optional<AnnotationUse> find(Annotated element, TypeDecl context, Set<String> names, List<String> packages) {
        for (AnnotationUse annotation : element.annotations()) {
            if (names.contains(annotation.simpleName()) && belongs(annotation.name(), context, packages)) {
                return Optional.of(annotation);
            }
        }
        return Optional.empty();
    }

    Optional<AnnotationUse> find(Annotated element, TypeDecl context, String name, List<String> packages) {
        return find(element, context, Set.of(name), packages);
    }

    boolean has(Annotated element, TypeDecl context, String name, List<String> packages) {
        return find(element, context, name, packages).isPresent();
    }

    boolean hasAny(Annotated element, TypeDecl context, Set<String> names, List<String> packages) {
        return find(element, context, names, packages).isPresent();
    }

    /** Whether the name as written in {@code context}'s file is in one of {@code packages}. */
    boolean belongs(String written, TypeDecl context, List<String> packages) {
        String qualified = index.externalName(written, context);
        if (qualified.indexOf('.') > 0) {
            return packages.stream().anyMatch(p -> qualified.startsWith(p + "."));
        }
        return index.resolve(written, context).isEmpty();
    }
}
