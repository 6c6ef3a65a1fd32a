package io.mdecomp.importer.java.resolve;

import io.mdecomp.importer.java.code.CallSite;
import io.mdecomp.importer.java.code.FieldDecl;
import io.mdecomp.importer.java.code.MethodDecl;
import io.mdecomp.importer.java.code.Scope;
import io.mdecomp.importer.java.code.TypeDecl;
import io.mdecomp.importer.java.code.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves calls to the declared methods they may reach, without compiling: the receiver's
 * static type comes from the variable, parameter, field (inherited or of an enclosing type) or
 * call it is made on; the targets are the methods of that name in the type and its ancestors
 * (same number of arguments preferred) and, for dynamic dispatch, the overriding methods of its
 * declared subtypes. Overloads of the same arity are all targets. Memoised; linear overall.
 */
public final class CallResolver {

    private final TypeIndex index;
    private final Map<TypeDecl, List<TypeDecl>> subtypes = new HashMap<>();
    private final Map<MethodDecl, Receiver[]> receivers = new HashMap<>();
    private final Map<MethodDecl, TypeDecl> owners = new HashMap<>();

    public CallResolver(TypeIndex index) {
        this.index = index;
        for (TypeDecl type : index.types()) {
            for (TypeDecl supertype : index.supertypes(type)) {
                subtypes.computeIfAbsent(supertype, k -> new ArrayList<>()).add(type);
            }
            type.methods().forEach(m -> owners.put(m, type));
        }
    }

    /** The type that declares {@code method}. */
    public TypeDecl owner(MethodDecl method) {
        return owners.get(method);
    }

    /** What call number {@code call} of {@code method} (declared in {@code owner}) is made on. */
    public Receiver receiver(TypeDecl owner, MethodDecl method, int call) {
        Receiver[] known = receivers.computeIfAbsent(method, m -> new Receiver[m.calls().size()]);
        if (known[call] == null) {
            known[call] = UNRESOLVED_GUARD;
            known[call] = scope(owner, method, method.calls().get(call).scope());
        }
        return known[call] == UNRESOLVED_GUARD ? Receiver.UNKNOWN : known[call];
    }

    private static final Receiver UNRESOLVED_GUARD = new Receiver(Optional.empty(), "");

    /** The static type of a scope in {@code method} of {@code owner}. */
    public Receiver scope(TypeDecl owner, MethodDecl method, Scope scope) {
        switch (scope.kind()) {
            case SELF:
                return new Receiver(Optional.of(owner), "");
            case TYPED:
                return type(scope.type().orElseThrow(), owner);
            case TYPE_NAME:
                return type(TypeRef.of(scope.name()), owner);
            case FIELD:
                return field(owner, scope.name());
            case CALL:
                if (scope.call() < 0 || scope.call() >= method.calls().size()) {
                    return Receiver.UNKNOWN;
                }
                CallSite inner = method.calls().get(scope.call());
                if (inner.method().equals(CallSite.NEW)) {
                    return receiver(owner, method, scope.call());
                }
                for (TypeIndex.Member<MethodDecl> target : targets(owner, method, scope.call())) {
                    Receiver result = type(target.member().returnType(), target.owner());
                    if (result.declared().isPresent() || !result.name().isEmpty()) {
                        return result;
                    }
                }
                return Receiver.UNKNOWN;
            default:
                return Receiver.UNKNOWN;
        }
    }

    private Receiver field(TypeDecl owner, String name) {
        Optional<TypeIndex.Member<FieldDecl>> field = index.field(owner, name);
        if (field.isPresent()) {
            return type(field.get().member().type(), field.get().owner());
        }
        if (owner.isNested()) {
            String outer = owner.qualifiedName().substring(0, owner.qualifiedName().lastIndexOf('.'));
            Optional<TypeDecl> enclosing = index.qualified(outer);
            if (enclosing.isPresent()) {
                return field(enclosing.get(), name);
            }
        }
        return Receiver.UNKNOWN;
    }

    /** A type as written in {@code context}'s file. */
    public Receiver type(TypeRef ref, TypeDecl context) {
        if (ref.name().equals("void") || ref.dimensions() > 0) {
            return Receiver.UNKNOWN;
        }
        Optional<TypeDecl> declared = index.resolve(ref, context);
        return declared.map(d -> new Receiver(Optional.of(d), ""))
                .orElseGet(() -> new Receiver(Optional.empty(), index.externalName(ref.name(), context)));
    }

    /** The declared methods call number {@code call} of {@code method} may run. */
    public List<TypeIndex.Member<MethodDecl>> targets(TypeDecl owner, MethodDecl method, int call) {
        CallSite site = method.calls().get(call);
        Receiver receiver = receiver(owner, method, call);
        if (receiver.declared().isEmpty()) {
            return List.of();
        }
        TypeDecl type = receiver.declared().get();
        List<TypeIndex.Member<MethodDecl>> named = index.methods(type, site.method());
        List<TypeIndex.Member<MethodDecl>> out = new ArrayList<>();
        for (TypeIndex.Member<MethodDecl> candidate : named) {
            if (candidate.member().parameters().size() == site.arguments().size()) {
                out.add(candidate);
            }
        }
        if (out.isEmpty()) {
            out.addAll(named);
        }
        for (TypeDecl subtype : descendants(type)) {
            for (MethodDecl m : subtype.methods()) {
                if (m.name().equals(site.method()) && m.parameters().size() == site.arguments().size()) {
                    out.add(new TypeIndex.Member<>(subtype, m));
                }
            }
        }
        return out;
    }

    /** All declared subtypes of {@code type}, each once. */
    public List<TypeDecl> descendants(TypeDecl type) {
        List<TypeDecl> out = new ArrayList<>();
        java.util.Set<TypeDecl> seen = new java.util.HashSet<>();
        java.util.ArrayDeque<TypeDecl> queue = new java.util.ArrayDeque<>(subtypes.getOrDefault(type, List.of()));
        while (!queue.isEmpty()) {
            TypeDecl next = queue.poll();
            if (seen.add(next)) {
                out.add(next);
                queue.addAll(subtypes.getOrDefault(next, List.of()));
            }
        }
        return out;
    }
}
