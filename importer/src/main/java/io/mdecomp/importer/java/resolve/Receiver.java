package io.mdecomp.importer.java.resolve;

import io.mdecomp.importer.java.code.TypeDecl;
import java.util.Objects;
import java.util.Optional;

/**
 * The static type a call is made on.
 *
 * @param declared the declared type, when it is one of the sources
 * @param name     otherwise the external type's qualified name if imported, else its simple name;
 *                 empty when nothing is known
 */
public record Receiver(Optional<TypeDecl> declared, String name) {

    public static final Receiver UNKNOWN = new Receiver(Optional.empty(), "");

    public Receiver {
        Objects.requireNonNull(declared, "declared");
        Objects.requireNonNull(name, "name");
    }

    /** The simple name of an external receiver. */
    public String simpleName() {
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
