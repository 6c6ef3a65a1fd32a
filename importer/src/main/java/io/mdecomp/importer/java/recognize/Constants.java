package io.mdecomp.importer.java.recognize;

import io.mdecomp.importer.java.code.FieldDecl;
import io.mdecomp.importer.java.code.MethodDecl;
import io.mdecomp.importer.java.code.TypeDecl;
import io.mdecomp.importer.java.resolve.TypeIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The string constants a method refers to by name ({@code VIEW}, {@code Views.OWNER_FORM}), resolved. */
final class Constants {

    private final TypeIndex index;

    Constants(TypeIndex index) {
        this.index = index;
    }

    /** The value of the string constant {@code name} as seen from {@code owner}. */
    Optional<String> value(TypeDecl owner, String name) {
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            return index.resolve(name.substring(0, dot), owner)
                    .flatMap(t -> index.field(t, name.substring(dot + 1)))
                    .flatMap(f -> f.member().constant());
        }
        Optional<TypeIndex.Member<FieldDecl>> field = index.field(owner, name);
        if (field.isPresent()) {
            return field.get().member().constant();
        }
        if (owner.isNested()) {
            String outer = owner.qualifiedName().substring(0, owner.qualifiedName().lastIndexOf('.'));
            return index.qualified(outer).flatMap(t -> value(t, name));
        }
        return Optional.empty();
    }

    /** The string literals of {@code method} and the values of the constants it names, in order. */
    List<String> strings(TypeDecl owner, MethodDecl method) {
        List<String> out = new ArrayList<>(method.strings());
        for (String name : method.names()) {
            value(owner, name).ifPresent(out::add);
        }
        return out;
    }
}
