package io.mdecomp.importer.java.resolve;

import io.mdecomp.importer.java.code.CodeBase;
import io.mdecomp.importer.java.code.FieldDecl;
import io.mdecomp.importer.java.code.MethodDecl;
import io.mdecomp.importer.java.code.TypeDecl;
import io.mdecomp.importer.java.code.TypeRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The declared types by name, and resolution of names as written in a type's file: nested and
 * enclosing types, single-type imports, the same package, on-demand imports, and finally a simple
 * name declared exactly once in the sources. A name that resolves to no declared type is external
 * (a library or JDK type); {@link #externalName} gives its qualified name when an import says it.
 * Look-ups are cached; each costs O(1) amortised. Types are compared by identity: each
 * {@link TypeDecl} is one declaration.
 */
public final class TypeIndex {

    private final List<TypeDecl> types;
    private final Map<String, TypeDecl> byQualified = new HashMap<>();
    private final Map<String, List<TypeDecl>> bySimple = new HashMap<>();
    private final Map<TypeDecl, Map<String, Optional<TypeDecl>>> cache = new IdentityHashMap<>();
    private final Map<TypeDecl, List<TypeDecl>> lineages = new IdentityHashMap<>();

    public TypeIndex(CodeBase code) {
        this.types = code.types();
        for (TypeDecl type : types) {
            byQualified.putIfAbsent(type.qualifiedName(), type);
            bySimple.computeIfAbsent(type.name(), k -> new ArrayList<>()).add(type);
        }
    }

    /** Every declared type, in file order. */
    public List<TypeDecl> types() {
        return types;
    }

    /** The declared types with this simple name. */
    public List<TypeDecl> named(String simpleName) {
        return bySimple.getOrDefault(simpleName, List.of());
    }

    /** The declared type with this qualified name. */
    public Optional<TypeDecl> qualified(String qualifiedName) {
        return Optional.ofNullable(byQualified.get(qualifiedName));
    }

    /** The declared type {@code ref} means in {@code context}'s file, if it is one. */
    public Optional<TypeDecl> resolve(TypeRef ref, TypeDecl context) {
        return resolve(ref.name(), context);
    }

    /** The declared type the name {@code written} means in {@code context}'s file, if it is one. */
    public Optional<TypeDecl> resolve(String written, TypeDecl context) {
        return cache.computeIfAbsent(context, k -> new HashMap<>()).computeIfAbsent(written, n -> lookUp(n, context));
    }

    private Optional<TypeDecl> lookUp(String written, TypeDecl context) {
        int dot = written.indexOf('.');
        if (dot > 0) {
            TypeDecl exact = byQualified.get(written);
            if (exact != null) {
                return Optional.of(exact);
            }
            Optional<TypeDecl> first = lookUp(written.substring(0, dot), context);
            return first.map(f -> byQualified.get(f.qualifiedName() + written.substring(dot)));
        }
        String outerPrefix = context.qualifiedName();
        while (true) {
            TypeDecl nested = byQualified.get(outerPrefix + "." + written);
            if (nested != null) {
                return Optional.of(nested);
            }
            int cut = outerPrefix.lastIndexOf('.');
            if (cut < 0 || outerPrefix.substring(0, cut).equals(context.packageName())) {
                break;
            }
            outerPrefix = outerPrefix.substring(0, cut);
        }
        if (written.equals(context.name())) {
            return Optional.of(context);
        }
        for (String single : context.imports().single()) {
            if (single.endsWith("." + written)) {
                return Optional.ofNullable(byQualified.get(single));
            }
        }
        String samePackage = context.packageName().isEmpty() ? written : context.packageName() + "." + written;
        if (byQualified.containsKey(samePackage)) {
            return Optional.of(byQualified.get(samePackage));
        }
        for (String onDemand : context.imports().onDemand()) {
            TypeDecl found = byQualified.get(onDemand + "." + written);
            if (found != null) {
                return Optional.of(found);
            }
        }
        List<TypeDecl> candidates = bySimple.getOrDefault(written, List.of());
        return candidates.size() == 1 && !isJavaLang(written) ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    private static boolean isJavaLang(String name) {
        return Set.of("String", "Object", "Integer", "Long", "Boolean", "Double", "Float", "Short", "Byte",
                "Character", "Number", "Iterable", "Enum", "Record", "Class", "Exception", "RuntimeException",
                "Thread", "Runnable", "Comparable", "Override", "Deprecated").contains(name);
    }

    /**
     * The qualified name an external type is imported under in {@code context}'s file, or the name
     * as written when no single-type import says.
     */
    public String externalName(String written, TypeDecl context) {
        if (written.indexOf('.') > 0) {
            return written;
        }
        for (String single : context.imports().single()) {
            if (single.endsWith("." + written)) {
                return single;
            }
        }
        return written;
    }

    /** The direct supertypes of {@code type} that are declared in the sources. */
    public List<TypeDecl> supertypes(TypeDecl type) {
        List<TypeDecl> out = new ArrayList<>();
        for (TypeRef ref : type.supertypes()) {
            resolve(ref, type).filter(t -> t != type).ifPresent(out::add);
        }
        return out;
    }

    /** {@code type} and all its declared ancestors, nearest first, each once. */
    public List<TypeDecl> lineage(TypeDecl type) {
        List<TypeDecl> known = lineages.get(type);
        if (known != null) {
            return known;
        }
        Set<TypeDecl> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<TypeDecl> out = new ArrayList<>();
        Deque<TypeDecl> queue = new ArrayDeque<>();
        queue.add(type);
        while (!queue.isEmpty()) {
            TypeDecl next = queue.poll();
            if (seen.add(next)) {
                out.add(next);
                queue.addAll(supertypes(next));
            }
        }
        List<TypeDecl> lineage = List.copyOf(out);
        lineages.put(type, lineage);
        return lineage;
    }

    /**
     * The supertypes, as written, of {@code type} and its declared ancestors that are not declared
     * in the sources, each with the type that names it (to resolve its type arguments in).
     */
    public List<ExternalSupertype> externalSupertypes(TypeDecl type) {
        List<ExternalSupertype> out = new ArrayList<>();
        for (TypeDecl ancestor : lineage(type)) {
            for (TypeRef ref : ancestor.supertypes()) {
                if (resolve(ref, ancestor).isEmpty()) {
                    out.add(new ExternalSupertype(ref, externalName(ref.name(), ancestor), ancestor));
                }
            }
        }
        return out;
    }

    /** Whether {@code type} or an ancestor extends or implements an external type with one of these simple names. */
    public boolean extendsExternal(TypeDecl type, Collection<String> simpleNames) {
        return externalSupertypes(type).stream().anyMatch(s -> simpleNames.contains(s.ref().simpleName()));
    }

    /** The field {@code name} of {@code type} or of its nearest ancestor that declares it. */
    public Optional<Member<FieldDecl>> field(TypeDecl type, String name) {
        for (TypeDecl owner : lineage(type)) {
            Optional<FieldDecl> field = owner.field(name);
            if (field.isPresent()) {
                return Optional.of(new Member<>(owner, field.get()));
            }
        }
        return Optional.empty();
    }

    /** The methods named {@code name} of {@code type} and its ancestors, nearest first. */
    public List<Member<MethodDecl>> methods(TypeDecl type, String name) {
        List<Member<MethodDecl>> out = new ArrayList<>();
        for (TypeDecl owner : lineage(type)) {
            for (MethodDecl method : owner.methods()) {
                if (method.name().equals(name)) {
                    out.add(new Member<>(owner, method));
                }
            }
        }
        return out;
    }

    /** An external supertype as written, its qualified name if imported, and the type that names it. */
    public record ExternalSupertype(TypeRef ref, String qualifiedName, TypeDecl declaredIn) {
    }

    /** A field or method with the type that declares it. */
    public record Member<T>(TypeDecl owner, T member) {
    }
}
