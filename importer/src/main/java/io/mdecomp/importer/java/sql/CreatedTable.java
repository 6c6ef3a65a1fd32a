package io.mdecomp.importer.java.sql;

import java.util.List;
import java.util.Objects;

/**
 * A table created by a DDL script.
 *
 * @param name       its name, lower case, without schema or quotes
 * @param line       the line of its {@code CREATE TABLE}
 * @param references the tables its foreign keys point at (lower case), including those added later
 *                   by {@code ALTER TABLE}
 */
public record CreatedTable(String name, int line, List<String> references) {

    public CreatedTable {
        Objects.requireNonNull(name, "name");
        references = List.copyOf(references);
    }
}
