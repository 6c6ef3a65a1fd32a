package io.mdecomp.importer.java.code;

import java.util.Objects;
import java.util.Optional;

/**
 * What a call is made on, as far as one file can tell.
 *
 * @param kind the sort of receiver
 * @param name the field name ({@link Kind#FIELD}) or type name ({@link Kind#TYPE_NAME}), else empty
 * @param type the declared type of a local variable or parameter ({@link Kind#TYPED})
 * @param call the index, in the same method, of the call whose result is the receiver ({@link Kind#CALL})
 */
public record Scope(Kind kind, String name, Optional<TypeRef> type, int call) {

    /** The sorts of receiver. */
    public enum Kind {
        /** No receiver, {@code this} or {@code super}: the declaring type or its supertypes. */
        SELF,
        /** A local variable or parameter of a known declared type. */
        TYPED,
        /** A field (of this type or inherited), by name. */
        FIELD,
        /** A type, for a static call ({@code Foo.bar()}). */
        TYPE_NAME,
        /** The result of another call of the same method. */
        CALL,
        /** Anything else (lambda parameters, array elements, {@code var} of unknown type...). */
        UNKNOWN
    }

    public static final Scope SELF = new Scope(Kind.SELF, "", Optional.empty(), -1);
    public static final Scope UNKNOWN = new Scope(Kind.UNKNOWN, "", Optional.empty(), -1);

    public Scope {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public static Scope typed(TypeRef type) {
        return new Scope(Kind.TYPED, "", Optional.of(type), -1);
    }

    public static Scope field(String name) {
        return new Scope(Kind.FIELD, name, Optional.empty(), -1);
    }

    public static Scope typeName(String name) {
        return new Scope(Kind.TYPE_NAME, name, Optional.empty(), -1);
    }

    public static Scope call(int index) {
        return new Scope(Kind.CALL, "", Optional.empty(), index);
    }
}
