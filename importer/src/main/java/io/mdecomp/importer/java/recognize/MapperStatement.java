package io.mdecomp.importer.java.recognize;

import io.mdecomp.importer.java.sql.Access;
import java.util.List;
import java.util.Objects;

/**
 * A MyBatis mapped statement, from an XML mapper or a mapper annotation.
 *
 * @param namespace the mapper's namespace: the qualified name of its interface
 * @param id        the statement id: the interface method's name
 * @param access    {@code select} reads, the others write
 * @param sql       its SQL, with {@code <include>}d fragments inlined
 * @param types     the type names it maps (result, parameter, result map, association and collection types)
 * @param file      where it is declared
 * @param line      its line
 */
public record MapperStatement(String namespace, String id, Access access, String sql, List<String> types, String file,
                              int line) {

    public MapperStatement {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(sql, "sql");
        types = List.copyOf(types);
        Objects.requireNonNull(file, "file");
    }
}
