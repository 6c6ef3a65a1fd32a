package io.mdecomp.importer.java.code;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A type declared in the sources (top-level or nested).
 *
 * @param name        its simple name
 * @param packageName its package ({@code ""} for the default package)
 * @param outer       the simple names of the types it is nested in, outermost first
 * @param kind        class, interface, enum, record or annotation
 * @param annotations in source order
 * @param superclass  the class it extends
 * @param interfaces  the interfaces it implements (or, for an interface, extends)
 * @param fields      in source order (an enum's constants are not fields)
 * @param methods     constructors, methods and the {@code <fields>} pseudo-method, in source order
 * @param imports     its compilation unit's imports
 * @param file        the source file's name
 * @param module      the source file's build module
 * @param line        where it is declared
 */
public record TypeDecl(String name, String packageName, List<String> outer, TypeKind kind,
                       List<AnnotationUse> annotations, Optional<TypeRef> superclass, List<TypeRef> interfaces,
                       List<FieldDecl> fields, List<MethodDecl> methods, Imports imports, String file, String module,
                       int line) implements Annotated {

    public TypeDecl {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(packageName, "packageName");
        outer = List.copyOf(outer);
        Objects.requireNonNull(kind, "kind");
        annotations = List.copyOf(annotations);
        Objects.requireNonNull(superclass, "superclass");
        interfaces = List.copyOf(interfaces);
        fields = List.copyOf(fields);
        methods = List.copyOf(methods);
        Objects.requireNonNull(imports, "imports");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(module, "module");
    }

    /** {@code com.shop.Order.Line} for a nested type. */
    public String qualifiedName() {
        StringBuilder out = new StringBuilder(packageName);
        for (String o : outer) {
            out.append(out.length() == 0 ? "" : ".").append(o);
        }
        return out.append(out.length() == 0 ? "" : ".").append(name).toString();
    }

    /** The top-level type this one is (nested) in: its own name when top-level. */
    public String topLevelName() {
        return outer.isEmpty() ? name : outer.get(0);
    }

    public boolean isNested() {
        return !outer.isEmpty();
    }

    /** The field with this name declared here, if any. */
    public Optional<FieldDecl> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    /** The supertypes as written: the superclass, then the interfaces. */
    public List<TypeRef> supertypes() {
        return superclass.map(s -> {
            List<TypeRef> all = new java.util.ArrayList<>(interfaces.size() + 1);
            all.add(s);
            all.addAll(interfaces);
            return List.copyOf(all);
        }).orElse(interfaces);
    }

    /** Identity: each summary is one declaration of the sources (and hashing stays O(1)). */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
