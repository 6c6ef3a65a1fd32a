package io.mdecomp.importer.java.assemble;

import io.mdecomp.importer.java.code.TypeDecl;
import io.mdecomp.model.Attribute;
import io.mdecomp.model.EntityKind;
import java.util.List;
import java.util.Optional;

/** An entity before it is placed in a context: its type, model name, kind, aggregate root, attributes and references. */
record EntityDraft(TypeDecl type, String name, EntityKind kind, Optional<TypeDecl> root, List<Attribute> attributes,
                   List<String> references) {

    EntityDraft {
        attributes = List.copyOf(attributes);
        references = List.copyOf(references);
    }
}
