package io.mdecomp.importer.java.recognize;

import io.mdecomp.importer.java.code.TypeDecl;
import java.util.Objects;
import java.util.Optional;

/**
 * A repository, DAO or mapper.
 *
 * @param type   the type
 * @param kind   why it is one
 * @param entity the one entity it manages, when its framework says (a Spring Data repository's type argument)
 */
public record DataAccess(TypeDecl type, DataAccessKind kind, Optional<TypeDecl> entity) {

    public DataAccess {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(entity, "entity");
    }
}
