package io.mdecomp.importer.java.code;

import java.util.Objects;
import java.util.Optional;

/**
 * What is known of a call's argument.
 *
 * @param scope        the argument as a receiver would be known (its variable's type, field, call...)
 * @param text         the text of a string literal or of a concatenation of literals and names
 *                     (names written as {@code ?})
 * @param classLiteral the type of a class literal ({@code Owner} for {@code Owner.class})
 * @param name         a plain name or {@code Type.NAME} the argument refers to (a constant, maybe)
 */
public record Argument(Scope scope, Optional<String> text, Optional<String> classLiteral, Optional<String> name) {

    public Argument {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(classLiteral, "classLiteral");
        Objects.requireNonNull(name, "name");
    }
}
