package io.mdecomp.importer.java.code;

import java.util.List;
import java.util.Objects;

/**
 * A method or constructor (named {@code <init>}), with what its body mentions. Field initialisers
 * and initialiser blocks of a type are gathered in a pseudo-method named {@code <fields>}.
 *
 * @param name        its name
 * @param returnType  its return type ({@link TypeRef#VOID} for constructors)
 * @param parameters  in order
 * @param annotations in source order
 * @param isPublic    declared public (or in an interface without a visibility)
 * @param isStatic    declared static
 * @param calls       the calls of its body, in evaluation order (a receiver's call before the call on it)
 * @param mentions    types its body names: local variables, {@code new}, casts, {@code instanceof},
 *                    class literals, generic arguments
 * @param strings     string literals of its body; a concatenation counts once, joined
 * @param names       names its body refers to that are not its own variables (constants, maybe)
 * @param returns     what its {@code return} statements return when that is a string: the text of a
 *                    literal (or concatenation), {@code =NAME} for a name, {@code ()name} for the
 *                    result of a method of the same object (both branches of a conditional count)
 * @param line        where it is declared
 */
public record MethodDecl(String name, TypeRef returnType, List<ParameterDecl> parameters,
                         List<AnnotationUse> annotations, boolean isPublic, boolean isStatic, List<CallSite> calls,
                         List<TypeRef> mentions, List<String> strings, List<String> names, List<String> returns,
                         int line)
        implements Annotated {

    /** The name of constructors. */
    public static final String CONSTRUCTOR = "<init>";
    /** The name of the pseudo-method holding field initialisers and initialiser blocks. */
    public static final String FIELDS = "<fields>";

    public MethodDecl {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(returnType, "returnType");
        parameters = List.copyOf(parameters);
        annotations = List.copyOf(annotations);
        calls = List.copyOf(calls);
        mentions = List.copyOf(mentions);
        strings = List.copyOf(strings);
        names = List.copyOf(names);
        returns = List.copyOf(returns);
    }

    /** Whether this is a real method (not a constructor or the field pseudo-method). */
    public boolean isMethod() {
        return !name.startsWith("<");
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
