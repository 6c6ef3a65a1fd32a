package io.mdecomp.importer.java.sql;

import java.util.Objects;

/**
 * A table a statement touches.
 *
 * @param table  its name as written, without schema or quotes (case kept: JPQL names entities)
 * @param access read or written
 */
public record TableUse(String table, Access access) {

    public TableUse {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(access, "access");
    }
}
