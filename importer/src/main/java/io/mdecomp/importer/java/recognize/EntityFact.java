package io.mdecomp.importer.java.recognize;

import io.mdecomp.importer.java.code.TypeDecl;
import java.util.Objects;

/** A class recognised as an entity, and by which rule. */
public record EntityFact(TypeDecl type, EntityRule rule) {

    public EntityFact {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(rule, "rule");
    }
}
